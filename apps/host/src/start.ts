import { findWorkspaceRoot } from '@paycore/registry';
import { type ConfigContext, type HostConfig, loadConfig } from './config.js';
import { createHost, type Host } from './host.js';
import { hostPackageDir } from './paths.js';

/** The configuration from the environment, or the process ends with every problem printed. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): {
  config: HostConfig;
  context: ConfigContext;
} {
  const hostDir = hostPackageDir();
  const workspaceRoot = findWorkspaceRoot(hostDir);
  const context: ConfigContext = { hostDir, ...(workspaceRoot === undefined ? {} : { workspaceRoot }) };
  const result = loadConfig(env, context);
  if (!result.ok) {
    process.stderr.write(
      `PayCore host: invalid configuration\n${result.errors.map((e) => `  ${e}\n`).join('')}`,
    );
    process.exit(1);
  }
  return { config: result.config, context };
}

/** Loads the configuration and builds the host (everything but listening). */
export async function start(): Promise<{ host: Host; config: HostConfig }> {
  const { config, context } = configFromEnv();
  const host = await createHost(config, {
    hostDir: context.hostDir,
    ...(context.workspaceRoot === undefined ? {} : { workspaceRoot: context.workspaceRoot }),
  });
  return { host, config };
}
