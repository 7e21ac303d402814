#!/usr/bin/env node
import { main } from '../dist/vocab.js';

process.exitCode = main(process.argv.slice(2));
