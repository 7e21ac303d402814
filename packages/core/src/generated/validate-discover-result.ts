// Generated from schema/discover-result.schema.json by scripts/generate-validators.js — do not edit.
// @ts-nocheck — ajv standalone code is plain JavaScript; the typed export is at the end.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

// ajv's ESM output still loads its runtime helpers with require() (ajv-validator/ajv#1976).
const require = createRequire(import.meta.url);

const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paycore.dev/schema/discover-result.json","title":"DiscoverResult","description":"What a discover hook returns: the payment and payout methods and currencies the account has enabled, in the vocabulary's codes. A list left out means the provider does not say (the connector's own services are assumed there); an empty list means nothing is enabled.","type":"object","additionalProperties":false,"required":[],"properties":{"paymentMethods":{"$ref":"#/$defs/methods"},"payoutMethods":{"$ref":"#/$defs/methods"},"currencies":{"$ref":"#/$defs/currencies","description":"ISO 4217 codes the account accepts for every method that lists none of its own"},"account":{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]},"properties":{"id":{"type":"string","description":"The provider's id of the account"},"name":{"type":"string","description":"The account's business or display name"},"email":{"type":"string","description":"The account's contact e-mail address"},"country":{"type":"string","pattern":"^[A-Z]{2}$","description":"ISO 3166-1 alpha-2 country of the account"},"defaultCurrency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code of the account's default currency"},"currencies":{"type":"array","items":{"type":"string","pattern":"^[A-Z]{3}$"},"uniqueItems":true,"description":"ISO 4217 codes the account can take or hold"},"livemode":{"type":"boolean","description":"true for a live account, false for a test or sandbox one"}},"description":"Who the account is, where the provider's discover answers say more than verify's (merged under verify's own account details)"}},"$defs":{"currencies":{"type":"array","items":{"type":"string","pattern":"^[A-Z]{3}$"},"uniqueItems":true,"maxItems":400},"methods":{"type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["method"],"properties":{"method":{"type":"string","minLength":1,"maxLength":100,"description":"A vocabulary method code, e.g. payment_card"},"currencies":{"$ref":"#/$defs/currencies","description":"ISO 4217 codes this method accepts on the account"}}}}},"minProperties":1};
const schema33 = {"type":"array","items":{"type":"string","pattern":"^[A-Z]{3}$"},"uniqueItems":true,"maxItems":400};
const schema32 = {"type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["method"],"properties":{"method":{"type":"string","minLength":1,"maxLength":100,"description":"A vocabulary method code, e.g. payment_card"},"currencies":{"$ref":"#/$defs/currencies","description":"ISO 4217 codes this method accepts on the account"}}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Z]{3}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 500){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.method === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!((key0 === "method") || (key0 === "currencies"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.method !== undefined){
let data1 = data0.method;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err3 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"#/items/properties/method/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"#/items/properties/method/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0+"/method",schemaPath:"#/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.currencies !== undefined){
let data2 = data0.currencies;
if(Array.isArray(data2)){
if(data2.length > 400){
const err6 = {instancePath:instancePath+"/" + i0+"/currencies",schemaPath:"#/$defs/currencies/maxItems",keyword:"maxItems",params:{limit: 400},message:"must NOT have more than 400 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err7 = {instancePath:instancePath+"/" + i0+"/currencies/" + i1,schemaPath:"#/$defs/currencies/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/" + i0+"/currencies/" + i1,schemaPath:"#/$defs/currencies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i2 = data2.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data2[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/" + i0+"/currencies",schemaPath:"#/$defs/currencies/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0+"/currencies",schemaPath:"#/$defs/currencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const pattern6 = new RegExp("^[A-Z]{2}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paycore.dev/schema/discover-result.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "paymentMethods") || (key0 === "payoutMethods")) || (key0 === "currencies")) || (key0 === "account"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.paymentMethods !== undefined){
if(!(validate21(data.paymentMethods, {instancePath:instancePath+"/paymentMethods",parentData:data,parentDataProperty:"paymentMethods",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.payoutMethods !== undefined){
if(!(validate21(data.payoutMethods, {instancePath:instancePath+"/payoutMethods",parentData:data,parentDataProperty:"payoutMethods",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.currencies !== undefined){
let data2 = data.currencies;
if(Array.isArray(data2)){
if(data2.length > 400){
const err2 = {instancePath:instancePath+"/currencies",schemaPath:"#/$defs/currencies/maxItems",keyword:"maxItems",params:{limit: 400},message:"must NOT have more than 400 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err3 = {instancePath:instancePath+"/currencies/" + i0,schemaPath:"#/$defs/currencies/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/currencies/" + i0,schemaPath:"#/$defs/currencies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/currencies",schemaPath:"#/$defs/currencies/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/currencies",schemaPath:"#/$defs/currencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.account !== undefined){
let data4 = data.account;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "email")) || (key1 === "country")) || (key1 === "defaultCurrency")) || (key1 === "currencies")) || (key1 === "livemode"))){
let data5 = data4[key1];
if((((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")) && (data5 !== null)){
const err7 = {instancePath:instancePath+"/account/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/account/additionalProperties/type",keyword:"type",params:{type: schema31.properties.account.additionalProperties.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data4.id !== undefined){
if(typeof data4.id !== "string"){
const err8 = {instancePath:instancePath+"/account/id",schemaPath:"#/properties/account/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err9 = {instancePath:instancePath+"/account/name",schemaPath:"#/properties/account/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.email !== undefined){
if(typeof data4.email !== "string"){
const err10 = {instancePath:instancePath+"/account/email",schemaPath:"#/properties/account/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.country !== undefined){
let data9 = data4.country;
if(typeof data9 === "string"){
if(!pattern6.test(data9)){
const err11 = {instancePath:instancePath+"/account/country",schemaPath:"#/properties/account/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/account/country",schemaPath:"#/properties/account/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.defaultCurrency !== undefined){
let data10 = data4.defaultCurrency;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err13 = {instancePath:instancePath+"/account/defaultCurrency",schemaPath:"#/properties/account/properties/defaultCurrency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/account/defaultCurrency",schemaPath:"#/properties/account/properties/defaultCurrency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.currencies !== undefined){
let data11 = data4.currencies;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err15 = {instancePath:instancePath+"/account/currencies/" + i2,schemaPath:"#/properties/account/properties/currencies/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/account/currencies/" + i2,schemaPath:"#/properties/account/properties/currencies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i3 = data11.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data11[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err17 = {instancePath:instancePath+"/account/currencies",schemaPath:"#/properties/account/properties/currencies/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err18 = {instancePath:instancePath+"/account/currencies",schemaPath:"#/properties/account/properties/currencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.livemode !== undefined){
if(typeof data4.livemode !== "boolean"){
const err19 = {instancePath:instancePath+"/account/livemode",schemaPath:"#/properties/account/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/account",schemaPath:"#/properties/account/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates a value against schema/discover-result.schema.json; like an ajv validator, it leaves the failures on `errors`. */
export const validateDiscoverResultSchema: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } = validate20;

/** sha256 of the schema (as JSON.stringify writes it) this was generated from; tests compare it with the schema. */
export const SCHEMA_SHA256 = '5a59d53f2a8892221ff4f8ffc7c3fd1dd2e5685fb46665e61e18153f83f2680f';
