// Generated from schema/manifest.schema.json by scripts/generate-validators.js — do not edit.
// @ts-nocheck — ajv standalone code is plain JavaScript; the typed export is at the end.
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

// ajv's ESM output still loads its runtime helpers with require() (ajv-validator/ajv#1976).
const require = createRequire(import.meta.url);

const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paycore.dev/schema/connector-manifest.json","title":"ConnectorManifest","description":"The static description of a PayCore connector: everything the directory and the connect form need, read without running connector code.","type":"object","additionalProperties":false,"required":["id","name","status","description","website","countries","paymentMethods","payoutMethods","paymentServices","payoutServices","environments","credentials"],"properties":{"$schema":{"type":"string"},"id":{"description":"Unique connector id: lower-case letters, digits and dashes. Use the OpenFinTech provider code where one exists.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,62}$"},"name":{"description":"Display name of the provider.","type":"string","minLength":1,"maxLength":100},"status":{"description":"ready: the connector can be connected (it has a verify hook). not-ready: listed in the directory only.","type":"string","enum":["ready","not-ready"]},"openfintechCode":{"description":"The provider's code in the OpenFinTech catalogue, when it has one.","type":"string","pattern":"^[a-z0-9_.-]+$"},"description":{"description":"One or two sentences for the directory and overview.","type":"string","minLength":1,"maxLength":1000},"website":{"description":"The provider's public website.","type":"string","format":"uri","pattern":"^https://"},"docsUrl":{"description":"The provider's API documentation.","type":"string","format":"uri","pattern":"^https://"},"logo":{"description":"Path of the logo file, relative to the package folder (svg or png).","type":"string","pattern":"^\\./[A-Za-z0-9_./-]+\\.(svg|png)$"},"countries":{"description":"ISO 3166-1 alpha-2 codes of the countries where merchants can use the provider.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Z]{2}$"}},"paymentMethods":{"description":"OpenFinTech payment method codes: how a customer pays the merchant.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/code"}},"payoutMethods":{"description":"OpenFinTech payout method codes: how the merchant pays customers.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/code"}},"paymentServices":{"description":"Payment methods in a currency, with optional flow and limits.","type":"array","items":{"$ref":"#/$defs/service"}},"payoutServices":{"description":"Payout methods in a currency, with optional limits.","type":"array","items":{"$ref":"#/$defs/service"}},"environments":{"description":"The environments the connector supports and the exact hosts its verify hook may call in each.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"sandbox":{"$ref":"#/$defs/environment"},"live":{"$ref":"#/$defs/environment"}}},"credentials":{"description":"The credential form.","type":"object","additionalProperties":false,"required":["version","schema"],"properties":{"version":{"description":"Schema version. Raise it when a change makes stored connections need new credentials; older connections are shown as needing a reconnect.","type":"integer","minimum":1},"schema":{"$ref":"#/$defs/credentialSchema"}}}},"$defs":{"code":{"type":"string","pattern":"^[a-z0-9][a-z0-9_.-]*$"},"service":{"type":"object","additionalProperties":false,"required":["method","currency"],"properties":{"method":{"$ref":"#/$defs/code"},"currency":{"description":"ISO 4217 code.","type":"string","pattern":"^[A-Z]{3}$"},"flow":{"description":"OpenFinTech payment flow code, one of: card (payment card), cash, check, hpp (hosted payment page), invoice (invoice payment), sms (mobile SMS), ssk (self-service kiosk), test, transfer (manual payment transfer), voucher (prepaid voucher).","type":"string","pattern":"^[a-z0-9_]+$"},"minAmount":{"description":"Smallest amount in major units.","type":"number","minimum":0},"maxAmount":{"description":"Largest amount in major units.","type":"number","exclusiveMinimum":0}}},"environment":{"type":"object","additionalProperties":false,"required":["baseUrl","hosts"],"properties":{"baseUrl":{"description":"Base URL of the provider API in this environment. May contain {field} placeholders naming a non-secret credential field.","type":"string","pattern":"^https://"},"hosts":{"description":"Every host the verify hook may call in this environment. A host may contain {field} placeholders naming a non-secret credential field constrained by a pattern.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"}},"label":{"description":"How the provider calls this environment, e.g. Test mode.","type":"string"},"keyPrefixes":{"description":"Prefixes that a credential field's value starts with only in this environment (e.g. secretKey: [\"sk_test_\"]), from the provider's documentation. The connect form preselects the environment a typed key shows.","type":"object","additionalProperties":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_.:-]{2,32}$"}}}}},"credentialSchema":{"description":"A JSON Schema 2020-12 object describing the credentials. Secret fields carry writeOnly: true.","type":"object","required":["type","properties"],"properties":{"type":{"const":"object"},"properties":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/credentialField"}},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true},"additionalProperties":{"const":false},"title":{"type":"string"},"description":{"type":"string"}}},"credentialField":{"type":"object","required":["type","title"],"properties":{"type":{"enum":["string","integer","number","boolean"]},"title":{"description":"The label a merchant recognises from the provider's dashboard.","type":"string","minLength":1},"description":{"description":"Where to find the value and its format, in plain words.","type":"string"},"writeOnly":{"description":"Marks a secret: masked in the form, never returned by the API, redacted from logs, encrypted at rest.","type":"boolean"},"pattern":{"type":"string","format":"regex"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":1},"enum":{"type":"array","minItems":1},"default":{},"examples":{"type":"array"},"format":{"description":"A format checked by the form and the API.","enum":["email","uri","hostname","uuid","date","date-time","ipv4","ipv6"]},"minimum":{"type":"number"},"maximum":{"type":"number"},"const":{}},"additionalProperties":false,"description":"One credential field. Only these keywords are allowed, so every credential schema is a small, strict JSON Schema that compiles without surprises."}}};
const schema32 = {"type":"string","pattern":"^[a-z0-9][a-z0-9_.-]*$"};
const schema36 = {"type":"object","additionalProperties":false,"required":["baseUrl","hosts"],"properties":{"baseUrl":{"description":"Base URL of the provider API in this environment. May contain {field} placeholders naming a non-secret credential field.","type":"string","pattern":"^https://"},"hosts":{"description":"Every host the verify hook may call in this environment. A host may contain {field} placeholders naming a non-secret credential field constrained by a pattern.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"}},"label":{"description":"How the provider calls this environment, e.g. Test mode.","type":"string"},"keyPrefixes":{"description":"Prefixes that a credential field's value starts with only in this environment (e.g. secretKey: [\"sk_test_\"]), from the provider's documentation. The connect form preselects the environment a typed key shows.","type":"object","additionalProperties":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_.:-]{2,32}$"}}}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
const pattern5 = new RegExp("^[a-z0-9_.-]+$", "u");
const pattern6 = new RegExp("^https://", "u");
const pattern8 = new RegExp("^\\./[A-Za-z0-9_./-]+\\.(svg|png)$", "u");
const pattern9 = new RegExp("^[A-Z]{2}$", "u");
const pattern10 = new RegExp("^[a-z0-9][a-z0-9_.-]*$", "u");
const pattern16 = new RegExp("^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9_.:-]{2,32}$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.uri;
const schema34 = {"type":"object","additionalProperties":false,"required":["method","currency"],"properties":{"method":{"$ref":"#/$defs/code"},"currency":{"description":"ISO 4217 code.","type":"string","pattern":"^[A-Z]{3}$"},"flow":{"description":"OpenFinTech payment flow code, one of: card (payment card), cash, check, hpp (hosted payment page), invoice (invoice payment), sms (mobile SMS), ssk (self-service kiosk), test, transfer (manual payment transfer), voucher (prepaid voucher).","type":"string","pattern":"^[a-z0-9_]+$"},"minAmount":{"description":"Smallest amount in major units.","type":"number","minimum":0},"maxAmount":{"description":"Largest amount in major units.","type":"number","exclusiveMinimum":0}}};
const pattern13 = new RegExp("^[A-Z]{3}$", "u");
const pattern14 = new RegExp("^[a-z0-9_]+$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.method === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.currency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "currency"},message:"must have required property '"+"currency"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "method") || (key0 === "currency")) || (key0 === "flow")) || (key0 === "minAmount")) || (key0 === "maxAmount"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.method !== undefined){
let data0 = data.method;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err3 = {instancePath:instancePath+"/method",schemaPath:"#/$defs/code/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_.-]*$"+"\""};
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
const err4 = {instancePath:instancePath+"/method",schemaPath:"#/$defs/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.currency !== undefined){
let data1 = data.currency;
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
const err5 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{3}$"},message:"must match pattern \""+"^[A-Z]{3}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.flow !== undefined){
let data2 = data.flow;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\""};
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
const err8 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minAmount !== undefined){
let data3 = data.minAmount;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/minAmount",schemaPath:"#/properties/minAmount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err10 = {instancePath:instancePath+"/minAmount",schemaPath:"#/properties/minAmount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maxAmount !== undefined){
let data4 = data.maxAmount;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 <= 0 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/maxAmount",schemaPath:"#/properties/maxAmount/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err12 = {instancePath:instancePath+"/maxAmount",schemaPath:"#/properties/maxAmount/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"description":"A JSON Schema 2020-12 object describing the credentials. Secret fields carry writeOnly: true.","type":"object","required":["type","properties"],"properties":{"type":{"const":"object"},"properties":{"type":"object","minProperties":1,"additionalProperties":{"$ref":"#/$defs/credentialField"}},"required":{"type":"array","items":{"type":"string"},"uniqueItems":true},"additionalProperties":{"const":false},"title":{"type":"string"},"description":{"type":"string"}}};
const schema39 = {"type":"object","required":["type","title"],"properties":{"type":{"enum":["string","integer","number","boolean"]},"title":{"description":"The label a merchant recognises from the provider's dashboard.","type":"string","minLength":1},"description":{"description":"Where to find the value and its format, in plain words.","type":"string"},"writeOnly":{"description":"Marks a secret: masked in the form, never returned by the API, redacted from logs, encrypted at rest.","type":"boolean"},"pattern":{"type":"string","format":"regex"},"minLength":{"type":"integer","minimum":0},"maxLength":{"type":"integer","minimum":1},"enum":{"type":"array","minItems":1},"default":{},"examples":{"type":"array"},"format":{"description":"A format checked by the form and the API.","enum":["email","uri","hostname","uuid","date","date-time","ipv4","ipv6"]},"minimum":{"type":"number"},"maximum":{"type":"number"},"const":{}},"additionalProperties":false,"description":"One credential field. Only these keywords are allowed, so every credential schema is a small, strict JSON Schema that compiles without surprises."};
const formats4 = require("ajv-formats/dist/formats").fullFormats.regex;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.properties === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type !== undefined){
if("object" !== data.type){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "object"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.properties !== undefined){
let data1 = data.properties;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err3 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data1){
let data2 = data1[key0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err4 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialField/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.title === undefined){
const err5 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialField/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(func1.call(schema39.properties, key1))){
const err6 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialField/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.type !== undefined){
let data3 = data2.type;
if(!((((data3 === "string") || (data3 === "integer")) || (data3 === "number")) || (data3 === "boolean"))){
const err7 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/$defs/credentialField/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.title !== undefined){
let data4 = data2.title;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/credentialField/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/$defs/credentialField/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.description !== undefined){
if(typeof data2.description !== "string"){
const err10 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/credentialField/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.writeOnly !== undefined){
if(typeof data2.writeOnly !== "boolean"){
const err11 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/writeOnly",schemaPath:"#/$defs/credentialField/properties/writeOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.pattern !== undefined){
let data7 = data2.pattern;
if(typeof data7 === "string"){
if(!(formats4(data7))){
const err12 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/credentialField/properties/pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/credentialField/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.minLength !== undefined){
let data8 = data2.minLength;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/credentialField/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/minLength",schemaPath:"#/$defs/credentialField/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data2.maxLength !== undefined){
let data9 = data2.maxLength;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/credentialField/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/maxLength",schemaPath:"#/$defs/credentialField/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data2.enum !== undefined){
let data10 = data2.enum;
if(Array.isArray(data10)){
if(data10.length < 1){
const err18 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/credentialField/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/$defs/credentialField/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.examples !== undefined){
if(!(Array.isArray(data2.examples))){
const err20 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/examples",schemaPath:"#/$defs/credentialField/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.format !== undefined){
let data12 = data2.format;
if(!((((((((data12 === "email") || (data12 === "uri")) || (data12 === "hostname")) || (data12 === "uuid")) || (data12 === "date")) || (data12 === "date-time")) || (data12 === "ipv4")) || (data12 === "ipv6"))){
const err21 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/$defs/credentialField/properties/format/enum",keyword:"enum",params:{allowedValues: schema39.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.minimum !== undefined){
let data13 = data2.minimum;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err22 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/minimum",schemaPath:"#/$defs/credentialField/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.maximum !== undefined){
let data14 = data2.maximum;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err23 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/maximum",schemaPath:"#/$defs/credentialField/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/properties/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/credentialField/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.required !== undefined){
let data15 = data.required;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(typeof data15[i0] !== "string"){
const err26 = {instancePath:instancePath+"/required/" + i0,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i1 = data15.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data15[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err27 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err28 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.additionalProperties !== undefined){
if(false !== data.additionalProperties){
const err29 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err30 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err31 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"type":true,"properties":true,"required":true,"additionalProperties":true,"title":true,"description":true},"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paycore.dev/schema/connector-manifest.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.description === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.website === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "website"},message:"must have required property '"+"website"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.countries === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "countries"},message:"must have required property '"+"countries"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.paymentMethods === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentMethods"},message:"must have required property '"+"paymentMethods"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.payoutMethods === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payoutMethods"},message:"must have required property '"+"payoutMethods"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.paymentServices === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paymentServices"},message:"must have required property '"+"paymentServices"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.payoutServices === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "payoutServices"},message:"must have required property '"+"payoutServices"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.environments === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.credentials === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err13 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err16 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data2) < 1){
const err17 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(typeof data3 !== "string"){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data3 === "ready") || (data3 === "not-ready"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.openfintechCode !== undefined){
let data4 = data.openfintechCode;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err21 = {instancePath:instancePath+"/openfintechCode",schemaPath:"#/properties/openfintechCode/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_.-]+$"},message:"must match pattern \""+"^[a-z0-9_.-]+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/openfintechCode",schemaPath:"#/properties/openfintechCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 === "string"){
if(func2(data5) > 1000){
const err23 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data5) < 1){
const err24 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.website !== undefined){
let data6 = data.website;
if(typeof data6 === "string"){
if(!pattern6.test(data6)){
const err26 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(formats0(data6))){
const err27 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.docsUrl !== undefined){
let data7 = data.docsUrl;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err29 = {instancePath:instancePath+"/docsUrl",schemaPath:"#/properties/docsUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0(data7))){
const err30 = {instancePath:instancePath+"/docsUrl",schemaPath:"#/properties/docsUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/docsUrl",schemaPath:"#/properties/docsUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.logo !== undefined){
let data8 = data.logo;
if(typeof data8 === "string"){
if(!pattern8.test(data8)){
const err32 = {instancePath:instancePath+"/logo",schemaPath:"#/properties/logo/pattern",keyword:"pattern",params:{pattern: "^\\./[A-Za-z0-9_./-]+\\.(svg|png)$"},message:"must match pattern \""+"^\\./[A-Za-z0-9_./-]+\\.(svg|png)$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/logo",schemaPath:"#/properties/logo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.countries !== undefined){
let data9 = data.countries;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
const err34 = {instancePath:instancePath+"/countries/" + i0,schemaPath:"#/properties/countries/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}$"},message:"must match pattern \""+"^[A-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/countries/" + i0,schemaPath:"#/properties/countries/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err37 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.paymentMethods !== undefined){
let data11 = data.paymentMethods;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
const err38 = {instancePath:instancePath+"/paymentMethods/" + i2,schemaPath:"#/$defs/code/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/paymentMethods/" + i2,schemaPath:"#/$defs/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i3 = data11.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data11[i3], data11[j1])){
const err40 = {instancePath:instancePath+"/paymentMethods",schemaPath:"#/properties/paymentMethods/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err41 = {instancePath:instancePath+"/paymentMethods",schemaPath:"#/properties/paymentMethods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.payoutMethods !== undefined){
let data13 = data.payoutMethods;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i4=0; i4<len2; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(!pattern10.test(data14)){
const err42 = {instancePath:instancePath+"/payoutMethods/" + i4,schemaPath:"#/$defs/code/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_.-]*$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/payoutMethods/" + i4,schemaPath:"#/$defs/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i5 = data13.length;
let j2;
if(i5 > 1){
outer1:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data13[i5], data13[j2])){
const err44 = {instancePath:instancePath+"/payoutMethods",schemaPath:"#/properties/payoutMethods/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/payoutMethods",schemaPath:"#/properties/payoutMethods/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.paymentServices !== undefined){
let data15 = data.paymentServices;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i6=0; i6<len3; i6++){
if(!(validate21(data15[i6], {instancePath:instancePath+"/paymentServices/" + i6,parentData:data15,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/paymentServices",schemaPath:"#/properties/paymentServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.payoutServices !== undefined){
let data17 = data.payoutServices;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i7=0; i7<len4; i7++){
if(!(validate21(data17[i7], {instancePath:instancePath+"/payoutServices/" + i7,parentData:data17,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/payoutServices",schemaPath:"#/properties/payoutServices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.environments !== undefined){
let data19 = data.environments;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(Object.keys(data19).length < 1){
const err48 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key1 in data19){
if(!((key1 === "sandbox") || (key1 === "live"))){
const err49 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data19.sandbox !== undefined){
let data20 = data19.sandbox;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.baseUrl === undefined){
const err50 = {instancePath:instancePath+"/environments/sandbox",schemaPath:"#/$defs/environment/required",keyword:"required",params:{missingProperty: "baseUrl"},message:"must have required property '"+"baseUrl"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data20.hosts === undefined){
const err51 = {instancePath:instancePath+"/environments/sandbox",schemaPath:"#/$defs/environment/required",keyword:"required",params:{missingProperty: "hosts"},message:"must have required property '"+"hosts"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key2 in data20){
if(!((((key2 === "baseUrl") || (key2 === "hosts")) || (key2 === "label")) || (key2 === "keyPrefixes"))){
const err52 = {instancePath:instancePath+"/environments/sandbox",schemaPath:"#/$defs/environment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data20.baseUrl !== undefined){
let data21 = data20.baseUrl;
if(typeof data21 === "string"){
if(!pattern6.test(data21)){
const err53 = {instancePath:instancePath+"/environments/sandbox/baseUrl",schemaPath:"#/$defs/environment/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/environments/sandbox/baseUrl",schemaPath:"#/$defs/environment/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data20.hosts !== undefined){
let data22 = data20.hosts;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i8=0; i8<len5; i8++){
let data23 = data22[i8];
if(typeof data23 === "string"){
if(!pattern16.test(data23)){
const err55 = {instancePath:instancePath+"/environments/sandbox/hosts/" + i8,schemaPath:"#/$defs/environment/properties/hosts/items/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"},message:"must match pattern \""+"^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/environments/sandbox/hosts/" + i8,schemaPath:"#/$defs/environment/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let i9 = data22.length;
let j3;
if(i9 > 1){
const indices1 = {};
for(;i9--;){
let item1 = data22[i9];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j3 = indices1[item1];
const err57 = {instancePath:instancePath+"/environments/sandbox/hosts",schemaPath:"#/$defs/environment/properties/hosts/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
break;
}
indices1[item1] = i9;
}
}
}
else {
const err58 = {instancePath:instancePath+"/environments/sandbox/hosts",schemaPath:"#/$defs/environment/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.label !== undefined){
if(typeof data20.label !== "string"){
const err59 = {instancePath:instancePath+"/environments/sandbox/label",schemaPath:"#/$defs/environment/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data20.keyPrefixes !== undefined){
let data25 = data20.keyPrefixes;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key3 in data25){
let data26 = data25[key3];
if(Array.isArray(data26)){
if(data26.length < 1){
const err60 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len6 = data26.length;
for(let i10=0; i10<len6; i10++){
let data27 = data26[i10];
if(typeof data27 === "string"){
if(!pattern17.test(data27)){
const err61 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{2,32}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]{2,32}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
let i11 = data26.length;
let j4;
if(i11 > 1){
const indices2 = {};
for(;i11--;){
let item2 = data26[i11];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j4 = indices2[item2];
const err63 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i11+" are identical)"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
break;
}
indices2[item2] = i11;
}
}
}
else {
const err64 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/environments/sandbox/keyPrefixes",schemaPath:"#/$defs/environment/properties/keyPrefixes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/environments/sandbox",schemaPath:"#/$defs/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data19.live !== undefined){
let data28 = data19.live;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.baseUrl === undefined){
const err67 = {instancePath:instancePath+"/environments/live",schemaPath:"#/$defs/environment/required",keyword:"required",params:{missingProperty: "baseUrl"},message:"must have required property '"+"baseUrl"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data28.hosts === undefined){
const err68 = {instancePath:instancePath+"/environments/live",schemaPath:"#/$defs/environment/required",keyword:"required",params:{missingProperty: "hosts"},message:"must have required property '"+"hosts"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key4 in data28){
if(!((((key4 === "baseUrl") || (key4 === "hosts")) || (key4 === "label")) || (key4 === "keyPrefixes"))){
const err69 = {instancePath:instancePath+"/environments/live",schemaPath:"#/$defs/environment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data28.baseUrl !== undefined){
let data29 = data28.baseUrl;
if(typeof data29 === "string"){
if(!pattern6.test(data29)){
const err70 = {instancePath:instancePath+"/environments/live/baseUrl",schemaPath:"#/$defs/environment/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/environments/live/baseUrl",schemaPath:"#/$defs/environment/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data28.hosts !== undefined){
let data30 = data28.hosts;
if(Array.isArray(data30)){
const len7 = data30.length;
for(let i12=0; i12<len7; i12++){
let data31 = data30[i12];
if(typeof data31 === "string"){
if(!pattern16.test(data31)){
const err72 = {instancePath:instancePath+"/environments/live/hosts/" + i12,schemaPath:"#/$defs/environment/properties/hosts/items/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"},message:"must match pattern \""+"^([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\})([.-]([a-z0-9-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))*$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/environments/live/hosts/" + i12,schemaPath:"#/$defs/environment/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let i13 = data30.length;
let j5;
if(i13 > 1){
const indices3 = {};
for(;i13--;){
let item3 = data30[i13];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j5 = indices3[item3];
const err74 = {instancePath:instancePath+"/environments/live/hosts",schemaPath:"#/$defs/environment/properties/hosts/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
break;
}
indices3[item3] = i13;
}
}
}
else {
const err75 = {instancePath:instancePath+"/environments/live/hosts",schemaPath:"#/$defs/environment/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data28.label !== undefined){
if(typeof data28.label !== "string"){
const err76 = {instancePath:instancePath+"/environments/live/label",schemaPath:"#/$defs/environment/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data28.keyPrefixes !== undefined){
let data33 = data28.keyPrefixes;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key5 in data33){
let data34 = data33[key5];
if(Array.isArray(data34)){
if(data34.length < 1){
const err77 = {instancePath:instancePath+"/environments/live/keyPrefixes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
const len8 = data34.length;
for(let i14=0; i14<len8; i14++){
let data35 = data34[i14];
if(typeof data35 === "string"){
if(!pattern17.test(data35)){
const err78 = {instancePath:instancePath+"/environments/live/keyPrefixes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.:-]{2,32}$"},message:"must match pattern \""+"^[A-Za-z0-9_.:-]{2,32}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/environments/live/keyPrefixes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i14,schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
let i15 = data34.length;
let j6;
if(i15 > 1){
const indices4 = {};
for(;i15--;){
let item4 = data34[i15];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j6 = indices4[item4];
const err80 = {instancePath:instancePath+"/environments/live/keyPrefixes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i15+" are identical)"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
break;
}
indices4[item4] = i15;
}
}
}
else {
const err81 = {instancePath:instancePath+"/environments/live/keyPrefixes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/environment/properties/keyPrefixes/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/environments/live/keyPrefixes",schemaPath:"#/$defs/environment/properties/keyPrefixes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/environments/live",schemaPath:"#/$defs/environment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.credentials !== undefined){
let data36 = data.credentials;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.version === undefined){
const err85 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data36.schema === undefined){
const err86 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key6 in data36){
if(!((key6 === "version") || (key6 === "schema"))){
const err87 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data36.version !== undefined){
let data37 = data36.version;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err88 = {instancePath:instancePath+"/credentials/version",schemaPath:"#/properties/credentials/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 1 || isNaN(data37)){
const err89 = {instancePath:instancePath+"/credentials/version",schemaPath:"#/properties/credentials/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
if(data36.schema !== undefined){
if(!(validate24(data36.schema, {instancePath:instancePath+"/credentials/schema",parentData:data36,parentDataProperty:"schema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err90 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

/** Validates a value against schema/manifest.schema.json; like an ajv validator, it leaves the failures on `errors`. */
export const validateManifestSchema: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } = validate20;

/** sha256 of the schema (as JSON.stringify writes it) this was generated from; tests compare it with the schema. */
export const SCHEMA_SHA256 = '9a96d6f8cc1ed61c0e573b57060740a99a3c81741dd2b1c740e44e49736975af';
