// Generated from schema/verify-result.schema.json by scripts/generate-validators.js — do not edit.
// @ts-nocheck — ajv standalone code is plain JavaScript; the typed export is at the end.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

// ajv's ESM output still loads its runtime helpers with require() (ajv-validator/ajv#1976).
const require = createRequire(import.meta.url);

const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paycore.dev/schema/verify-result.json","title":"VerifyResult","description":"What a verify hook returns: the account found, or why the credentials could not be confirmed.","oneOf":[{"type":"object","additionalProperties":false,"required":["ok"],"properties":{"ok":{"const":true},"account":{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]},"properties":{"id":{"type":"string","description":"The provider's id of the account"},"name":{"type":"string","description":"The account's business or display name"},"email":{"type":"string","description":"The account's contact e-mail address"},"country":{"type":"string","pattern":"^[A-Z]{2}$","description":"ISO 3166-1 alpha-2 country of the account"},"defaultCurrency":{"type":"string","pattern":"^[A-Z]{3}$","description":"ISO 4217 code of the account's default currency"},"currencies":{"type":"array","items":{"type":"string","pattern":"^[A-Z]{3}$"},"uniqueItems":true,"description":"ISO 4217 codes the account can take or hold"},"livemode":{"type":"boolean","description":"true for a live account, false for a test or sandbox one"}},"description":"Who the account is. The documented fields are typed; other details are scalars shown to the merchant."}}},{"type":"object","additionalProperties":false,"required":["ok","reason","message","retryable"],"properties":{"ok":{"const":false},"reason":{"enum":["invalid_credentials","insufficient_permissions","wrong_environment","account_inactive","provider_unavailable","timeout","network_error","misconfigured"]},"message":{"type":"string","minLength":1,"maxLength":2000},"fields":{"type":"array","items":{"type":"string"},"uniqueItems":true},"retryable":{"type":"boolean"}}}]};
const pattern4 = new RegExp("^[A-Z]{2}$", "u");
const pattern5 = new RegExp("^[A-Z]{3}$", "u");
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paycore.dev/schema/verify-result.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ok === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "ok") || (key0 === "account"))){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ok !== undefined){
if(true !== data.ok){
const err2 = {instancePath:instancePath+"/ok",schemaPath:"#/oneOf/0/properties/ok/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.account !== undefined){
let data1 = data.account;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "email")) || (key1 === "country")) || (key1 === "defaultCurrency")) || (key1 === "currencies")) || (key1 === "livemode"))){
let data2 = data1[key1];
if((((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")) && (data2 !== null)){
const err3 = {instancePath:instancePath+"/account/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/oneOf/0/properties/account/additionalProperties/type",keyword:"type",params:{type: schema31.oneOf[0].properties.account.additionalProperties.type},message:"must be string,number,boolean,null"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err4 = {instancePath:instancePath+"/account/id",schemaPath:"#/oneOf/0/properties/account/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err5 = {instancePath:instancePath+"/account/name",schemaPath:"#/oneOf/0/properties/account/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.email !== undefined){
if(typeof data1.email !== "string"){
const err6 = {instancePath:instancePath+"/account/email",schemaPath:"#/oneOf/0/properties/account/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.country !== undefined){
let data6 = data1.country;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err7 = {instancePath:instancePath+"/account/country",schemaPath:"#/oneOf/0/properties/account/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
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
const err8 = {instancePath:instancePath+"/account/country",schemaPath:"#/oneOf/0/properties/account/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.defaultCurrency !== undefined){
let data7 = data1.defaultCurrency;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err9 = {instancePath:instancePath+"/account/defaultCurrency",schemaPath:"#/oneOf/0/properties/account/properties/defaultCurrency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/account/defaultCurrency",schemaPath:"#/oneOf/0/properties/account/properties/defaultCurrency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.currencies !== undefined){
let data8 = data1.currencies;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err11 = {instancePath:instancePath+"/account/currencies/" + i0,schemaPath:"#/oneOf/0/properties/account/properties/currencies/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
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
const err12 = {instancePath:instancePath+"/account/currencies/" + i0,schemaPath:"#/oneOf/0/properties/account/properties/currencies/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err13 = {instancePath:instancePath+"/account/currencies",schemaPath:"#/oneOf/0/properties/account/properties/currencies/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err14 = {instancePath:instancePath+"/account/currencies",schemaPath:"#/oneOf/0/properties/account/properties/currencies/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.livemode !== undefined){
if(typeof data1.livemode !== "boolean"){
const err15 = {instancePath:instancePath+"/account/livemode",schemaPath:"#/oneOf/0/properties/account/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/account",schemaPath:"#/oneOf/0/properties/account/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs26 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ok === undefined){
const err18 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "ok"},message:"must have required property '"+"ok"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.reason === undefined){
const err19 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.message === undefined){
const err20 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.retryable === undefined){
const err21 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "retryable"},message:"must have required property '"+"retryable"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data){
if(!(((((key2 === "ok") || (key2 === "reason")) || (key2 === "message")) || (key2 === "fields")) || (key2 === "retryable"))){
const err22 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.ok !== undefined){
if(false !== data.ok){
const err23 = {instancePath:instancePath+"/ok",schemaPath:"#/oneOf/1/properties/ok/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.reason !== undefined){
let data12 = data.reason;
if(!((((((((data12 === "invalid_credentials") || (data12 === "insufficient_permissions")) || (data12 === "wrong_environment")) || (data12 === "account_inactive")) || (data12 === "provider_unavailable")) || (data12 === "timeout")) || (data12 === "network_error")) || (data12 === "misconfigured"))){
const err24 = {instancePath:instancePath+"/reason",schemaPath:"#/oneOf/1/properties/reason/enum",keyword:"enum",params:{allowedValues: schema31.oneOf[1].properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.message !== undefined){
let data13 = data.message;
if(typeof data13 === "string"){
if(func1(data13) > 2000){
const err25 = {instancePath:instancePath+"/message",schemaPath:"#/oneOf/1/properties/message/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func1(data13) < 1){
const err26 = {instancePath:instancePath+"/message",schemaPath:"#/oneOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/message",schemaPath:"#/oneOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.fields !== undefined){
let data14 = data.fields;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
if(typeof data14[i2] !== "string"){
const err28 = {instancePath:instancePath+"/fields/" + i2,schemaPath:"#/oneOf/1/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data14[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err29 = {instancePath:instancePath+"/fields",schemaPath:"#/oneOf/1/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err30 = {instancePath:instancePath+"/fields",schemaPath:"#/oneOf/1/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.retryable !== undefined){
if(typeof data.retryable !== "boolean"){
const err31 = {instancePath:instancePath+"/retryable",schemaPath:"#/oneOf/1/properties/retryable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err33 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate20.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate20.evaluated = {"dynamicProps":true,"dynamicItems":false};

/** Validates a value against schema/verify-result.schema.json; like an ajv validator, it leaves the failures on `errors`. */
export const validateVerifyResultSchema: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } = validate20;

/** sha256 of the schema (as JSON.stringify writes it) this was generated from; tests compare it with the schema. */
export const SCHEMA_SHA256 = '0c5770e7af685f0437bb8b0e30cf9d9647987ec643a615e28ed492b08825bba2';
