/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.idstation = (function() {

    /**
     * Namespace idstation.
     * @exports idstation
     * @namespace
     */
    var idstation = {};

    idstation.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof idstation
         * @namespace
         */
        var v1 = {};

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @memberof idstation.v1
             * @interface IRequest
             * @property {number|null} [apiLevel] Request apiLevel
             * @property {string|null} [requestId] Request requestId
             * @property {string|null} [idempotencyKey] Request idempotencyKey
             * @property {number|null} [deadlineMs] Request deadlineMs
             * @property {idstation.v1.IHello|null} [hello] Request hello
             * @property {idstation.v1.IPing|null} [ping] Request ping
             * @property {idstation.v1.IListDevices|null} [listDevices] Request listDevices
             * @property {idstation.v1.IGetDevice|null} [getDevice] Request getDevice
             * @property {idstation.v1.IClaimDevice|null} [claimDevice] Request claimDevice
             * @property {idstation.v1.IReleaseDevice|null} [releaseDevice] Request releaseDevice
             * @property {idstation.v1.IGetSnapshot|null} [getSnapshot] Request getSnapshot
             * @property {idstation.v1.ICancelRequest|null} [cancelRequest] Request cancelRequest
             * @property {idstation.v1.IGetStatus|null} [getStatus] Request getStatus
             * @property {idstation.v1.IGetCardInfo|null} [getCardInfo] Request getCardInfo
             * @property {idstation.v1.ITransmit|null} [transmit] Request transmit
             * @property {idstation.v1.IReadChipFile|null} [readChipFile] Request readChipFile
             * @property {idstation.v1.IPersonalizeCard|null} [personalizeCard] Request personalizeCard
             * @property {idstation.v1.IGetJob|null} [getJob] Request getJob
             * @property {idstation.v1.IListJobs|null} [listJobs] Request listJobs
             * @property {idstation.v1.ICancelJob|null} [cancelJob] Request cancelJob
             * @property {idstation.v1.IAnswerPrompt|null} [answerPrompt] Request answerPrompt
             * @property {idstation.v1.IResolveJob|null} [resolveJob] Request resolveJob
             */

            /**
             * Constructs a new Request.
             * @memberof idstation.v1
             * @classdesc Represents a Request.
             * @implements IRequest
             * @constructor
             * @param {idstation.v1.IRequest=} [properties] Properties to set
             */
            function Request(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Request apiLevel.
             * @member {number} apiLevel
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.apiLevel = 0;

            /**
             * Request requestId.
             * @member {string} requestId
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.requestId = "";

            /**
             * Request idempotencyKey.
             * @member {string} idempotencyKey
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.idempotencyKey = "";

            /**
             * Request deadlineMs.
             * @member {number} deadlineMs
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.deadlineMs = 0;

            /**
             * Request hello.
             * @member {idstation.v1.IHello|null|undefined} hello
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.hello = null;

            /**
             * Request ping.
             * @member {idstation.v1.IPing|null|undefined} ping
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.ping = null;

            /**
             * Request listDevices.
             * @member {idstation.v1.IListDevices|null|undefined} listDevices
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.listDevices = null;

            /**
             * Request getDevice.
             * @member {idstation.v1.IGetDevice|null|undefined} getDevice
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.getDevice = null;

            /**
             * Request claimDevice.
             * @member {idstation.v1.IClaimDevice|null|undefined} claimDevice
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.claimDevice = null;

            /**
             * Request releaseDevice.
             * @member {idstation.v1.IReleaseDevice|null|undefined} releaseDevice
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.releaseDevice = null;

            /**
             * Request getSnapshot.
             * @member {idstation.v1.IGetSnapshot|null|undefined} getSnapshot
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.getSnapshot = null;

            /**
             * Request cancelRequest.
             * @member {idstation.v1.ICancelRequest|null|undefined} cancelRequest
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.cancelRequest = null;

            /**
             * Request getStatus.
             * @member {idstation.v1.IGetStatus|null|undefined} getStatus
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.getStatus = null;

            /**
             * Request getCardInfo.
             * @member {idstation.v1.IGetCardInfo|null|undefined} getCardInfo
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.getCardInfo = null;

            /**
             * Request transmit.
             * @member {idstation.v1.ITransmit|null|undefined} transmit
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.transmit = null;

            /**
             * Request readChipFile.
             * @member {idstation.v1.IReadChipFile|null|undefined} readChipFile
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.readChipFile = null;

            /**
             * Request personalizeCard.
             * @member {idstation.v1.IPersonalizeCard|null|undefined} personalizeCard
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.personalizeCard = null;

            /**
             * Request getJob.
             * @member {idstation.v1.IGetJob|null|undefined} getJob
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.getJob = null;

            /**
             * Request listJobs.
             * @member {idstation.v1.IListJobs|null|undefined} listJobs
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.listJobs = null;

            /**
             * Request cancelJob.
             * @member {idstation.v1.ICancelJob|null|undefined} cancelJob
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.cancelJob = null;

            /**
             * Request answerPrompt.
             * @member {idstation.v1.IAnswerPrompt|null|undefined} answerPrompt
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.answerPrompt = null;

            /**
             * Request resolveJob.
             * @member {idstation.v1.IResolveJob|null|undefined} resolveJob
             * @memberof idstation.v1.Request
             * @instance
             */
            Request.prototype.resolveJob = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Request command.
             * @member {"hello"|"ping"|"listDevices"|"getDevice"|"claimDevice"|"releaseDevice"|"getSnapshot"|"cancelRequest"|"getStatus"|"getCardInfo"|"transmit"|"readChipFile"|"personalizeCard"|"getJob"|"listJobs"|"cancelJob"|"answerPrompt"|"resolveJob"|undefined} command
             * @memberof idstation.v1.Request
             * @instance
             */
            Object.defineProperty(Request.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "ping", "listDevices", "getDevice", "claimDevice", "releaseDevice", "getSnapshot", "cancelRequest", "getStatus", "getCardInfo", "transmit", "readChipFile", "personalizeCard", "getJob", "listJobs", "cancelJob", "answerPrompt", "resolveJob"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Request
             * @static
             * @param {idstation.v1.IRequest=} [properties] Properties to set
             * @returns {idstation.v1.Request} Request instance
             */
            Request.create = function create(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link idstation.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Request
             * @static
             * @param {idstation.v1.IRequest} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.apiLevel);
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestId);
                if (message.idempotencyKey != null && Object.hasOwnProperty.call(message, "idempotencyKey"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.idempotencyKey);
                if (message.deadlineMs != null && Object.hasOwnProperty.call(message, "deadlineMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deadlineMs);
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                    $root.idstation.v1.Hello.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping"))
                    $root.idstation.v1.Ping.encode(message.ping, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices"))
                    $root.idstation.v1.ListDevices.encode(message.listDevices, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice"))
                    $root.idstation.v1.GetDevice.encode(message.getDevice, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice"))
                    $root.idstation.v1.ClaimDevice.encode(message.claimDevice, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice"))
                    $root.idstation.v1.ReleaseDevice.encode(message.releaseDevice, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot"))
                    $root.idstation.v1.GetSnapshot.encode(message.getSnapshot, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest"))
                    $root.idstation.v1.CancelRequest.encode(message.cancelRequest, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus"))
                    $root.idstation.v1.GetStatus.encode(message.getStatus, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo"))
                    $root.idstation.v1.GetCardInfo.encode(message.getCardInfo, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit"))
                    $root.idstation.v1.Transmit.encode(message.transmit, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile"))
                    $root.idstation.v1.ReadChipFile.encode(message.readChipFile, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard"))
                    $root.idstation.v1.PersonalizeCard.encode(message.personalizeCard, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob"))
                    $root.idstation.v1.GetJob.encode(message.getJob, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs"))
                    $root.idstation.v1.ListJobs.encode(message.listJobs, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob"))
                    $root.idstation.v1.CancelJob.encode(message.cancelJob, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt"))
                    $root.idstation.v1.AnswerPrompt.encode(message.answerPrompt, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob"))
                    $root.idstation.v1.ResolveJob.encode(message.resolveJob, writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Request} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Request();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.apiLevel = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.requestId = reader.string();
                            break;
                        }
                    case 3: {
                            message.idempotencyKey = reader.string();
                            break;
                        }
                    case 4: {
                            message.deadlineMs = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.hello = $root.idstation.v1.Hello.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.ping = $root.idstation.v1.Ping.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.listDevices = $root.idstation.v1.ListDevices.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.getDevice = $root.idstation.v1.GetDevice.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.claimDevice = $root.idstation.v1.ClaimDevice.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.releaseDevice = $root.idstation.v1.ReleaseDevice.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.getSnapshot = $root.idstation.v1.GetSnapshot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.cancelRequest = $root.idstation.v1.CancelRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.getStatus = $root.idstation.v1.GetStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.getCardInfo = $root.idstation.v1.GetCardInfo.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.transmit = $root.idstation.v1.Transmit.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.readChipFile = $root.idstation.v1.ReadChipFile.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.personalizeCard = $root.idstation.v1.PersonalizeCard.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.getJob = $root.idstation.v1.GetJob.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.listJobs = $root.idstation.v1.ListJobs.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.cancelJob = $root.idstation.v1.CancelJob.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            message.answerPrompt = $root.idstation.v1.AnswerPrompt.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 27: {
                            message.resolveJob = $root.idstation.v1.ResolveJob.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof idstation.v1.Request
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var properties = {};
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    if (!$util.isInteger(message.apiLevel))
                        return "apiLevel: integer expected";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.idempotencyKey != null && Object.hasOwnProperty.call(message, "idempotencyKey"))
                    if (!$util.isString(message.idempotencyKey))
                        return "idempotencyKey: string expected";
                if (message.deadlineMs != null && Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.Hello.verify(message.hello, long + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.Ping.verify(message.ping, long + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ListDevices.verify(message.listDevices, long + 1);
                        if (error)
                            return "listDevices." + error;
                    }
                }
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.GetDevice.verify(message.getDevice, long + 1);
                        if (error)
                            return "getDevice." + error;
                    }
                }
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ClaimDevice.verify(message.claimDevice, long + 1);
                        if (error)
                            return "claimDevice." + error;
                    }
                }
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ReleaseDevice.verify(message.releaseDevice, long + 1);
                        if (error)
                            return "releaseDevice." + error;
                    }
                }
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.GetSnapshot.verify(message.getSnapshot, long + 1);
                        if (error)
                            return "getSnapshot." + error;
                    }
                }
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.CancelRequest.verify(message.cancelRequest, long + 1);
                        if (error)
                            return "cancelRequest." + error;
                    }
                }
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.GetStatus.verify(message.getStatus, long + 1);
                        if (error)
                            return "getStatus." + error;
                    }
                }
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.GetCardInfo.verify(message.getCardInfo, long + 1);
                        if (error)
                            return "getCardInfo." + error;
                    }
                }
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.Transmit.verify(message.transmit, long + 1);
                        if (error)
                            return "transmit." + error;
                    }
                }
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ReadChipFile.verify(message.readChipFile, long + 1);
                        if (error)
                            return "readChipFile." + error;
                    }
                }
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.PersonalizeCard.verify(message.personalizeCard, long + 1);
                        if (error)
                            return "personalizeCard." + error;
                    }
                }
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.GetJob.verify(message.getJob, long + 1);
                        if (error)
                            return "getJob." + error;
                    }
                }
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ListJobs.verify(message.listJobs, long + 1);
                        if (error)
                            return "listJobs." + error;
                    }
                }
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.CancelJob.verify(message.cancelJob, long + 1);
                        if (error)
                            return "cancelJob." + error;
                    }
                }
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.AnswerPrompt.verify(message.answerPrompt, long + 1);
                        if (error)
                            return "answerPrompt." + error;
                    }
                }
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        var error = $root.idstation.v1.ResolveJob.verify(message.resolveJob, long + 1);
                        if (error)
                            return "resolveJob." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Request} Request
             */
            Request.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Request: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Request();
                if (object.apiLevel != null)
                    message.apiLevel = object.apiLevel >>> 0;
                if (object.requestId != null)
                    message.requestId = String(object.requestId);
                if (object.idempotencyKey != null)
                    message.idempotencyKey = String(object.idempotencyKey);
                if (object.deadlineMs != null)
                    message.deadlineMs = object.deadlineMs >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw TypeError(".idstation.v1.Request.hello: object expected");
                    message.hello = $root.idstation.v1.Hello.fromObject(object.hello, long + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw TypeError(".idstation.v1.Request.ping: object expected");
                    message.ping = $root.idstation.v1.Ping.fromObject(object.ping, long + 1);
                }
                if (object.listDevices != null) {
                    if (!$util.isObject(object.listDevices))
                        throw TypeError(".idstation.v1.Request.listDevices: object expected");
                    message.listDevices = $root.idstation.v1.ListDevices.fromObject(object.listDevices, long + 1);
                }
                if (object.getDevice != null) {
                    if (!$util.isObject(object.getDevice))
                        throw TypeError(".idstation.v1.Request.getDevice: object expected");
                    message.getDevice = $root.idstation.v1.GetDevice.fromObject(object.getDevice, long + 1);
                }
                if (object.claimDevice != null) {
                    if (!$util.isObject(object.claimDevice))
                        throw TypeError(".idstation.v1.Request.claimDevice: object expected");
                    message.claimDevice = $root.idstation.v1.ClaimDevice.fromObject(object.claimDevice, long + 1);
                }
                if (object.releaseDevice != null) {
                    if (!$util.isObject(object.releaseDevice))
                        throw TypeError(".idstation.v1.Request.releaseDevice: object expected");
                    message.releaseDevice = $root.idstation.v1.ReleaseDevice.fromObject(object.releaseDevice, long + 1);
                }
                if (object.getSnapshot != null) {
                    if (!$util.isObject(object.getSnapshot))
                        throw TypeError(".idstation.v1.Request.getSnapshot: object expected");
                    message.getSnapshot = $root.idstation.v1.GetSnapshot.fromObject(object.getSnapshot, long + 1);
                }
                if (object.cancelRequest != null) {
                    if (!$util.isObject(object.cancelRequest))
                        throw TypeError(".idstation.v1.Request.cancelRequest: object expected");
                    message.cancelRequest = $root.idstation.v1.CancelRequest.fromObject(object.cancelRequest, long + 1);
                }
                if (object.getStatus != null) {
                    if (!$util.isObject(object.getStatus))
                        throw TypeError(".idstation.v1.Request.getStatus: object expected");
                    message.getStatus = $root.idstation.v1.GetStatus.fromObject(object.getStatus, long + 1);
                }
                if (object.getCardInfo != null) {
                    if (!$util.isObject(object.getCardInfo))
                        throw TypeError(".idstation.v1.Request.getCardInfo: object expected");
                    message.getCardInfo = $root.idstation.v1.GetCardInfo.fromObject(object.getCardInfo, long + 1);
                }
                if (object.transmit != null) {
                    if (!$util.isObject(object.transmit))
                        throw TypeError(".idstation.v1.Request.transmit: object expected");
                    message.transmit = $root.idstation.v1.Transmit.fromObject(object.transmit, long + 1);
                }
                if (object.readChipFile != null) {
                    if (!$util.isObject(object.readChipFile))
                        throw TypeError(".idstation.v1.Request.readChipFile: object expected");
                    message.readChipFile = $root.idstation.v1.ReadChipFile.fromObject(object.readChipFile, long + 1);
                }
                if (object.personalizeCard != null) {
                    if (!$util.isObject(object.personalizeCard))
                        throw TypeError(".idstation.v1.Request.personalizeCard: object expected");
                    message.personalizeCard = $root.idstation.v1.PersonalizeCard.fromObject(object.personalizeCard, long + 1);
                }
                if (object.getJob != null) {
                    if (!$util.isObject(object.getJob))
                        throw TypeError(".idstation.v1.Request.getJob: object expected");
                    message.getJob = $root.idstation.v1.GetJob.fromObject(object.getJob, long + 1);
                }
                if (object.listJobs != null) {
                    if (!$util.isObject(object.listJobs))
                        throw TypeError(".idstation.v1.Request.listJobs: object expected");
                    message.listJobs = $root.idstation.v1.ListJobs.fromObject(object.listJobs, long + 1);
                }
                if (object.cancelJob != null) {
                    if (!$util.isObject(object.cancelJob))
                        throw TypeError(".idstation.v1.Request.cancelJob: object expected");
                    message.cancelJob = $root.idstation.v1.CancelJob.fromObject(object.cancelJob, long + 1);
                }
                if (object.answerPrompt != null) {
                    if (!$util.isObject(object.answerPrompt))
                        throw TypeError(".idstation.v1.Request.answerPrompt: object expected");
                    message.answerPrompt = $root.idstation.v1.AnswerPrompt.fromObject(object.answerPrompt, long + 1);
                }
                if (object.resolveJob != null) {
                    if (!$util.isObject(object.resolveJob))
                        throw TypeError(".idstation.v1.Request.resolveJob: object expected");
                    message.resolveJob = $root.idstation.v1.ResolveJob.fromObject(object.resolveJob, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Request
             * @static
             * @param {idstation.v1.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.apiLevel = 0;
                    object.requestId = "";
                    object.idempotencyKey = "";
                    object.deadlineMs = 0;
                }
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    object.apiLevel = message.apiLevel;
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.idempotencyKey != null && Object.hasOwnProperty.call(message, "idempotencyKey"))
                    object.idempotencyKey = message.idempotencyKey;
                if (message.deadlineMs != null && Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.idstation.v1.Hello.toObject(message.hello, options, q + 1);
                    if (options.oneofs)
                        object.command = "hello";
                }
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.idstation.v1.Ping.toObject(message.ping, options, q + 1);
                    if (options.oneofs)
                        object.command = "ping";
                }
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices")) {
                    object.listDevices = $root.idstation.v1.ListDevices.toObject(message.listDevices, options, q + 1);
                    if (options.oneofs)
                        object.command = "listDevices";
                }
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice")) {
                    object.getDevice = $root.idstation.v1.GetDevice.toObject(message.getDevice, options, q + 1);
                    if (options.oneofs)
                        object.command = "getDevice";
                }
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice")) {
                    object.claimDevice = $root.idstation.v1.ClaimDevice.toObject(message.claimDevice, options, q + 1);
                    if (options.oneofs)
                        object.command = "claimDevice";
                }
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice")) {
                    object.releaseDevice = $root.idstation.v1.ReleaseDevice.toObject(message.releaseDevice, options, q + 1);
                    if (options.oneofs)
                        object.command = "releaseDevice";
                }
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot")) {
                    object.getSnapshot = $root.idstation.v1.GetSnapshot.toObject(message.getSnapshot, options, q + 1);
                    if (options.oneofs)
                        object.command = "getSnapshot";
                }
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest")) {
                    object.cancelRequest = $root.idstation.v1.CancelRequest.toObject(message.cancelRequest, options, q + 1);
                    if (options.oneofs)
                        object.command = "cancelRequest";
                }
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus")) {
                    object.getStatus = $root.idstation.v1.GetStatus.toObject(message.getStatus, options, q + 1);
                    if (options.oneofs)
                        object.command = "getStatus";
                }
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo")) {
                    object.getCardInfo = $root.idstation.v1.GetCardInfo.toObject(message.getCardInfo, options, q + 1);
                    if (options.oneofs)
                        object.command = "getCardInfo";
                }
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit")) {
                    object.transmit = $root.idstation.v1.Transmit.toObject(message.transmit, options, q + 1);
                    if (options.oneofs)
                        object.command = "transmit";
                }
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile")) {
                    object.readChipFile = $root.idstation.v1.ReadChipFile.toObject(message.readChipFile, options, q + 1);
                    if (options.oneofs)
                        object.command = "readChipFile";
                }
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard")) {
                    object.personalizeCard = $root.idstation.v1.PersonalizeCard.toObject(message.personalizeCard, options, q + 1);
                    if (options.oneofs)
                        object.command = "personalizeCard";
                }
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob")) {
                    object.getJob = $root.idstation.v1.GetJob.toObject(message.getJob, options, q + 1);
                    if (options.oneofs)
                        object.command = "getJob";
                }
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs")) {
                    object.listJobs = $root.idstation.v1.ListJobs.toObject(message.listJobs, options, q + 1);
                    if (options.oneofs)
                        object.command = "listJobs";
                }
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob")) {
                    object.cancelJob = $root.idstation.v1.CancelJob.toObject(message.cancelJob, options, q + 1);
                    if (options.oneofs)
                        object.command = "cancelJob";
                }
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt")) {
                    object.answerPrompt = $root.idstation.v1.AnswerPrompt.toObject(message.answerPrompt, options, q + 1);
                    if (options.oneofs)
                        object.command = "answerPrompt";
                }
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob")) {
                    object.resolveJob = $root.idstation.v1.ResolveJob.toObject(message.resolveJob, options, q + 1);
                    if (options.oneofs)
                        object.command = "resolveJob";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof idstation.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @memberof idstation.v1
             * @interface IReply
             * @property {string|null} [requestId] Reply requestId
             * @property {idstation.v1.IError|null} [error] Reply error
             * @property {idstation.v1.IHelloResult|null} [hello] Reply hello
             * @property {idstation.v1.IPingResult|null} [ping] Reply ping
             * @property {idstation.v1.IListDevicesResult|null} [listDevices] Reply listDevices
             * @property {idstation.v1.IGetDeviceResult|null} [getDevice] Reply getDevice
             * @property {idstation.v1.IClaimDeviceResult|null} [claimDevice] Reply claimDevice
             * @property {idstation.v1.IReleaseDeviceResult|null} [releaseDevice] Reply releaseDevice
             * @property {idstation.v1.IGetSnapshotResult|null} [getSnapshot] Reply getSnapshot
             * @property {idstation.v1.ICancelRequestResult|null} [cancelRequest] Reply cancelRequest
             * @property {idstation.v1.IGetStatusResult|null} [getStatus] Reply getStatus
             * @property {idstation.v1.IGetCardInfoResult|null} [getCardInfo] Reply getCardInfo
             * @property {idstation.v1.ITransmitResult|null} [transmit] Reply transmit
             * @property {idstation.v1.IReadChipFileResult|null} [readChipFile] Reply readChipFile
             * @property {idstation.v1.IPersonalizeCardResult|null} [personalizeCard] Reply personalizeCard
             * @property {idstation.v1.IGetJobResult|null} [getJob] Reply getJob
             * @property {idstation.v1.IListJobsResult|null} [listJobs] Reply listJobs
             * @property {idstation.v1.ICancelJobResult|null} [cancelJob] Reply cancelJob
             * @property {idstation.v1.IAnswerPromptResult|null} [answerPrompt] Reply answerPrompt
             * @property {idstation.v1.IResolveJobResult|null} [resolveJob] Reply resolveJob
             */

            /**
             * Constructs a new Reply.
             * @memberof idstation.v1
             * @classdesc Represents a Reply.
             * @implements IReply
             * @constructor
             * @param {idstation.v1.IReply=} [properties] Properties to set
             */
            function Reply(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Reply requestId.
             * @member {string} requestId
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.requestId = "";

            /**
             * Reply error.
             * @member {idstation.v1.IError|null|undefined} error
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.error = null;

            /**
             * Reply hello.
             * @member {idstation.v1.IHelloResult|null|undefined} hello
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.hello = null;

            /**
             * Reply ping.
             * @member {idstation.v1.IPingResult|null|undefined} ping
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.ping = null;

            /**
             * Reply listDevices.
             * @member {idstation.v1.IListDevicesResult|null|undefined} listDevices
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.listDevices = null;

            /**
             * Reply getDevice.
             * @member {idstation.v1.IGetDeviceResult|null|undefined} getDevice
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.getDevice = null;

            /**
             * Reply claimDevice.
             * @member {idstation.v1.IClaimDeviceResult|null|undefined} claimDevice
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.claimDevice = null;

            /**
             * Reply releaseDevice.
             * @member {idstation.v1.IReleaseDeviceResult|null|undefined} releaseDevice
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.releaseDevice = null;

            /**
             * Reply getSnapshot.
             * @member {idstation.v1.IGetSnapshotResult|null|undefined} getSnapshot
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.getSnapshot = null;

            /**
             * Reply cancelRequest.
             * @member {idstation.v1.ICancelRequestResult|null|undefined} cancelRequest
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.cancelRequest = null;

            /**
             * Reply getStatus.
             * @member {idstation.v1.IGetStatusResult|null|undefined} getStatus
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.getStatus = null;

            /**
             * Reply getCardInfo.
             * @member {idstation.v1.IGetCardInfoResult|null|undefined} getCardInfo
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.getCardInfo = null;

            /**
             * Reply transmit.
             * @member {idstation.v1.ITransmitResult|null|undefined} transmit
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.transmit = null;

            /**
             * Reply readChipFile.
             * @member {idstation.v1.IReadChipFileResult|null|undefined} readChipFile
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.readChipFile = null;

            /**
             * Reply personalizeCard.
             * @member {idstation.v1.IPersonalizeCardResult|null|undefined} personalizeCard
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.personalizeCard = null;

            /**
             * Reply getJob.
             * @member {idstation.v1.IGetJobResult|null|undefined} getJob
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.getJob = null;

            /**
             * Reply listJobs.
             * @member {idstation.v1.IListJobsResult|null|undefined} listJobs
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.listJobs = null;

            /**
             * Reply cancelJob.
             * @member {idstation.v1.ICancelJobResult|null|undefined} cancelJob
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.cancelJob = null;

            /**
             * Reply answerPrompt.
             * @member {idstation.v1.IAnswerPromptResult|null|undefined} answerPrompt
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.answerPrompt = null;

            /**
             * Reply resolveJob.
             * @member {idstation.v1.IResolveJobResult|null|undefined} resolveJob
             * @memberof idstation.v1.Reply
             * @instance
             */
            Reply.prototype.resolveJob = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Reply result.
             * @member {"error"|"hello"|"ping"|"listDevices"|"getDevice"|"claimDevice"|"releaseDevice"|"getSnapshot"|"cancelRequest"|"getStatus"|"getCardInfo"|"transmit"|"readChipFile"|"personalizeCard"|"getJob"|"listJobs"|"cancelJob"|"answerPrompt"|"resolveJob"|undefined} result
             * @memberof idstation.v1.Reply
             * @instance
             */
            Object.defineProperty(Reply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["error", "hello", "ping", "listDevices", "getDevice", "claimDevice", "releaseDevice", "getSnapshot", "cancelRequest", "getStatus", "getCardInfo", "transmit", "readChipFile", "personalizeCard", "getJob", "listJobs", "cancelJob", "answerPrompt", "resolveJob"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Reply
             * @static
             * @param {idstation.v1.IReply=} [properties] Properties to set
             * @returns {idstation.v1.Reply} Reply instance
             */
            Reply.create = function create(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link idstation.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Reply
             * @static
             * @param {idstation.v1.IReply} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    $root.idstation.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                    $root.idstation.v1.HelloResult.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping"))
                    $root.idstation.v1.PingResult.encode(message.ping, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices"))
                    $root.idstation.v1.ListDevicesResult.encode(message.listDevices, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice"))
                    $root.idstation.v1.GetDeviceResult.encode(message.getDevice, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice"))
                    $root.idstation.v1.ClaimDeviceResult.encode(message.claimDevice, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice"))
                    $root.idstation.v1.ReleaseDeviceResult.encode(message.releaseDevice, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot"))
                    $root.idstation.v1.GetSnapshotResult.encode(message.getSnapshot, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest"))
                    $root.idstation.v1.CancelRequestResult.encode(message.cancelRequest, writer.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus"))
                    $root.idstation.v1.GetStatusResult.encode(message.getStatus, writer.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo"))
                    $root.idstation.v1.GetCardInfoResult.encode(message.getCardInfo, writer.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit"))
                    $root.idstation.v1.TransmitResult.encode(message.transmit, writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile"))
                    $root.idstation.v1.ReadChipFileResult.encode(message.readChipFile, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard"))
                    $root.idstation.v1.PersonalizeCardResult.encode(message.personalizeCard, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob"))
                    $root.idstation.v1.GetJobResult.encode(message.getJob, writer.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs"))
                    $root.idstation.v1.ListJobsResult.encode(message.listJobs, writer.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob"))
                    $root.idstation.v1.CancelJobResult.encode(message.cancelJob, writer.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt"))
                    $root.idstation.v1.AnswerPromptResult.encode(message.answerPrompt, writer.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob"))
                    $root.idstation.v1.ResolveJobResult.encode(message.resolveJob, writer.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Reply} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Reply();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.string();
                            break;
                        }
                    case 2: {
                            message.error = $root.idstation.v1.Error.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.hello = $root.idstation.v1.HelloResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.ping = $root.idstation.v1.PingResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.listDevices = $root.idstation.v1.ListDevicesResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.getDevice = $root.idstation.v1.GetDeviceResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.claimDevice = $root.idstation.v1.ClaimDeviceResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.releaseDevice = $root.idstation.v1.ReleaseDeviceResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.getSnapshot = $root.idstation.v1.GetSnapshotResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.cancelRequest = $root.idstation.v1.CancelRequestResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 18: {
                            message.getStatus = $root.idstation.v1.GetStatusResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 19: {
                            message.getCardInfo = $root.idstation.v1.GetCardInfoResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 20: {
                            message.transmit = $root.idstation.v1.TransmitResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 21: {
                            message.readChipFile = $root.idstation.v1.ReadChipFileResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.personalizeCard = $root.idstation.v1.PersonalizeCardResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 23: {
                            message.getJob = $root.idstation.v1.GetJobResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 24: {
                            message.listJobs = $root.idstation.v1.ListJobsResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 25: {
                            message.cancelJob = $root.idstation.v1.CancelJobResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 26: {
                            message.answerPrompt = $root.idstation.v1.AnswerPromptResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 27: {
                            message.resolveJob = $root.idstation.v1.ResolveJobResult.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof idstation.v1.Reply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var properties = {};
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.Error.verify(message.error, long + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.HelloResult.verify(message.hello, long + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.PingResult.verify(message.ping, long + 1);
                        if (error)
                            return "ping." + error;
                    }
                }
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ListDevicesResult.verify(message.listDevices, long + 1);
                        if (error)
                            return "listDevices." + error;
                    }
                }
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.GetDeviceResult.verify(message.getDevice, long + 1);
                        if (error)
                            return "getDevice." + error;
                    }
                }
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ClaimDeviceResult.verify(message.claimDevice, long + 1);
                        if (error)
                            return "claimDevice." + error;
                    }
                }
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ReleaseDeviceResult.verify(message.releaseDevice, long + 1);
                        if (error)
                            return "releaseDevice." + error;
                    }
                }
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.GetSnapshotResult.verify(message.getSnapshot, long + 1);
                        if (error)
                            return "getSnapshot." + error;
                    }
                }
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.CancelRequestResult.verify(message.cancelRequest, long + 1);
                        if (error)
                            return "cancelRequest." + error;
                    }
                }
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.GetStatusResult.verify(message.getStatus, long + 1);
                        if (error)
                            return "getStatus." + error;
                    }
                }
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.GetCardInfoResult.verify(message.getCardInfo, long + 1);
                        if (error)
                            return "getCardInfo." + error;
                    }
                }
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.TransmitResult.verify(message.transmit, long + 1);
                        if (error)
                            return "transmit." + error;
                    }
                }
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ReadChipFileResult.verify(message.readChipFile, long + 1);
                        if (error)
                            return "readChipFile." + error;
                    }
                }
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.PersonalizeCardResult.verify(message.personalizeCard, long + 1);
                        if (error)
                            return "personalizeCard." + error;
                    }
                }
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.GetJobResult.verify(message.getJob, long + 1);
                        if (error)
                            return "getJob." + error;
                    }
                }
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ListJobsResult.verify(message.listJobs, long + 1);
                        if (error)
                            return "listJobs." + error;
                    }
                }
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.CancelJobResult.verify(message.cancelJob, long + 1);
                        if (error)
                            return "cancelJob." + error;
                    }
                }
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.AnswerPromptResult.verify(message.answerPrompt, long + 1);
                        if (error)
                            return "answerPrompt." + error;
                    }
                }
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        var error = $root.idstation.v1.ResolveJobResult.verify(message.resolveJob, long + 1);
                        if (error)
                            return "resolveJob." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Reply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Reply} Reply
             */
            Reply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Reply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Reply();
                if (object.requestId != null)
                    message.requestId = String(object.requestId);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw TypeError(".idstation.v1.Reply.error: object expected");
                    message.error = $root.idstation.v1.Error.fromObject(object.error, long + 1);
                }
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw TypeError(".idstation.v1.Reply.hello: object expected");
                    message.hello = $root.idstation.v1.HelloResult.fromObject(object.hello, long + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw TypeError(".idstation.v1.Reply.ping: object expected");
                    message.ping = $root.idstation.v1.PingResult.fromObject(object.ping, long + 1);
                }
                if (object.listDevices != null) {
                    if (!$util.isObject(object.listDevices))
                        throw TypeError(".idstation.v1.Reply.listDevices: object expected");
                    message.listDevices = $root.idstation.v1.ListDevicesResult.fromObject(object.listDevices, long + 1);
                }
                if (object.getDevice != null) {
                    if (!$util.isObject(object.getDevice))
                        throw TypeError(".idstation.v1.Reply.getDevice: object expected");
                    message.getDevice = $root.idstation.v1.GetDeviceResult.fromObject(object.getDevice, long + 1);
                }
                if (object.claimDevice != null) {
                    if (!$util.isObject(object.claimDevice))
                        throw TypeError(".idstation.v1.Reply.claimDevice: object expected");
                    message.claimDevice = $root.idstation.v1.ClaimDeviceResult.fromObject(object.claimDevice, long + 1);
                }
                if (object.releaseDevice != null) {
                    if (!$util.isObject(object.releaseDevice))
                        throw TypeError(".idstation.v1.Reply.releaseDevice: object expected");
                    message.releaseDevice = $root.idstation.v1.ReleaseDeviceResult.fromObject(object.releaseDevice, long + 1);
                }
                if (object.getSnapshot != null) {
                    if (!$util.isObject(object.getSnapshot))
                        throw TypeError(".idstation.v1.Reply.getSnapshot: object expected");
                    message.getSnapshot = $root.idstation.v1.GetSnapshotResult.fromObject(object.getSnapshot, long + 1);
                }
                if (object.cancelRequest != null) {
                    if (!$util.isObject(object.cancelRequest))
                        throw TypeError(".idstation.v1.Reply.cancelRequest: object expected");
                    message.cancelRequest = $root.idstation.v1.CancelRequestResult.fromObject(object.cancelRequest, long + 1);
                }
                if (object.getStatus != null) {
                    if (!$util.isObject(object.getStatus))
                        throw TypeError(".idstation.v1.Reply.getStatus: object expected");
                    message.getStatus = $root.idstation.v1.GetStatusResult.fromObject(object.getStatus, long + 1);
                }
                if (object.getCardInfo != null) {
                    if (!$util.isObject(object.getCardInfo))
                        throw TypeError(".idstation.v1.Reply.getCardInfo: object expected");
                    message.getCardInfo = $root.idstation.v1.GetCardInfoResult.fromObject(object.getCardInfo, long + 1);
                }
                if (object.transmit != null) {
                    if (!$util.isObject(object.transmit))
                        throw TypeError(".idstation.v1.Reply.transmit: object expected");
                    message.transmit = $root.idstation.v1.TransmitResult.fromObject(object.transmit, long + 1);
                }
                if (object.readChipFile != null) {
                    if (!$util.isObject(object.readChipFile))
                        throw TypeError(".idstation.v1.Reply.readChipFile: object expected");
                    message.readChipFile = $root.idstation.v1.ReadChipFileResult.fromObject(object.readChipFile, long + 1);
                }
                if (object.personalizeCard != null) {
                    if (!$util.isObject(object.personalizeCard))
                        throw TypeError(".idstation.v1.Reply.personalizeCard: object expected");
                    message.personalizeCard = $root.idstation.v1.PersonalizeCardResult.fromObject(object.personalizeCard, long + 1);
                }
                if (object.getJob != null) {
                    if (!$util.isObject(object.getJob))
                        throw TypeError(".idstation.v1.Reply.getJob: object expected");
                    message.getJob = $root.idstation.v1.GetJobResult.fromObject(object.getJob, long + 1);
                }
                if (object.listJobs != null) {
                    if (!$util.isObject(object.listJobs))
                        throw TypeError(".idstation.v1.Reply.listJobs: object expected");
                    message.listJobs = $root.idstation.v1.ListJobsResult.fromObject(object.listJobs, long + 1);
                }
                if (object.cancelJob != null) {
                    if (!$util.isObject(object.cancelJob))
                        throw TypeError(".idstation.v1.Reply.cancelJob: object expected");
                    message.cancelJob = $root.idstation.v1.CancelJobResult.fromObject(object.cancelJob, long + 1);
                }
                if (object.answerPrompt != null) {
                    if (!$util.isObject(object.answerPrompt))
                        throw TypeError(".idstation.v1.Reply.answerPrompt: object expected");
                    message.answerPrompt = $root.idstation.v1.AnswerPromptResult.fromObject(object.answerPrompt, long + 1);
                }
                if (object.resolveJob != null) {
                    if (!$util.isObject(object.resolveJob))
                        throw TypeError(".idstation.v1.Reply.resolveJob: object expected");
                    message.resolveJob = $root.idstation.v1.ResolveJobResult.fromObject(object.resolveJob, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Reply
             * @static
             * @param {idstation.v1.Reply} message Reply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.idstation.v1.Error.toObject(message.error, options, q + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.idstation.v1.HelloResult.toObject(message.hello, options, q + 1);
                    if (options.oneofs)
                        object.result = "hello";
                }
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.idstation.v1.PingResult.toObject(message.ping, options, q + 1);
                    if (options.oneofs)
                        object.result = "ping";
                }
                if (message.listDevices != null && Object.hasOwnProperty.call(message, "listDevices")) {
                    object.listDevices = $root.idstation.v1.ListDevicesResult.toObject(message.listDevices, options, q + 1);
                    if (options.oneofs)
                        object.result = "listDevices";
                }
                if (message.getDevice != null && Object.hasOwnProperty.call(message, "getDevice")) {
                    object.getDevice = $root.idstation.v1.GetDeviceResult.toObject(message.getDevice, options, q + 1);
                    if (options.oneofs)
                        object.result = "getDevice";
                }
                if (message.claimDevice != null && Object.hasOwnProperty.call(message, "claimDevice")) {
                    object.claimDevice = $root.idstation.v1.ClaimDeviceResult.toObject(message.claimDevice, options, q + 1);
                    if (options.oneofs)
                        object.result = "claimDevice";
                }
                if (message.releaseDevice != null && Object.hasOwnProperty.call(message, "releaseDevice")) {
                    object.releaseDevice = $root.idstation.v1.ReleaseDeviceResult.toObject(message.releaseDevice, options, q + 1);
                    if (options.oneofs)
                        object.result = "releaseDevice";
                }
                if (message.getSnapshot != null && Object.hasOwnProperty.call(message, "getSnapshot")) {
                    object.getSnapshot = $root.idstation.v1.GetSnapshotResult.toObject(message.getSnapshot, options, q + 1);
                    if (options.oneofs)
                        object.result = "getSnapshot";
                }
                if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest")) {
                    object.cancelRequest = $root.idstation.v1.CancelRequestResult.toObject(message.cancelRequest, options, q + 1);
                    if (options.oneofs)
                        object.result = "cancelRequest";
                }
                if (message.getStatus != null && Object.hasOwnProperty.call(message, "getStatus")) {
                    object.getStatus = $root.idstation.v1.GetStatusResult.toObject(message.getStatus, options, q + 1);
                    if (options.oneofs)
                        object.result = "getStatus";
                }
                if (message.getCardInfo != null && Object.hasOwnProperty.call(message, "getCardInfo")) {
                    object.getCardInfo = $root.idstation.v1.GetCardInfoResult.toObject(message.getCardInfo, options, q + 1);
                    if (options.oneofs)
                        object.result = "getCardInfo";
                }
                if (message.transmit != null && Object.hasOwnProperty.call(message, "transmit")) {
                    object.transmit = $root.idstation.v1.TransmitResult.toObject(message.transmit, options, q + 1);
                    if (options.oneofs)
                        object.result = "transmit";
                }
                if (message.readChipFile != null && Object.hasOwnProperty.call(message, "readChipFile")) {
                    object.readChipFile = $root.idstation.v1.ReadChipFileResult.toObject(message.readChipFile, options, q + 1);
                    if (options.oneofs)
                        object.result = "readChipFile";
                }
                if (message.personalizeCard != null && Object.hasOwnProperty.call(message, "personalizeCard")) {
                    object.personalizeCard = $root.idstation.v1.PersonalizeCardResult.toObject(message.personalizeCard, options, q + 1);
                    if (options.oneofs)
                        object.result = "personalizeCard";
                }
                if (message.getJob != null && Object.hasOwnProperty.call(message, "getJob")) {
                    object.getJob = $root.idstation.v1.GetJobResult.toObject(message.getJob, options, q + 1);
                    if (options.oneofs)
                        object.result = "getJob";
                }
                if (message.listJobs != null && Object.hasOwnProperty.call(message, "listJobs")) {
                    object.listJobs = $root.idstation.v1.ListJobsResult.toObject(message.listJobs, options, q + 1);
                    if (options.oneofs)
                        object.result = "listJobs";
                }
                if (message.cancelJob != null && Object.hasOwnProperty.call(message, "cancelJob")) {
                    object.cancelJob = $root.idstation.v1.CancelJobResult.toObject(message.cancelJob, options, q + 1);
                    if (options.oneofs)
                        object.result = "cancelJob";
                }
                if (message.answerPrompt != null && Object.hasOwnProperty.call(message, "answerPrompt")) {
                    object.answerPrompt = $root.idstation.v1.AnswerPromptResult.toObject(message.answerPrompt, options, q + 1);
                    if (options.oneofs)
                        object.result = "answerPrompt";
                }
                if (message.resolveJob != null && Object.hasOwnProperty.call(message, "resolveJob")) {
                    object.resolveJob = $root.idstation.v1.ResolveJobResult.toObject(message.resolveJob, options, q + 1);
                    if (options.oneofs)
                        object.result = "resolveJob";
                }
                return object;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof idstation.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reply;
        })();

        /**
         * Role enum.
         * @name idstation.v1.Role
         * @enum {number}
         * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
         * @property {number} OPERATOR=1 OPERATOR value
         * @property {number} TECHNICIAN=2 TECHNICIAN value
         */
        v1.Role = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OPERATOR"] = 1;
            values[valuesById[2] = "TECHNICIAN"] = 2;
            return values;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @memberof idstation.v1
             * @interface IHello
             * @property {Array.<number>|null} [apiLevels] Hello apiLevels
             * @property {Uint8Array|null} [clientPublicKey] Hello clientPublicKey
             * @property {Uint8Array|null} [proof] Hello proof
             * @property {string|null} [clientName] Hello clientName
             */

            /**
             * Constructs a new Hello.
             * @memberof idstation.v1
             * @classdesc Represents a Hello.
             * @implements IHello
             * @constructor
             * @param {idstation.v1.IHello=} [properties] Properties to set
             */
            function Hello(properties) {
                this.apiLevels = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Hello apiLevels.
             * @member {Array.<number>} apiLevels
             * @memberof idstation.v1.Hello
             * @instance
             */
            Hello.prototype.apiLevels = $util.emptyArray;

            /**
             * Hello clientPublicKey.
             * @member {Uint8Array} clientPublicKey
             * @memberof idstation.v1.Hello
             * @instance
             */
            Hello.prototype.clientPublicKey = $util.newBuffer([]);

            /**
             * Hello proof.
             * @member {Uint8Array} proof
             * @memberof idstation.v1.Hello
             * @instance
             */
            Hello.prototype.proof = $util.newBuffer([]);

            /**
             * Hello clientName.
             * @member {string} clientName
             * @memberof idstation.v1.Hello
             * @instance
             */
            Hello.prototype.clientName = "";

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Hello
             * @static
             * @param {idstation.v1.IHello=} [properties] Properties to set
             * @returns {idstation.v1.Hello} Hello instance
             */
            Hello.create = function create(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link idstation.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Hello
             * @static
             * @param {idstation.v1.IHello} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.apiLevels != null && message.apiLevels.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (var i = 0; i < message.apiLevels.length; ++i)
                        writer.uint32(message.apiLevels[i]);
                    writer.ldelim();
                }
                if (message.clientPublicKey != null && Object.hasOwnProperty.call(message, "clientPublicKey"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.clientPublicKey);
                if (message.proof != null && Object.hasOwnProperty.call(message, "proof"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.proof);
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientName);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Hello} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Hello();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.apiLevels && message.apiLevels.length))
                                message.apiLevels = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.apiLevels.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.apiLevels.push(reader.uint32());
                            break;
                        }
                    case 2: {
                            message.clientPublicKey = reader.bytes();
                            break;
                        }
                    case 3: {
                            message.proof = reader.bytes();
                            break;
                        }
                    case 4: {
                            message.clientName = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof idstation.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.apiLevels != null && Object.hasOwnProperty.call(message, "apiLevels")) {
                    if (!Array.isArray(message.apiLevels))
                        return "apiLevels: array expected";
                    for (var i = 0; i < message.apiLevels.length; ++i)
                        if (!$util.isInteger(message.apiLevels[i]))
                            return "apiLevels: integer[] expected";
                }
                if (message.clientPublicKey != null && Object.hasOwnProperty.call(message, "clientPublicKey"))
                    if (!(message.clientPublicKey && typeof message.clientPublicKey.length === "number" || $util.isString(message.clientPublicKey)))
                        return "clientPublicKey: buffer expected";
                if (message.proof != null && Object.hasOwnProperty.call(message, "proof"))
                    if (!(message.proof && typeof message.proof.length === "number" || $util.isString(message.proof)))
                        return "proof: buffer expected";
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    if (!$util.isString(message.clientName))
                        return "clientName: string expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Hello} Hello
             */
            Hello.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Hello: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Hello();
                if (object.apiLevels) {
                    if (!Array.isArray(object.apiLevels))
                        throw TypeError(".idstation.v1.Hello.apiLevels: array expected");
                    message.apiLevels = [];
                    for (var i = 0; i < object.apiLevels.length; ++i)
                        message.apiLevels[i] = object.apiLevels[i] >>> 0;
                }
                if (object.clientPublicKey != null)
                    if (typeof object.clientPublicKey === "string")
                        $util.base64.decode(object.clientPublicKey, message.clientPublicKey = $util.newBuffer($util.base64.length(object.clientPublicKey)), 0);
                    else if (object.clientPublicKey.length >= 0)
                        message.clientPublicKey = object.clientPublicKey;
                if (object.proof != null)
                    if (typeof object.proof === "string")
                        $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                    else if (object.proof.length >= 0)
                        message.proof = object.proof;
                if (object.clientName != null)
                    message.clientName = String(object.clientName);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Hello
             * @static
             * @param {idstation.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.apiLevels = [];
                if (options.defaults) {
                    if (options.bytes === String)
                        object.clientPublicKey = "";
                    else {
                        object.clientPublicKey = [];
                        if (options.bytes !== Array)
                            object.clientPublicKey = $util.newBuffer(object.clientPublicKey);
                    }
                    if (options.bytes === String)
                        object.proof = "";
                    else {
                        object.proof = [];
                        if (options.bytes !== Array)
                            object.proof = $util.newBuffer(object.proof);
                    }
                    object.clientName = "";
                }
                if (message.apiLevels && message.apiLevels.length) {
                    object.apiLevels = [];
                    for (var j = 0; j < message.apiLevels.length; ++j)
                        object.apiLevels[j] = message.apiLevels[j];
                }
                if (message.clientPublicKey != null && Object.hasOwnProperty.call(message, "clientPublicKey"))
                    object.clientPublicKey = options.bytes === String ? $util.base64.encode(message.clientPublicKey, 0, message.clientPublicKey.length) : options.bytes === Array ? Array.prototype.slice.call(message.clientPublicKey) : message.clientPublicKey;
                if (message.proof != null && Object.hasOwnProperty.call(message, "proof"))
                    object.proof = options.bytes === String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === Array ? Array.prototype.slice.call(message.proof) : message.proof;
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof idstation.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        v1.HelloResult = (function() {

            /**
             * Properties of a HelloResult.
             * @memberof idstation.v1
             * @interface IHelloResult
             * @property {number|null} [apiLevel] HelloResult apiLevel
             * @property {string|null} [agentVersion] HelloResult agentVersion
             * @property {Array.<number>|null} [apiLevelsSupported] HelloResult apiLevelsSupported
             * @property {Array.<string>|null} [capabilities] HelloResult capabilities
             * @property {string|null} [clientKeyName] HelloResult clientKeyName
             * @property {idstation.v1.Role|null} [role] HelloResult role
             * @property {number|null} [heartbeatIntervalMs] HelloResult heartbeatIntervalMs
             * @property {number|null} [heartbeatTimeoutMs] HelloResult heartbeatTimeoutMs
             * @property {number|null} [maxRequestBytes] HelloResult maxRequestBytes
             * @property {string|null} [epoch] HelloResult epoch
             */

            /**
             * Constructs a new HelloResult.
             * @memberof idstation.v1
             * @classdesc Represents a HelloResult.
             * @implements IHelloResult
             * @constructor
             * @param {idstation.v1.IHelloResult=} [properties] Properties to set
             */
            function HelloResult(properties) {
                this.apiLevelsSupported = [];
                this.capabilities = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * HelloResult apiLevel.
             * @member {number} apiLevel
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.apiLevel = 0;

            /**
             * HelloResult agentVersion.
             * @member {string} agentVersion
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.agentVersion = "";

            /**
             * HelloResult apiLevelsSupported.
             * @member {Array.<number>} apiLevelsSupported
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.apiLevelsSupported = $util.emptyArray;

            /**
             * HelloResult capabilities.
             * @member {Array.<string>} capabilities
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.capabilities = $util.emptyArray;

            /**
             * HelloResult clientKeyName.
             * @member {string} clientKeyName
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.clientKeyName = "";

            /**
             * HelloResult role.
             * @member {idstation.v1.Role} role
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.role = 0;

            /**
             * HelloResult heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.heartbeatIntervalMs = 0;

            /**
             * HelloResult heartbeatTimeoutMs.
             * @member {number} heartbeatTimeoutMs
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.heartbeatTimeoutMs = 0;

            /**
             * HelloResult maxRequestBytes.
             * @member {number} maxRequestBytes
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.maxRequestBytes = 0;

            /**
             * HelloResult epoch.
             * @member {string} epoch
             * @memberof idstation.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.epoch = "";

            /**
             * Creates a new HelloResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {idstation.v1.IHelloResult=} [properties] Properties to set
             * @returns {idstation.v1.HelloResult} HelloResult instance
             */
            HelloResult.create = function create(properties) {
                return new HelloResult(properties);
            };

            /**
             * Encodes the specified HelloResult message. Does not implicitly {@link idstation.v1.HelloResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {idstation.v1.IHelloResult} message HelloResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.apiLevel);
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agentVersion);
                if (message.apiLevelsSupported != null && message.apiLevelsSupported.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (var i = 0; i < message.apiLevelsSupported.length; ++i)
                        writer.uint32(message.apiLevelsSupported[i]);
                    writer.ldelim();
                }
                if (message.capabilities != null && message.capabilities.length)
                    for (var i = 0; i < message.capabilities.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.capabilities[i]);
                if (message.clientKeyName != null && Object.hasOwnProperty.call(message, "clientKeyName"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientKeyName);
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.role);
                if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.heartbeatIntervalMs);
                if (message.heartbeatTimeoutMs != null && Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.heartbeatTimeoutMs);
                if (message.maxRequestBytes != null && Object.hasOwnProperty.call(message, "maxRequestBytes"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxRequestBytes);
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.epoch);
                return writer;
            };

            /**
             * Decodes a HelloResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.HelloResult} HelloResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.HelloResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.apiLevel = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.agentVersion = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.apiLevelsSupported && message.apiLevelsSupported.length))
                                message.apiLevelsSupported = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.apiLevelsSupported.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.apiLevelsSupported.push(reader.uint32());
                            break;
                        }
                    case 4: {
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push(reader.string());
                            break;
                        }
                    case 5: {
                            message.clientKeyName = reader.string();
                            break;
                        }
                    case 6: {
                            message.role = reader.int32();
                            break;
                        }
                    case 7: {
                            message.heartbeatIntervalMs = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.heartbeatTimeoutMs = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.maxRequestBytes = reader.uint32();
                            break;
                        }
                    case 10: {
                            message.epoch = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a HelloResult message.
             * @function verify
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    if (!$util.isInteger(message.apiLevel))
                        return "apiLevel: integer expected";
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.apiLevelsSupported != null && Object.hasOwnProperty.call(message, "apiLevelsSupported")) {
                    if (!Array.isArray(message.apiLevelsSupported))
                        return "apiLevelsSupported: array expected";
                    for (var i = 0; i < message.apiLevelsSupported.length; ++i)
                        if (!$util.isInteger(message.apiLevelsSupported[i]))
                            return "apiLevelsSupported: integer[] expected";
                }
                if (message.capabilities != null && Object.hasOwnProperty.call(message, "capabilities")) {
                    if (!Array.isArray(message.capabilities))
                        return "capabilities: array expected";
                    for (var i = 0; i < message.capabilities.length; ++i)
                        if (!$util.isString(message.capabilities[i]))
                            return "capabilities: string[] expected";
                }
                if (message.clientKeyName != null && Object.hasOwnProperty.call(message, "clientKeyName"))
                    if (!$util.isString(message.clientKeyName))
                        return "clientKeyName: string expected";
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    switch (message.role) {
                    default:
                        return "role: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                if (message.heartbeatTimeoutMs != null && Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    if (!$util.isInteger(message.heartbeatTimeoutMs))
                        return "heartbeatTimeoutMs: integer expected";
                if (message.maxRequestBytes != null && Object.hasOwnProperty.call(message, "maxRequestBytes"))
                    if (!$util.isInteger(message.maxRequestBytes))
                        return "maxRequestBytes: integer expected";
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                return null;
            };

            /**
             * Creates a HelloResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.HelloResult} HelloResult
             */
            HelloResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.HelloResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.HelloResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.HelloResult();
                if (object.apiLevel != null)
                    message.apiLevel = object.apiLevel >>> 0;
                if (object.agentVersion != null)
                    message.agentVersion = String(object.agentVersion);
                if (object.apiLevelsSupported) {
                    if (!Array.isArray(object.apiLevelsSupported))
                        throw TypeError(".idstation.v1.HelloResult.apiLevelsSupported: array expected");
                    message.apiLevelsSupported = [];
                    for (var i = 0; i < object.apiLevelsSupported.length; ++i)
                        message.apiLevelsSupported[i] = object.apiLevelsSupported[i] >>> 0;
                }
                if (object.capabilities) {
                    if (!Array.isArray(object.capabilities))
                        throw TypeError(".idstation.v1.HelloResult.capabilities: array expected");
                    message.capabilities = [];
                    for (var i = 0; i < object.capabilities.length; ++i)
                        message.capabilities[i] = String(object.capabilities[i]);
                }
                if (object.clientKeyName != null)
                    message.clientKeyName = String(object.clientKeyName);
                switch (object.role) {
                default:
                    if (typeof object.role === "number") {
                        message.role = object.role;
                        break;
                    }
                    break;
                case "ROLE_UNSPECIFIED":
                case 0:
                    message.role = 0;
                    break;
                case "OPERATOR":
                case 1:
                    message.role = 1;
                    break;
                case "TECHNICIAN":
                case 2:
                    message.role = 2;
                    break;
                }
                if (object.heartbeatIntervalMs != null)
                    message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.heartbeatTimeoutMs != null)
                    message.heartbeatTimeoutMs = object.heartbeatTimeoutMs >>> 0;
                if (object.maxRequestBytes != null)
                    message.maxRequestBytes = object.maxRequestBytes >>> 0;
                if (object.epoch != null)
                    message.epoch = String(object.epoch);
                return message;
            };

            /**
             * Creates a plain object from a HelloResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.HelloResult
             * @static
             * @param {idstation.v1.HelloResult} message HelloResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults) {
                    object.apiLevelsSupported = [];
                    object.capabilities = [];
                }
                if (options.defaults) {
                    object.apiLevel = 0;
                    object.agentVersion = "";
                    object.clientKeyName = "";
                    object.role = options.enums === String ? "ROLE_UNSPECIFIED" : 0;
                    object.heartbeatIntervalMs = 0;
                    object.heartbeatTimeoutMs = 0;
                    object.maxRequestBytes = 0;
                    object.epoch = "";
                }
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    object.apiLevel = message.apiLevel;
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.apiLevelsSupported && message.apiLevelsSupported.length) {
                    object.apiLevelsSupported = [];
                    for (var j = 0; j < message.apiLevelsSupported.length; ++j)
                        object.apiLevelsSupported[j] = message.apiLevelsSupported[j];
                }
                if (message.capabilities && message.capabilities.length) {
                    object.capabilities = [];
                    for (var j = 0; j < message.capabilities.length; ++j)
                        object.capabilities[j] = message.capabilities[j];
                }
                if (message.clientKeyName != null && Object.hasOwnProperty.call(message, "clientKeyName"))
                    object.clientKeyName = message.clientKeyName;
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === String ? $root.idstation.v1.Role[message.role] === undefined ? message.role : $root.idstation.v1.Role[message.role] : message.role;
                if (message.heartbeatIntervalMs != null && Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.heartbeatTimeoutMs != null && Object.hasOwnProperty.call(message, "heartbeatTimeoutMs"))
                    object.heartbeatTimeoutMs = message.heartbeatTimeoutMs;
                if (message.maxRequestBytes != null && Object.hasOwnProperty.call(message, "maxRequestBytes"))
                    object.maxRequestBytes = message.maxRequestBytes;
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                return object;
            };

            /**
             * Converts this HelloResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.HelloResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HelloResult;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @memberof idstation.v1
             * @interface IPing
             * @property {number|null} [echoAttachment] Ping echoAttachment
             */

            /**
             * Constructs a new Ping.
             * @memberof idstation.v1
             * @classdesc Represents a Ping.
             * @implements IPing
             * @constructor
             * @param {idstation.v1.IPing=} [properties] Properties to set
             */
            function Ping(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Ping echoAttachment.
             * @member {number} echoAttachment
             * @memberof idstation.v1.Ping
             * @instance
             */
            Ping.prototype.echoAttachment = 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Ping
             * @static
             * @param {idstation.v1.IPing=} [properties] Properties to set
             * @returns {idstation.v1.Ping} Ping instance
             */
            Ping.create = function create(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link idstation.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Ping
             * @static
             * @param {idstation.v1.IPing} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.echoAttachment);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Ping} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Ping();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.echoAttachment = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof idstation.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    if (!$util.isInteger(message.echoAttachment))
                        return "echoAttachment: integer expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Ping} Ping
             */
            Ping.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Ping: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Ping();
                if (object.echoAttachment != null)
                    message.echoAttachment = object.echoAttachment >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Ping
             * @static
             * @param {idstation.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.echoAttachment = 0;
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    object.echoAttachment = message.echoAttachment;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof idstation.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ping;
        })();

        v1.PingResult = (function() {

            /**
             * Properties of a PingResult.
             * @memberof idstation.v1
             * @interface IPingResult
             * @property {number|null} [agentTimeMs] PingResult agentTimeMs
             * @property {number|null} [echoAttachment] PingResult echoAttachment
             */

            /**
             * Constructs a new PingResult.
             * @memberof idstation.v1
             * @classdesc Represents a PingResult.
             * @implements IPingResult
             * @constructor
             * @param {idstation.v1.IPingResult=} [properties] Properties to set
             */
            function PingResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PingResult agentTimeMs.
             * @member {number} agentTimeMs
             * @memberof idstation.v1.PingResult
             * @instance
             */
            PingResult.prototype.agentTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PingResult echoAttachment.
             * @member {number} echoAttachment
             * @memberof idstation.v1.PingResult
             * @instance
             */
            PingResult.prototype.echoAttachment = 0;

            /**
             * Creates a new PingResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.PingResult
             * @static
             * @param {idstation.v1.IPingResult=} [properties] Properties to set
             * @returns {idstation.v1.PingResult} PingResult instance
             */
            PingResult.create = function create(properties) {
                return new PingResult(properties);
            };

            /**
             * Encodes the specified PingResult message. Does not implicitly {@link idstation.v1.PingResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.PingResult
             * @static
             * @param {idstation.v1.IPingResult} message PingResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.agentTimeMs != null && Object.hasOwnProperty.call(message, "agentTimeMs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.agentTimeMs);
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.echoAttachment);
                return writer;
            };

            /**
             * Decodes a PingResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.PingResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.PingResult} PingResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.PingResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.agentTimeMs = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.echoAttachment = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PingResult message.
             * @function verify
             * @memberof idstation.v1.PingResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PingResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.agentTimeMs != null && Object.hasOwnProperty.call(message, "agentTimeMs"))
                    if (!$util.isInteger(message.agentTimeMs) && !(message.agentTimeMs && $util.isInteger(message.agentTimeMs.low) && $util.isInteger(message.agentTimeMs.high)))
                        return "agentTimeMs: integer|Long expected";
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    if (!$util.isInteger(message.echoAttachment))
                        return "echoAttachment: integer expected";
                return null;
            };

            /**
             * Creates a PingResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.PingResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.PingResult} PingResult
             */
            PingResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.PingResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.PingResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.PingResult();
                if (object.agentTimeMs != null)
                    if ($util.Long)
                        message.agentTimeMs = $util.Long.fromValue(object.agentTimeMs, true);
                    else if (typeof object.agentTimeMs === "string")
                        message.agentTimeMs = parseInt(object.agentTimeMs, 10);
                    else if (typeof object.agentTimeMs === "number")
                        message.agentTimeMs = object.agentTimeMs;
                    else if (typeof object.agentTimeMs === "object")
                        message.agentTimeMs = new $util.LongBits(object.agentTimeMs.low >>> 0, object.agentTimeMs.high >>> 0).toNumber(true);
                if (object.echoAttachment != null)
                    message.echoAttachment = object.echoAttachment >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PingResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.PingResult
             * @static
             * @param {idstation.v1.PingResult} message PingResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.agentTimeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.agentTimeMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.echoAttachment = 0;
                }
                if (message.agentTimeMs != null && Object.hasOwnProperty.call(message, "agentTimeMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.agentTimeMs = typeof message.agentTimeMs === "number" ? BigInt(message.agentTimeMs) : $util.Long.fromBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.agentTimeMs === "number")
                        object.agentTimeMs = options.longs === String ? String(message.agentTimeMs) : message.agentTimeMs;
                    else
                        object.agentTimeMs = options.longs === String ? $util.Long.prototype.toString.call(message.agentTimeMs) : options.longs === Number ? new $util.LongBits(message.agentTimeMs.low >>> 0, message.agentTimeMs.high >>> 0).toNumber(true) : message.agentTimeMs;
                if (message.echoAttachment != null && Object.hasOwnProperty.call(message, "echoAttachment"))
                    object.echoAttachment = message.echoAttachment;
                return object;
            };

            /**
             * Converts this PingResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.PingResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PingResult;
        })();

        v1.CancelRequest = (function() {

            /**
             * Properties of a CancelRequest.
             * @memberof idstation.v1
             * @interface ICancelRequest
             * @property {string|null} [requestId] CancelRequest requestId
             */

            /**
             * Constructs a new CancelRequest.
             * @memberof idstation.v1
             * @classdesc Represents a CancelRequest.
             * @implements ICancelRequest
             * @constructor
             * @param {idstation.v1.ICancelRequest=} [properties] Properties to set
             */
            function CancelRequest(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelRequest requestId.
             * @member {string} requestId
             * @memberof idstation.v1.CancelRequest
             * @instance
             */
            CancelRequest.prototype.requestId = "";

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {idstation.v1.ICancelRequest=} [properties] Properties to set
             * @returns {idstation.v1.CancelRequest} CancelRequest instance
             */
            CancelRequest.create = function create(properties) {
                return new CancelRequest(properties);
            };

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link idstation.v1.CancelRequest.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {idstation.v1.ICancelRequest} message CancelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                return writer;
            };

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CancelRequest} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequest.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CancelRequest();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.requestId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CancelRequest message.
             * @function verify
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRequest.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                return null;
            };

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CancelRequest} CancelRequest
             */
            CancelRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CancelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CancelRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CancelRequest();
                if (object.requestId != null)
                    message.requestId = String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CancelRequest
             * @static
             * @param {idstation.v1.CancelRequest} message CancelRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                return object;
            };

            /**
             * Converts this CancelRequest to JSON.
             * @function toJSON
             * @memberof idstation.v1.CancelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelRequest;
        })();

        v1.CancelRequestResult = (function() {

            /**
             * Properties of a CancelRequestResult.
             * @memberof idstation.v1
             * @interface ICancelRequestResult
             * @property {boolean|null} [found] CancelRequestResult found
             */

            /**
             * Constructs a new CancelRequestResult.
             * @memberof idstation.v1
             * @classdesc Represents a CancelRequestResult.
             * @implements ICancelRequestResult
             * @constructor
             * @param {idstation.v1.ICancelRequestResult=} [properties] Properties to set
             */
            function CancelRequestResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelRequestResult found.
             * @member {boolean} found
             * @memberof idstation.v1.CancelRequestResult
             * @instance
             */
            CancelRequestResult.prototype.found = false;

            /**
             * Creates a new CancelRequestResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {idstation.v1.ICancelRequestResult=} [properties] Properties to set
             * @returns {idstation.v1.CancelRequestResult} CancelRequestResult instance
             */
            CancelRequestResult.create = function create(properties) {
                return new CancelRequestResult(properties);
            };

            /**
             * Encodes the specified CancelRequestResult message. Does not implicitly {@link idstation.v1.CancelRequestResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {idstation.v1.ICancelRequestResult} message CancelRequestResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequestResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                return writer;
            };

            /**
             * Decodes a CancelRequestResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CancelRequestResult} CancelRequestResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequestResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CancelRequestResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.found = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CancelRequestResult message.
             * @function verify
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRequestResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                    if (typeof message.found !== "boolean")
                        return "found: boolean expected";
                return null;
            };

            /**
             * Creates a CancelRequestResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CancelRequestResult} CancelRequestResult
             */
            CancelRequestResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CancelRequestResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CancelRequestResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CancelRequestResult();
                if (object.found != null)
                    message.found = Boolean(object.found);
                return message;
            };

            /**
             * Creates a plain object from a CancelRequestResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CancelRequestResult
             * @static
             * @param {idstation.v1.CancelRequestResult} message CancelRequestResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRequestResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.found = false;
                if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                    object.found = message.found;
                return object;
            };

            /**
             * Converts this CancelRequestResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.CancelRequestResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRequestResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelRequestResult;
        })();

        v1.GetStatus = (function() {

            /**
             * Properties of a GetStatus.
             * @memberof idstation.v1
             * @interface IGetStatus
             */

            /**
             * Constructs a new GetStatus.
             * @memberof idstation.v1
             * @classdesc Represents a GetStatus.
             * @implements IGetStatus
             * @constructor
             * @param {idstation.v1.IGetStatus=} [properties] Properties to set
             */
            function GetStatus(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetStatus instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {idstation.v1.IGetStatus=} [properties] Properties to set
             * @returns {idstation.v1.GetStatus} GetStatus instance
             */
            GetStatus.create = function create(properties) {
                return new GetStatus(properties);
            };

            /**
             * Encodes the specified GetStatus message. Does not implicitly {@link idstation.v1.GetStatus.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {idstation.v1.IGetStatus} message GetStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetStatus message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetStatus} GetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetStatus();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetStatus message.
             * @function verify
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetStatus.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a GetStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetStatus} GetStatus
             */
            GetStatus.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetStatus)
                    return object;
                return new $root.idstation.v1.GetStatus();
            };

            /**
             * Creates a plain object from a GetStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetStatus
             * @static
             * @param {idstation.v1.GetStatus} message GetStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetStatus.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this GetStatus to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetStatus;
        })();

        v1.GetStatusResult = (function() {

            /**
             * Properties of a GetStatusResult.
             * @memberof idstation.v1
             * @interface IGetStatusResult
             * @property {string|null} [agentVersion] GetStatusResult agentVersion
             * @property {number|null} [pid] GetStatusResult pid
             * @property {number|null} [startedAtMs] GetStatusResult startedAtMs
             * @property {number|null} [uptimeMs] GetStatusResult uptimeMs
             * @property {string|null} [requestsEndpoint] GetStatusResult requestsEndpoint
             * @property {string|null} [eventsEndpoint] GetStatusResult eventsEndpoint
             * @property {number|null} [requestsInFlight] GetStatusResult requestsInFlight
             * @property {number|null} [eventSeq] GetStatusResult eventSeq
             * @property {Array.<idstation.v1.ISessionInfo>|null} [sessions] GetStatusResult sessions
             * @property {number|null} [deviceCount] GetStatusResult deviceCount
             * @property {number|null} [leaseCount] GetStatusResult leaseCount
             * @property {number|null} [rssBytes] GetStatusResult rssBytes
             */

            /**
             * Constructs a new GetStatusResult.
             * @memberof idstation.v1
             * @classdesc Represents a GetStatusResult.
             * @implements IGetStatusResult
             * @constructor
             * @param {idstation.v1.IGetStatusResult=} [properties] Properties to set
             */
            function GetStatusResult(properties) {
                this.sessions = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetStatusResult agentVersion.
             * @member {string} agentVersion
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.agentVersion = "";

            /**
             * GetStatusResult pid.
             * @member {number} pid
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.pid = 0;

            /**
             * GetStatusResult startedAtMs.
             * @member {number} startedAtMs
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResult uptimeMs.
             * @member {number} uptimeMs
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResult requestsEndpoint.
             * @member {string} requestsEndpoint
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.requestsEndpoint = "";

            /**
             * GetStatusResult eventsEndpoint.
             * @member {string} eventsEndpoint
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.eventsEndpoint = "";

            /**
             * GetStatusResult requestsInFlight.
             * @member {number} requestsInFlight
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.requestsInFlight = 0;

            /**
             * GetStatusResult eventSeq.
             * @member {number} eventSeq
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.eventSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetStatusResult sessions.
             * @member {Array.<idstation.v1.ISessionInfo>} sessions
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.sessions = $util.emptyArray;

            /**
             * GetStatusResult deviceCount.
             * @member {number} deviceCount
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.deviceCount = 0;

            /**
             * GetStatusResult leaseCount.
             * @member {number} leaseCount
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.leaseCount = 0;

            /**
             * GetStatusResult rssBytes.
             * @member {number} rssBytes
             * @memberof idstation.v1.GetStatusResult
             * @instance
             */
            GetStatusResult.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GetStatusResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {idstation.v1.IGetStatusResult=} [properties] Properties to set
             * @returns {idstation.v1.GetStatusResult} GetStatusResult instance
             */
            GetStatusResult.create = function create(properties) {
                return new GetStatusResult(properties);
            };

            /**
             * Encodes the specified GetStatusResult message. Does not implicitly {@link idstation.v1.GetStatusResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {idstation.v1.IGetStatusResult} message GetStatusResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetStatusResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentVersion);
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                if (message.startedAtMs != null && Object.hasOwnProperty.call(message, "startedAtMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startedAtMs);
                if (message.uptimeMs != null && Object.hasOwnProperty.call(message, "uptimeMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.uptimeMs);
                if (message.requestsEndpoint != null && Object.hasOwnProperty.call(message, "requestsEndpoint"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.requestsEndpoint);
                if (message.eventsEndpoint != null && Object.hasOwnProperty.call(message, "eventsEndpoint"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.eventsEndpoint);
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.requestsInFlight);
                if (message.eventSeq != null && Object.hasOwnProperty.call(message, "eventSeq"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.eventSeq);
                if (message.sessions != null && message.sessions.length)
                    for (var i = 0; i < message.sessions.length; ++i)
                        $root.idstation.v1.SessionInfo.encode(message.sessions[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.deviceCount != null && Object.hasOwnProperty.call(message, "deviceCount"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.deviceCount);
                if (message.leaseCount != null && Object.hasOwnProperty.call(message, "leaseCount"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.leaseCount);
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.rssBytes);
                return writer;
            };

            /**
             * Decodes a GetStatusResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetStatusResult} GetStatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetStatusResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetStatusResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.agentVersion = reader.string();
                            break;
                        }
                    case 2: {
                            message.pid = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.startedAtMs = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.uptimeMs = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.requestsEndpoint = reader.string();
                            break;
                        }
                    case 6: {
                            message.eventsEndpoint = reader.string();
                            break;
                        }
                    case 7: {
                            message.requestsInFlight = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.eventSeq = reader.uint64();
                            break;
                        }
                    case 9: {
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push($root.idstation.v1.SessionInfo.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            message.deviceCount = reader.uint32();
                            break;
                        }
                    case 11: {
                            message.leaseCount = reader.uint32();
                            break;
                        }
                    case 12: {
                            message.rssBytes = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetStatusResult message.
             * @function verify
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetStatusResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.startedAtMs != null && Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.uptimeMs != null && Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (!$util.isInteger(message.uptimeMs) && !(message.uptimeMs && $util.isInteger(message.uptimeMs.low) && $util.isInteger(message.uptimeMs.high)))
                        return "uptimeMs: integer|Long expected";
                if (message.requestsEndpoint != null && Object.hasOwnProperty.call(message, "requestsEndpoint"))
                    if (!$util.isString(message.requestsEndpoint))
                        return "requestsEndpoint: string expected";
                if (message.eventsEndpoint != null && Object.hasOwnProperty.call(message, "eventsEndpoint"))
                    if (!$util.isString(message.eventsEndpoint))
                        return "eventsEndpoint: string expected";
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    if (!$util.isInteger(message.requestsInFlight))
                        return "requestsInFlight: integer expected";
                if (message.eventSeq != null && Object.hasOwnProperty.call(message, "eventSeq"))
                    if (!$util.isInteger(message.eventSeq) && !(message.eventSeq && $util.isInteger(message.eventSeq.low) && $util.isInteger(message.eventSeq.high)))
                        return "eventSeq: integer|Long expected";
                if (message.sessions != null && Object.hasOwnProperty.call(message, "sessions")) {
                    if (!Array.isArray(message.sessions))
                        return "sessions: array expected";
                    for (var i = 0; i < message.sessions.length; ++i) {
                        var error = $root.idstation.v1.SessionInfo.verify(message.sessions[i], long + 1);
                        if (error)
                            return "sessions." + error;
                    }
                }
                if (message.deviceCount != null && Object.hasOwnProperty.call(message, "deviceCount"))
                    if (!$util.isInteger(message.deviceCount))
                        return "deviceCount: integer expected";
                if (message.leaseCount != null && Object.hasOwnProperty.call(message, "leaseCount"))
                    if (!$util.isInteger(message.leaseCount))
                        return "leaseCount: integer expected";
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    if (!$util.isInteger(message.rssBytes) && !(message.rssBytes && $util.isInteger(message.rssBytes.low) && $util.isInteger(message.rssBytes.high)))
                        return "rssBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a GetStatusResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetStatusResult} GetStatusResult
             */
            GetStatusResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetStatusResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetStatusResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetStatusResult();
                if (object.agentVersion != null)
                    message.agentVersion = String(object.agentVersion);
                if (object.pid != null)
                    message.pid = object.pid >>> 0;
                if (object.startedAtMs != null)
                    if ($util.Long)
                        message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                    else if (typeof object.startedAtMs === "string")
                        message.startedAtMs = parseInt(object.startedAtMs, 10);
                    else if (typeof object.startedAtMs === "number")
                        message.startedAtMs = object.startedAtMs;
                    else if (typeof object.startedAtMs === "object")
                        message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.uptimeMs != null)
                    if ($util.Long)
                        message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                    else if (typeof object.uptimeMs === "string")
                        message.uptimeMs = parseInt(object.uptimeMs, 10);
                    else if (typeof object.uptimeMs === "number")
                        message.uptimeMs = object.uptimeMs;
                    else if (typeof object.uptimeMs === "object")
                        message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                if (object.requestsEndpoint != null)
                    message.requestsEndpoint = String(object.requestsEndpoint);
                if (object.eventsEndpoint != null)
                    message.eventsEndpoint = String(object.eventsEndpoint);
                if (object.requestsInFlight != null)
                    message.requestsInFlight = object.requestsInFlight >>> 0;
                if (object.eventSeq != null)
                    if ($util.Long)
                        message.eventSeq = $util.Long.fromValue(object.eventSeq, true);
                    else if (typeof object.eventSeq === "string")
                        message.eventSeq = parseInt(object.eventSeq, 10);
                    else if (typeof object.eventSeq === "number")
                        message.eventSeq = object.eventSeq;
                    else if (typeof object.eventSeq === "object")
                        message.eventSeq = new $util.LongBits(object.eventSeq.low >>> 0, object.eventSeq.high >>> 0).toNumber(true);
                if (object.sessions) {
                    if (!Array.isArray(object.sessions))
                        throw TypeError(".idstation.v1.GetStatusResult.sessions: array expected");
                    message.sessions = [];
                    for (var i = 0; i < object.sessions.length; ++i) {
                        if (!$util.isObject(object.sessions[i]))
                            throw TypeError(".idstation.v1.GetStatusResult.sessions: object expected");
                        message.sessions[i] = $root.idstation.v1.SessionInfo.fromObject(object.sessions[i], long + 1);
                    }
                }
                if (object.deviceCount != null)
                    message.deviceCount = object.deviceCount >>> 0;
                if (object.leaseCount != null)
                    message.leaseCount = object.leaseCount >>> 0;
                if (object.rssBytes != null)
                    if ($util.Long)
                        message.rssBytes = $util.Long.fromValue(object.rssBytes, true);
                    else if (typeof object.rssBytes === "string")
                        message.rssBytes = parseInt(object.rssBytes, 10);
                    else if (typeof object.rssBytes === "number")
                        message.rssBytes = object.rssBytes;
                    else if (typeof object.rssBytes === "object")
                        message.rssBytes = new $util.LongBits(object.rssBytes.low >>> 0, object.rssBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GetStatusResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetStatusResult
             * @static
             * @param {idstation.v1.GetStatusResult} message GetStatusResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetStatusResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.sessions = [];
                if (options.defaults) {
                    object.agentVersion = "";
                    object.pid = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.requestsEndpoint = "";
                    object.eventsEndpoint = "";
                    object.requestsInFlight = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.eventSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.eventSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.deviceCount = 0;
                    object.leaseCount = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.rssBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.rssBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.agentVersion != null && Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.startedAtMs != null && Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === String ? String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.uptimeMs != null && Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === String ? String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                if (message.requestsEndpoint != null && Object.hasOwnProperty.call(message, "requestsEndpoint"))
                    object.requestsEndpoint = message.requestsEndpoint;
                if (message.eventsEndpoint != null && Object.hasOwnProperty.call(message, "eventsEndpoint"))
                    object.eventsEndpoint = message.eventsEndpoint;
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    object.requestsInFlight = message.requestsInFlight;
                if (message.eventSeq != null && Object.hasOwnProperty.call(message, "eventSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.eventSeq = typeof message.eventSeq === "number" ? BigInt(message.eventSeq) : $util.Long.fromBits(message.eventSeq.low >>> 0, message.eventSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.eventSeq === "number")
                        object.eventSeq = options.longs === String ? String(message.eventSeq) : message.eventSeq;
                    else
                        object.eventSeq = options.longs === String ? $util.Long.prototype.toString.call(message.eventSeq) : options.longs === Number ? new $util.LongBits(message.eventSeq.low >>> 0, message.eventSeq.high >>> 0).toNumber(true) : message.eventSeq;
                if (message.sessions && message.sessions.length) {
                    object.sessions = [];
                    for (var j = 0; j < message.sessions.length; ++j)
                        object.sessions[j] = $root.idstation.v1.SessionInfo.toObject(message.sessions[j], options, q + 1);
                }
                if (message.deviceCount != null && Object.hasOwnProperty.call(message, "deviceCount"))
                    object.deviceCount = message.deviceCount;
                if (message.leaseCount != null && Object.hasOwnProperty.call(message, "leaseCount"))
                    object.leaseCount = message.leaseCount;
                if (message.rssBytes != null && Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.rssBytes = typeof message.rssBytes === "number" ? BigInt(message.rssBytes) : $util.Long.fromBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rssBytes === "number")
                        object.rssBytes = options.longs === String ? String(message.rssBytes) : message.rssBytes;
                    else
                        object.rssBytes = options.longs === String ? $util.Long.prototype.toString.call(message.rssBytes) : options.longs === Number ? new $util.LongBits(message.rssBytes.low >>> 0, message.rssBytes.high >>> 0).toNumber(true) : message.rssBytes;
                return object;
            };

            /**
             * Converts this GetStatusResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetStatusResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetStatusResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetStatusResult;
        })();

        v1.SessionInfo = (function() {

            /**
             * Properties of a SessionInfo.
             * @memberof idstation.v1
             * @interface ISessionInfo
             * @property {string|null} [clientId] SessionInfo clientId
             * @property {string|null} [keyName] SessionInfo keyName
             * @property {idstation.v1.Role|null} [role] SessionInfo role
             * @property {string|null} [clientName] SessionInfo clientName
             * @property {number|null} [apiLevel] SessionInfo apiLevel
             * @property {number|null} [openedAtMs] SessionInfo openedAtMs
             * @property {number|null} [idleMs] SessionInfo idleMs
             * @property {number|null} [requestsInFlight] SessionInfo requestsInFlight
             */

            /**
             * Constructs a new SessionInfo.
             * @memberof idstation.v1
             * @classdesc Represents a SessionInfo.
             * @implements ISessionInfo
             * @constructor
             * @param {idstation.v1.ISessionInfo=} [properties] Properties to set
             */
            function SessionInfo(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SessionInfo clientId.
             * @member {string} clientId
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.clientId = "";

            /**
             * SessionInfo keyName.
             * @member {string} keyName
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.keyName = "";

            /**
             * SessionInfo role.
             * @member {idstation.v1.Role} role
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.role = 0;

            /**
             * SessionInfo clientName.
             * @member {string} clientName
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.clientName = "";

            /**
             * SessionInfo apiLevel.
             * @member {number} apiLevel
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.apiLevel = 0;

            /**
             * SessionInfo openedAtMs.
             * @member {number} openedAtMs
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.openedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionInfo idleMs.
             * @member {number} idleMs
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.idleMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionInfo requestsInFlight.
             * @member {number} requestsInFlight
             * @memberof idstation.v1.SessionInfo
             * @instance
             */
            SessionInfo.prototype.requestsInFlight = 0;

            /**
             * Creates a new SessionInfo instance using the specified properties.
             * @function create
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {idstation.v1.ISessionInfo=} [properties] Properties to set
             * @returns {idstation.v1.SessionInfo} SessionInfo instance
             */
            SessionInfo.create = function create(properties) {
                return new SessionInfo(properties);
            };

            /**
             * Encodes the specified SessionInfo message. Does not implicitly {@link idstation.v1.SessionInfo.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {idstation.v1.ISessionInfo} message SessionInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.keyName != null && Object.hasOwnProperty.call(message, "keyName"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.keyName);
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.role);
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientName);
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.apiLevel);
                if (message.openedAtMs != null && Object.hasOwnProperty.call(message, "openedAtMs"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.openedAtMs);
                if (message.idleMs != null && Object.hasOwnProperty.call(message, "idleMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.idleMs);
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.requestsInFlight);
                return writer;
            };

            /**
             * Decodes a SessionInfo message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.SessionInfo} SessionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.SessionInfo();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.clientId = reader.string();
                            break;
                        }
                    case 2: {
                            message.keyName = reader.string();
                            break;
                        }
                    case 3: {
                            message.role = reader.int32();
                            break;
                        }
                    case 4: {
                            message.clientName = reader.string();
                            break;
                        }
                    case 5: {
                            message.apiLevel = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.openedAtMs = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.idleMs = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.requestsInFlight = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a SessionInfo message.
             * @function verify
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SessionInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                    if (!$util.isString(message.clientId))
                        return "clientId: string expected";
                if (message.keyName != null && Object.hasOwnProperty.call(message, "keyName"))
                    if (!$util.isString(message.keyName))
                        return "keyName: string expected";
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    switch (message.role) {
                    default:
                        return "role: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    if (!$util.isString(message.clientName))
                        return "clientName: string expected";
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    if (!$util.isInteger(message.apiLevel))
                        return "apiLevel: integer expected";
                if (message.openedAtMs != null && Object.hasOwnProperty.call(message, "openedAtMs"))
                    if (!$util.isInteger(message.openedAtMs) && !(message.openedAtMs && $util.isInteger(message.openedAtMs.low) && $util.isInteger(message.openedAtMs.high)))
                        return "openedAtMs: integer|Long expected";
                if (message.idleMs != null && Object.hasOwnProperty.call(message, "idleMs"))
                    if (!$util.isInteger(message.idleMs) && !(message.idleMs && $util.isInteger(message.idleMs.low) && $util.isInteger(message.idleMs.high)))
                        return "idleMs: integer|Long expected";
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    if (!$util.isInteger(message.requestsInFlight))
                        return "requestsInFlight: integer expected";
                return null;
            };

            /**
             * Creates a SessionInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.SessionInfo} SessionInfo
             */
            SessionInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.SessionInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.SessionInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.SessionInfo();
                if (object.clientId != null)
                    message.clientId = String(object.clientId);
                if (object.keyName != null)
                    message.keyName = String(object.keyName);
                switch (object.role) {
                default:
                    if (typeof object.role === "number") {
                        message.role = object.role;
                        break;
                    }
                    break;
                case "ROLE_UNSPECIFIED":
                case 0:
                    message.role = 0;
                    break;
                case "OPERATOR":
                case 1:
                    message.role = 1;
                    break;
                case "TECHNICIAN":
                case 2:
                    message.role = 2;
                    break;
                }
                if (object.clientName != null)
                    message.clientName = String(object.clientName);
                if (object.apiLevel != null)
                    message.apiLevel = object.apiLevel >>> 0;
                if (object.openedAtMs != null)
                    if ($util.Long)
                        message.openedAtMs = $util.Long.fromValue(object.openedAtMs, true);
                    else if (typeof object.openedAtMs === "string")
                        message.openedAtMs = parseInt(object.openedAtMs, 10);
                    else if (typeof object.openedAtMs === "number")
                        message.openedAtMs = object.openedAtMs;
                    else if (typeof object.openedAtMs === "object")
                        message.openedAtMs = new $util.LongBits(object.openedAtMs.low >>> 0, object.openedAtMs.high >>> 0).toNumber(true);
                if (object.idleMs != null)
                    if ($util.Long)
                        message.idleMs = $util.Long.fromValue(object.idleMs, true);
                    else if (typeof object.idleMs === "string")
                        message.idleMs = parseInt(object.idleMs, 10);
                    else if (typeof object.idleMs === "number")
                        message.idleMs = object.idleMs;
                    else if (typeof object.idleMs === "object")
                        message.idleMs = new $util.LongBits(object.idleMs.low >>> 0, object.idleMs.high >>> 0).toNumber(true);
                if (object.requestsInFlight != null)
                    message.requestsInFlight = object.requestsInFlight >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SessionInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.SessionInfo
             * @static
             * @param {idstation.v1.SessionInfo} message SessionInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.clientId = "";
                    object.keyName = "";
                    object.role = options.enums === String ? "ROLE_UNSPECIFIED" : 0;
                    object.clientName = "";
                    object.apiLevel = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.openedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.openedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.idleMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.idleMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.requestsInFlight = 0;
                }
                if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = message.clientId;
                if (message.keyName != null && Object.hasOwnProperty.call(message, "keyName"))
                    object.keyName = message.keyName;
                if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                    object.role = options.enums === String ? $root.idstation.v1.Role[message.role] === undefined ? message.role : $root.idstation.v1.Role[message.role] : message.role;
                if (message.clientName != null && Object.hasOwnProperty.call(message, "clientName"))
                    object.clientName = message.clientName;
                if (message.apiLevel != null && Object.hasOwnProperty.call(message, "apiLevel"))
                    object.apiLevel = message.apiLevel;
                if (message.openedAtMs != null && Object.hasOwnProperty.call(message, "openedAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.openedAtMs = typeof message.openedAtMs === "number" ? BigInt(message.openedAtMs) : $util.Long.fromBits(message.openedAtMs.low >>> 0, message.openedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.openedAtMs === "number")
                        object.openedAtMs = options.longs === String ? String(message.openedAtMs) : message.openedAtMs;
                    else
                        object.openedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.openedAtMs) : options.longs === Number ? new $util.LongBits(message.openedAtMs.low >>> 0, message.openedAtMs.high >>> 0).toNumber(true) : message.openedAtMs;
                if (message.idleMs != null && Object.hasOwnProperty.call(message, "idleMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.idleMs = typeof message.idleMs === "number" ? BigInt(message.idleMs) : $util.Long.fromBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0, true).toBigInt();
                    else if (typeof message.idleMs === "number")
                        object.idleMs = options.longs === String ? String(message.idleMs) : message.idleMs;
                    else
                        object.idleMs = options.longs === String ? $util.Long.prototype.toString.call(message.idleMs) : options.longs === Number ? new $util.LongBits(message.idleMs.low >>> 0, message.idleMs.high >>> 0).toNumber(true) : message.idleMs;
                if (message.requestsInFlight != null && Object.hasOwnProperty.call(message, "requestsInFlight"))
                    object.requestsInFlight = message.requestsInFlight;
                return object;
            };

            /**
             * Converts this SessionInfo to JSON.
             * @function toJSON
             * @memberof idstation.v1.SessionInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SessionInfo;
        })();

        v1.GetCardInfo = (function() {

            /**
             * Properties of a GetCardInfo.
             * @memberof idstation.v1
             * @interface IGetCardInfo
             * @property {string|null} [deviceId] GetCardInfo deviceId
             */

            /**
             * Constructs a new GetCardInfo.
             * @memberof idstation.v1
             * @classdesc Represents a GetCardInfo.
             * @implements IGetCardInfo
             * @constructor
             * @param {idstation.v1.IGetCardInfo=} [properties] Properties to set
             */
            function GetCardInfo(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetCardInfo deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.GetCardInfo
             * @instance
             */
            GetCardInfo.prototype.deviceId = "";

            /**
             * Creates a new GetCardInfo instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {idstation.v1.IGetCardInfo=} [properties] Properties to set
             * @returns {idstation.v1.GetCardInfo} GetCardInfo instance
             */
            GetCardInfo.create = function create(properties) {
                return new GetCardInfo(properties);
            };

            /**
             * Encodes the specified GetCardInfo message. Does not implicitly {@link idstation.v1.GetCardInfo.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {idstation.v1.IGetCardInfo} message GetCardInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetCardInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                return writer;
            };

            /**
             * Decodes a GetCardInfo message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetCardInfo} GetCardInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetCardInfo.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetCardInfo();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetCardInfo message.
             * @function verify
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetCardInfo.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                return null;
            };

            /**
             * Creates a GetCardInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetCardInfo} GetCardInfo
             */
            GetCardInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetCardInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetCardInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetCardInfo();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a GetCardInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetCardInfo
             * @static
             * @param {idstation.v1.GetCardInfo} message GetCardInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetCardInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.deviceId = "";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this GetCardInfo to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetCardInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetCardInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetCardInfo;
        })();

        v1.GetCardInfoResult = (function() {

            /**
             * Properties of a GetCardInfoResult.
             * @memberof idstation.v1
             * @interface IGetCardInfoResult
             * @property {boolean|null} [present] GetCardInfoResult present
             * @property {Uint8Array|null} [atr] GetCardInfoResult atr
             * @property {Array.<number>|null} [protocols] GetCardInfoResult protocols
             * @property {Uint8Array|null} [historicalBytes] GetCardInfoResult historicalBytes
             */

            /**
             * Constructs a new GetCardInfoResult.
             * @memberof idstation.v1
             * @classdesc Represents a GetCardInfoResult.
             * @implements IGetCardInfoResult
             * @constructor
             * @param {idstation.v1.IGetCardInfoResult=} [properties] Properties to set
             */
            function GetCardInfoResult(properties) {
                this.protocols = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetCardInfoResult present.
             * @member {boolean} present
             * @memberof idstation.v1.GetCardInfoResult
             * @instance
             */
            GetCardInfoResult.prototype.present = false;

            /**
             * GetCardInfoResult atr.
             * @member {Uint8Array} atr
             * @memberof idstation.v1.GetCardInfoResult
             * @instance
             */
            GetCardInfoResult.prototype.atr = $util.newBuffer([]);

            /**
             * GetCardInfoResult protocols.
             * @member {Array.<number>} protocols
             * @memberof idstation.v1.GetCardInfoResult
             * @instance
             */
            GetCardInfoResult.prototype.protocols = $util.emptyArray;

            /**
             * GetCardInfoResult historicalBytes.
             * @member {Uint8Array} historicalBytes
             * @memberof idstation.v1.GetCardInfoResult
             * @instance
             */
            GetCardInfoResult.prototype.historicalBytes = $util.newBuffer([]);

            /**
             * Creates a new GetCardInfoResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {idstation.v1.IGetCardInfoResult=} [properties] Properties to set
             * @returns {idstation.v1.GetCardInfoResult} GetCardInfoResult instance
             */
            GetCardInfoResult.create = function create(properties) {
                return new GetCardInfoResult(properties);
            };

            /**
             * Encodes the specified GetCardInfoResult message. Does not implicitly {@link idstation.v1.GetCardInfoResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {idstation.v1.IGetCardInfoResult} message GetCardInfoResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetCardInfoResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.present);
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.atr);
                if (message.protocols != null && message.protocols.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (var i = 0; i < message.protocols.length; ++i)
                        writer.uint32(message.protocols[i]);
                    writer.ldelim();
                }
                if (message.historicalBytes != null && Object.hasOwnProperty.call(message, "historicalBytes"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.historicalBytes);
                return writer;
            };

            /**
             * Decodes a GetCardInfoResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetCardInfoResult} GetCardInfoResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetCardInfoResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetCardInfoResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.present = reader.bool();
                            break;
                        }
                    case 2: {
                            message.atr = reader.bytes();
                            break;
                        }
                    case 3: {
                            if (!(message.protocols && message.protocols.length))
                                message.protocols = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.protocols.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.protocols.push(reader.uint32());
                            break;
                        }
                    case 4: {
                            message.historicalBytes = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetCardInfoResult message.
             * @function verify
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetCardInfoResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    if (typeof message.present !== "boolean")
                        return "present: boolean expected";
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    if (!(message.atr && typeof message.atr.length === "number" || $util.isString(message.atr)))
                        return "atr: buffer expected";
                if (message.protocols != null && Object.hasOwnProperty.call(message, "protocols")) {
                    if (!Array.isArray(message.protocols))
                        return "protocols: array expected";
                    for (var i = 0; i < message.protocols.length; ++i)
                        if (!$util.isInteger(message.protocols[i]))
                            return "protocols: integer[] expected";
                }
                if (message.historicalBytes != null && Object.hasOwnProperty.call(message, "historicalBytes"))
                    if (!(message.historicalBytes && typeof message.historicalBytes.length === "number" || $util.isString(message.historicalBytes)))
                        return "historicalBytes: buffer expected";
                return null;
            };

            /**
             * Creates a GetCardInfoResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetCardInfoResult} GetCardInfoResult
             */
            GetCardInfoResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetCardInfoResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetCardInfoResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetCardInfoResult();
                if (object.present != null)
                    message.present = Boolean(object.present);
                if (object.atr != null)
                    if (typeof object.atr === "string")
                        $util.base64.decode(object.atr, message.atr = $util.newBuffer($util.base64.length(object.atr)), 0);
                    else if (object.atr.length >= 0)
                        message.atr = object.atr;
                if (object.protocols) {
                    if (!Array.isArray(object.protocols))
                        throw TypeError(".idstation.v1.GetCardInfoResult.protocols: array expected");
                    message.protocols = [];
                    for (var i = 0; i < object.protocols.length; ++i)
                        message.protocols[i] = object.protocols[i] >>> 0;
                }
                if (object.historicalBytes != null)
                    if (typeof object.historicalBytes === "string")
                        $util.base64.decode(object.historicalBytes, message.historicalBytes = $util.newBuffer($util.base64.length(object.historicalBytes)), 0);
                    else if (object.historicalBytes.length >= 0)
                        message.historicalBytes = object.historicalBytes;
                return message;
            };

            /**
             * Creates a plain object from a GetCardInfoResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetCardInfoResult
             * @static
             * @param {idstation.v1.GetCardInfoResult} message GetCardInfoResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetCardInfoResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.protocols = [];
                if (options.defaults) {
                    object.present = false;
                    if (options.bytes === String)
                        object.atr = "";
                    else {
                        object.atr = [];
                        if (options.bytes !== Array)
                            object.atr = $util.newBuffer(object.atr);
                    }
                    if (options.bytes === String)
                        object.historicalBytes = "";
                    else {
                        object.historicalBytes = [];
                        if (options.bytes !== Array)
                            object.historicalBytes = $util.newBuffer(object.historicalBytes);
                    }
                }
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    object.present = message.present;
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    object.atr = options.bytes === String ? $util.base64.encode(message.atr, 0, message.atr.length) : options.bytes === Array ? Array.prototype.slice.call(message.atr) : message.atr;
                if (message.protocols && message.protocols.length) {
                    object.protocols = [];
                    for (var j = 0; j < message.protocols.length; ++j)
                        object.protocols[j] = message.protocols[j];
                }
                if (message.historicalBytes != null && Object.hasOwnProperty.call(message, "historicalBytes"))
                    object.historicalBytes = options.bytes === String ? $util.base64.encode(message.historicalBytes, 0, message.historicalBytes.length) : options.bytes === Array ? Array.prototype.slice.call(message.historicalBytes) : message.historicalBytes;
                return object;
            };

            /**
             * Converts this GetCardInfoResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetCardInfoResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetCardInfoResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetCardInfoResult;
        })();

        v1.Transmit = (function() {

            /**
             * Properties of a Transmit.
             * @memberof idstation.v1
             * @interface ITransmit
             * @property {string|null} [deviceId] Transmit deviceId
             * @property {Uint8Array|null} [apdu] Transmit apdu
             */

            /**
             * Constructs a new Transmit.
             * @memberof idstation.v1
             * @classdesc Represents a Transmit.
             * @implements ITransmit
             * @constructor
             * @param {idstation.v1.ITransmit=} [properties] Properties to set
             */
            function Transmit(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Transmit deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.Transmit
             * @instance
             */
            Transmit.prototype.deviceId = "";

            /**
             * Transmit apdu.
             * @member {Uint8Array} apdu
             * @memberof idstation.v1.Transmit
             * @instance
             */
            Transmit.prototype.apdu = $util.newBuffer([]);

            /**
             * Creates a new Transmit instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Transmit
             * @static
             * @param {idstation.v1.ITransmit=} [properties] Properties to set
             * @returns {idstation.v1.Transmit} Transmit instance
             */
            Transmit.create = function create(properties) {
                return new Transmit(properties);
            };

            /**
             * Encodes the specified Transmit message. Does not implicitly {@link idstation.v1.Transmit.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Transmit
             * @static
             * @param {idstation.v1.ITransmit} message Transmit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transmit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.apdu != null && Object.hasOwnProperty.call(message, "apdu"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.apdu);
                return writer;
            };

            /**
             * Decodes a Transmit message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Transmit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Transmit} Transmit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transmit.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Transmit();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.apdu = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Transmit message.
             * @function verify
             * @memberof idstation.v1.Transmit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Transmit.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.apdu != null && Object.hasOwnProperty.call(message, "apdu"))
                    if (!(message.apdu && typeof message.apdu.length === "number" || $util.isString(message.apdu)))
                        return "apdu: buffer expected";
                return null;
            };

            /**
             * Creates a Transmit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Transmit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Transmit} Transmit
             */
            Transmit.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Transmit)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Transmit: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Transmit();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.apdu != null)
                    if (typeof object.apdu === "string")
                        $util.base64.decode(object.apdu, message.apdu = $util.newBuffer($util.base64.length(object.apdu)), 0);
                    else if (object.apdu.length >= 0)
                        message.apdu = object.apdu;
                return message;
            };

            /**
             * Creates a plain object from a Transmit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Transmit
             * @static
             * @param {idstation.v1.Transmit} message Transmit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Transmit.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    if (options.bytes === String)
                        object.apdu = "";
                    else {
                        object.apdu = [];
                        if (options.bytes !== Array)
                            object.apdu = $util.newBuffer(object.apdu);
                    }
                }
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.apdu != null && Object.hasOwnProperty.call(message, "apdu"))
                    object.apdu = options.bytes === String ? $util.base64.encode(message.apdu, 0, message.apdu.length) : options.bytes === Array ? Array.prototype.slice.call(message.apdu) : message.apdu;
                return object;
            };

            /**
             * Converts this Transmit to JSON.
             * @function toJSON
             * @memberof idstation.v1.Transmit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Transmit.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Transmit;
        })();

        v1.TransmitResult = (function() {

            /**
             * Properties of a TransmitResult.
             * @memberof idstation.v1
             * @interface ITransmitResult
             * @property {Uint8Array|null} [response] TransmitResult response
             * @property {number|null} [sw] TransmitResult sw
             * @property {number|null} [durationUs] TransmitResult durationUs
             */

            /**
             * Constructs a new TransmitResult.
             * @memberof idstation.v1
             * @classdesc Represents a TransmitResult.
             * @implements ITransmitResult
             * @constructor
             * @param {idstation.v1.ITransmitResult=} [properties] Properties to set
             */
            function TransmitResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TransmitResult response.
             * @member {Uint8Array} response
             * @memberof idstation.v1.TransmitResult
             * @instance
             */
            TransmitResult.prototype.response = $util.newBuffer([]);

            /**
             * TransmitResult sw.
             * @member {number} sw
             * @memberof idstation.v1.TransmitResult
             * @instance
             */
            TransmitResult.prototype.sw = 0;

            /**
             * TransmitResult durationUs.
             * @member {number} durationUs
             * @memberof idstation.v1.TransmitResult
             * @instance
             */
            TransmitResult.prototype.durationUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TransmitResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {idstation.v1.ITransmitResult=} [properties] Properties to set
             * @returns {idstation.v1.TransmitResult} TransmitResult instance
             */
            TransmitResult.create = function create(properties) {
                return new TransmitResult(properties);
            };

            /**
             * Encodes the specified TransmitResult message. Does not implicitly {@link idstation.v1.TransmitResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {idstation.v1.ITransmitResult} message TransmitResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransmitResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.response != null && Object.hasOwnProperty.call(message, "response"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.response);
                if (message.sw != null && Object.hasOwnProperty.call(message, "sw"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sw);
                if (message.durationUs != null && Object.hasOwnProperty.call(message, "durationUs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.durationUs);
                return writer;
            };

            /**
             * Decodes a TransmitResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.TransmitResult} TransmitResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransmitResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.TransmitResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.response = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.sw = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.durationUs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a TransmitResult message.
             * @function verify
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TransmitResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.response != null && Object.hasOwnProperty.call(message, "response"))
                    if (!(message.response && typeof message.response.length === "number" || $util.isString(message.response)))
                        return "response: buffer expected";
                if (message.sw != null && Object.hasOwnProperty.call(message, "sw"))
                    if (!$util.isInteger(message.sw))
                        return "sw: integer expected";
                if (message.durationUs != null && Object.hasOwnProperty.call(message, "durationUs"))
                    if (!$util.isInteger(message.durationUs) && !(message.durationUs && $util.isInteger(message.durationUs.low) && $util.isInteger(message.durationUs.high)))
                        return "durationUs: integer|Long expected";
                return null;
            };

            /**
             * Creates a TransmitResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.TransmitResult} TransmitResult
             */
            TransmitResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.TransmitResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.TransmitResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.TransmitResult();
                if (object.response != null)
                    if (typeof object.response === "string")
                        $util.base64.decode(object.response, message.response = $util.newBuffer($util.base64.length(object.response)), 0);
                    else if (object.response.length >= 0)
                        message.response = object.response;
                if (object.sw != null)
                    message.sw = object.sw >>> 0;
                if (object.durationUs != null)
                    if ($util.Long)
                        message.durationUs = $util.Long.fromValue(object.durationUs, true);
                    else if (typeof object.durationUs === "string")
                        message.durationUs = parseInt(object.durationUs, 10);
                    else if (typeof object.durationUs === "number")
                        message.durationUs = object.durationUs;
                    else if (typeof object.durationUs === "object")
                        message.durationUs = new $util.LongBits(object.durationUs.low >>> 0, object.durationUs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TransmitResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.TransmitResult
             * @static
             * @param {idstation.v1.TransmitResult} message TransmitResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TransmitResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.response = "";
                    else {
                        object.response = [];
                        if (options.bytes !== Array)
                            object.response = $util.newBuffer(object.response);
                    }
                    object.sw = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.durationUs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.durationUs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.response != null && Object.hasOwnProperty.call(message, "response"))
                    object.response = options.bytes === String ? $util.base64.encode(message.response, 0, message.response.length) : options.bytes === Array ? Array.prototype.slice.call(message.response) : message.response;
                if (message.sw != null && Object.hasOwnProperty.call(message, "sw"))
                    object.sw = message.sw;
                if (message.durationUs != null && Object.hasOwnProperty.call(message, "durationUs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.durationUs = typeof message.durationUs === "number" ? BigInt(message.durationUs) : $util.Long.fromBits(message.durationUs.low >>> 0, message.durationUs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationUs === "number")
                        object.durationUs = options.longs === String ? String(message.durationUs) : message.durationUs;
                    else
                        object.durationUs = options.longs === String ? $util.Long.prototype.toString.call(message.durationUs) : options.longs === Number ? new $util.LongBits(message.durationUs.low >>> 0, message.durationUs.high >>> 0).toNumber(true) : message.durationUs;
                return object;
            };

            /**
             * Converts this TransmitResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.TransmitResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TransmitResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TransmitResult;
        })();

        v1.CardPresenceChanged = (function() {

            /**
             * Properties of a CardPresenceChanged.
             * @memberof idstation.v1
             * @interface ICardPresenceChanged
             * @property {string|null} [deviceId] CardPresenceChanged deviceId
             * @property {boolean|null} [present] CardPresenceChanged present
             * @property {Uint8Array|null} [atr] CardPresenceChanged atr
             */

            /**
             * Constructs a new CardPresenceChanged.
             * @memberof idstation.v1
             * @classdesc Represents a CardPresenceChanged.
             * @implements ICardPresenceChanged
             * @constructor
             * @param {idstation.v1.ICardPresenceChanged=} [properties] Properties to set
             */
            function CardPresenceChanged(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CardPresenceChanged deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.CardPresenceChanged
             * @instance
             */
            CardPresenceChanged.prototype.deviceId = "";

            /**
             * CardPresenceChanged present.
             * @member {boolean} present
             * @memberof idstation.v1.CardPresenceChanged
             * @instance
             */
            CardPresenceChanged.prototype.present = false;

            /**
             * CardPresenceChanged atr.
             * @member {Uint8Array} atr
             * @memberof idstation.v1.CardPresenceChanged
             * @instance
             */
            CardPresenceChanged.prototype.atr = $util.newBuffer([]);

            /**
             * Creates a new CardPresenceChanged instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {idstation.v1.ICardPresenceChanged=} [properties] Properties to set
             * @returns {idstation.v1.CardPresenceChanged} CardPresenceChanged instance
             */
            CardPresenceChanged.create = function create(properties) {
                return new CardPresenceChanged(properties);
            };

            /**
             * Encodes the specified CardPresenceChanged message. Does not implicitly {@link idstation.v1.CardPresenceChanged.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {idstation.v1.ICardPresenceChanged} message CardPresenceChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CardPresenceChanged.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.present);
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.atr);
                return writer;
            };

            /**
             * Decodes a CardPresenceChanged message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CardPresenceChanged} CardPresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CardPresenceChanged.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CardPresenceChanged();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.present = reader.bool();
                            break;
                        }
                    case 3: {
                            message.atr = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CardPresenceChanged message.
             * @function verify
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CardPresenceChanged.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    if (typeof message.present !== "boolean")
                        return "present: boolean expected";
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    if (!(message.atr && typeof message.atr.length === "number" || $util.isString(message.atr)))
                        return "atr: buffer expected";
                return null;
            };

            /**
             * Creates a CardPresenceChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CardPresenceChanged} CardPresenceChanged
             */
            CardPresenceChanged.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CardPresenceChanged)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CardPresenceChanged: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CardPresenceChanged();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.present != null)
                    message.present = Boolean(object.present);
                if (object.atr != null)
                    if (typeof object.atr === "string")
                        $util.base64.decode(object.atr, message.atr = $util.newBuffer($util.base64.length(object.atr)), 0);
                    else if (object.atr.length >= 0)
                        message.atr = object.atr;
                return message;
            };

            /**
             * Creates a plain object from a CardPresenceChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CardPresenceChanged
             * @static
             * @param {idstation.v1.CardPresenceChanged} message CardPresenceChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CardPresenceChanged.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.present = false;
                    if (options.bytes === String)
                        object.atr = "";
                    else {
                        object.atr = [];
                        if (options.bytes !== Array)
                            object.atr = $util.newBuffer(object.atr);
                    }
                }
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    object.present = message.present;
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    object.atr = options.bytes === String ? $util.base64.encode(message.atr, 0, message.atr.length) : options.bytes === Array ? Array.prototype.slice.call(message.atr) : message.atr;
                return object;
            };

            /**
             * Converts this CardPresenceChanged to JSON.
             * @function toJSON
             * @memberof idstation.v1.CardPresenceChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CardPresenceChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CardPresenceChanged;
        })();

        v1.ReadChipFile = (function() {

            /**
             * Properties of a ReadChipFile.
             * @memberof idstation.v1
             * @interface IReadChipFile
             * @property {string|null} [deviceId] ReadChipFile deviceId
             * @property {string|null} [documentNumber] ReadChipFile documentNumber
             * @property {string|null} [dateOfBirth] ReadChipFile dateOfBirth
             * @property {string|null} [dateOfExpiry] ReadChipFile dateOfExpiry
             * @property {number|null} [fileId] ReadChipFile fileId
             */

            /**
             * Constructs a new ReadChipFile.
             * @memberof idstation.v1
             * @classdesc Represents a ReadChipFile.
             * @implements IReadChipFile
             * @constructor
             * @param {idstation.v1.IReadChipFile=} [properties] Properties to set
             */
            function ReadChipFile(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReadChipFile deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.ReadChipFile
             * @instance
             */
            ReadChipFile.prototype.deviceId = "";

            /**
             * ReadChipFile documentNumber.
             * @member {string} documentNumber
             * @memberof idstation.v1.ReadChipFile
             * @instance
             */
            ReadChipFile.prototype.documentNumber = "";

            /**
             * ReadChipFile dateOfBirth.
             * @member {string} dateOfBirth
             * @memberof idstation.v1.ReadChipFile
             * @instance
             */
            ReadChipFile.prototype.dateOfBirth = "";

            /**
             * ReadChipFile dateOfExpiry.
             * @member {string} dateOfExpiry
             * @memberof idstation.v1.ReadChipFile
             * @instance
             */
            ReadChipFile.prototype.dateOfExpiry = "";

            /**
             * ReadChipFile fileId.
             * @member {number} fileId
             * @memberof idstation.v1.ReadChipFile
             * @instance
             */
            ReadChipFile.prototype.fileId = 0;

            /**
             * Creates a new ReadChipFile instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {idstation.v1.IReadChipFile=} [properties] Properties to set
             * @returns {idstation.v1.ReadChipFile} ReadChipFile instance
             */
            ReadChipFile.create = function create(properties) {
                return new ReadChipFile(properties);
            };

            /**
             * Encodes the specified ReadChipFile message. Does not implicitly {@link idstation.v1.ReadChipFile.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {idstation.v1.IReadChipFile} message ReadChipFile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadChipFile.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.documentNumber);
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dateOfBirth);
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.dateOfExpiry);
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.fileId);
                return writer;
            };

            /**
             * Decodes a ReadChipFile message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ReadChipFile} ReadChipFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadChipFile.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ReadChipFile();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.documentNumber = reader.string();
                            break;
                        }
                    case 3: {
                            message.dateOfBirth = reader.string();
                            break;
                        }
                    case 4: {
                            message.dateOfExpiry = reader.string();
                            break;
                        }
                    case 5: {
                            message.fileId = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ReadChipFile message.
             * @function verify
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadChipFile.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    if (!$util.isString(message.documentNumber))
                        return "documentNumber: string expected";
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    if (!$util.isString(message.dateOfBirth))
                        return "dateOfBirth: string expected";
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    if (!$util.isString(message.dateOfExpiry))
                        return "dateOfExpiry: string expected";
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    if (!$util.isInteger(message.fileId))
                        return "fileId: integer expected";
                return null;
            };

            /**
             * Creates a ReadChipFile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ReadChipFile} ReadChipFile
             */
            ReadChipFile.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ReadChipFile)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ReadChipFile: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ReadChipFile();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.documentNumber != null)
                    message.documentNumber = String(object.documentNumber);
                if (object.dateOfBirth != null)
                    message.dateOfBirth = String(object.dateOfBirth);
                if (object.dateOfExpiry != null)
                    message.dateOfExpiry = String(object.dateOfExpiry);
                if (object.fileId != null)
                    message.fileId = object.fileId >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ReadChipFile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ReadChipFile
             * @static
             * @param {idstation.v1.ReadChipFile} message ReadChipFile
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadChipFile.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.documentNumber = "";
                    object.dateOfBirth = "";
                    object.dateOfExpiry = "";
                    object.fileId = 0;
                }
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    object.documentNumber = message.documentNumber;
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    object.dateOfBirth = message.dateOfBirth;
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    object.dateOfExpiry = message.dateOfExpiry;
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = message.fileId;
                return object;
            };

            /**
             * Converts this ReadChipFile to JSON.
             * @function toJSON
             * @memberof idstation.v1.ReadChipFile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadChipFile.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadChipFile;
        })();

        v1.ReadChipFileResult = (function() {

            /**
             * Properties of a ReadChipFileResult.
             * @memberof idstation.v1
             * @interface IReadChipFileResult
             * @property {number|null} [fileId] ReadChipFileResult fileId
             * @property {number|null} [attachment] ReadChipFileResult attachment
             */

            /**
             * Constructs a new ReadChipFileResult.
             * @memberof idstation.v1
             * @classdesc Represents a ReadChipFileResult.
             * @implements IReadChipFileResult
             * @constructor
             * @param {idstation.v1.IReadChipFileResult=} [properties] Properties to set
             */
            function ReadChipFileResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReadChipFileResult fileId.
             * @member {number} fileId
             * @memberof idstation.v1.ReadChipFileResult
             * @instance
             */
            ReadChipFileResult.prototype.fileId = 0;

            /**
             * ReadChipFileResult attachment.
             * @member {number} attachment
             * @memberof idstation.v1.ReadChipFileResult
             * @instance
             */
            ReadChipFileResult.prototype.attachment = 0;

            /**
             * Creates a new ReadChipFileResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {idstation.v1.IReadChipFileResult=} [properties] Properties to set
             * @returns {idstation.v1.ReadChipFileResult} ReadChipFileResult instance
             */
            ReadChipFileResult.create = function create(properties) {
                return new ReadChipFileResult(properties);
            };

            /**
             * Encodes the specified ReadChipFileResult message. Does not implicitly {@link idstation.v1.ReadChipFileResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {idstation.v1.IReadChipFileResult} message ReadChipFileResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadChipFileResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.fileId);
                if (message.attachment != null && Object.hasOwnProperty.call(message, "attachment"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attachment);
                return writer;
            };

            /**
             * Decodes a ReadChipFileResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ReadChipFileResult} ReadChipFileResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadChipFileResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ReadChipFileResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fileId = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.attachment = reader.uint32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ReadChipFileResult message.
             * @function verify
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadChipFileResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    if (!$util.isInteger(message.fileId))
                        return "fileId: integer expected";
                if (message.attachment != null && Object.hasOwnProperty.call(message, "attachment"))
                    if (!$util.isInteger(message.attachment))
                        return "attachment: integer expected";
                return null;
            };

            /**
             * Creates a ReadChipFileResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ReadChipFileResult} ReadChipFileResult
             */
            ReadChipFileResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ReadChipFileResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ReadChipFileResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ReadChipFileResult();
                if (object.fileId != null)
                    message.fileId = object.fileId >>> 0;
                if (object.attachment != null)
                    message.attachment = object.attachment >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ReadChipFileResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ReadChipFileResult
             * @static
             * @param {idstation.v1.ReadChipFileResult} message ReadChipFileResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadChipFileResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.fileId = 0;
                    object.attachment = 0;
                }
                if (message.fileId != null && Object.hasOwnProperty.call(message, "fileId"))
                    object.fileId = message.fileId;
                if (message.attachment != null && Object.hasOwnProperty.call(message, "attachment"))
                    object.attachment = message.attachment;
                return object;
            };

            /**
             * Converts this ReadChipFileResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ReadChipFileResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadChipFileResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadChipFileResult;
        })();

        /**
         * DeviceKind enum.
         * @name idstation.v1.DeviceKind
         * @enum {number}
         * @property {number} DEVICE_KIND_UNSPECIFIED=0 DEVICE_KIND_UNSPECIFIED value
         * @property {number} CARD_ENCODER=1 CARD_ENCODER value
         * @property {number} FINGERPRINT_SCANNER=2 FINGERPRINT_SCANNER value
         * @property {number} CARD_PRINTER=3 CARD_PRINTER value
         * @property {number} PAGE_PRINTER=4 PAGE_PRINTER value
         */
        v1.DeviceKind = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DEVICE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CARD_ENCODER"] = 1;
            values[valuesById[2] = "FINGERPRINT_SCANNER"] = 2;
            values[valuesById[3] = "CARD_PRINTER"] = 3;
            values[valuesById[4] = "PAGE_PRINTER"] = 4;
            return values;
        })();

        /**
         * TransportKind enum.
         * @name idstation.v1.TransportKind
         * @enum {number}
         * @property {number} TRANSPORT_KIND_UNSPECIFIED=0 TRANSPORT_KIND_UNSPECIFIED value
         * @property {number} PCSC=1 PCSC value
         * @property {number} HID=2 HID value
         * @property {number} SERIAL=3 SERIAL value
         */
        v1.TransportKind = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TRANSPORT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PCSC"] = 1;
            values[valuesById[2] = "HID"] = 2;
            values[valuesById[3] = "SERIAL"] = 3;
            return values;
        })();

        /**
         * DeviceState enum.
         * @name idstation.v1.DeviceState
         * @enum {number}
         * @property {number} DEVICE_STATE_UNSPECIFIED=0 DEVICE_STATE_UNSPECIFIED value
         * @property {number} CLOSED=1 CLOSED value
         * @property {number} OPENING=2 OPENING value
         * @property {number} READY=3 READY value
         * @property {number} BUSY=4 BUSY value
         * @property {number} ATTENTION=5 ATTENTION value
         * @property {number} FAULT=6 FAULT value
         * @property {number} DISCONNECTED=7 DISCONNECTED value
         */
        v1.DeviceState = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DEVICE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CLOSED"] = 1;
            values[valuesById[2] = "OPENING"] = 2;
            values[valuesById[3] = "READY"] = 3;
            values[valuesById[4] = "BUSY"] = 4;
            values[valuesById[5] = "ATTENTION"] = 5;
            values[valuesById[6] = "FAULT"] = 6;
            values[valuesById[7] = "DISCONNECTED"] = 7;
            return values;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @memberof idstation.v1
             * @interface IDeviceStatus
             * @property {idstation.v1.DeviceState|null} [state] DeviceStatus state
             * @property {string|null} [operation] DeviceStatus operation
             * @property {idstation.v1.ErrorCode|null} [code] DeviceStatus code
             * @property {string|null} [message] DeviceStatus message
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof idstation.v1
             * @classdesc Represents a DeviceStatus.
             * @implements IDeviceStatus
             * @constructor
             * @param {idstation.v1.IDeviceStatus=} [properties] Properties to set
             */
            function DeviceStatus(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DeviceStatus state.
             * @member {idstation.v1.DeviceState} state
             * @memberof idstation.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.state = 0;

            /**
             * DeviceStatus operation.
             * @member {string} operation
             * @memberof idstation.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.operation = "";

            /**
             * DeviceStatus code.
             * @member {idstation.v1.ErrorCode} code
             * @memberof idstation.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.code = 0;

            /**
             * DeviceStatus message.
             * @member {string} message
             * @memberof idstation.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.message = "";

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {idstation.v1.IDeviceStatus=} [properties] Properties to set
             * @returns {idstation.v1.DeviceStatus} DeviceStatus instance
             */
            DeviceStatus.create = function create(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link idstation.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {idstation.v1.IDeviceStatus} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.operation);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                return writer;
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.DeviceStatus} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.DeviceStatus();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.state = reader.int32();
                            break;
                        }
                    case 2: {
                            message.operation = reader.string();
                            break;
                        }
                    case 3: {
                            message.code = reader.int32();
                            break;
                        }
                    case 4: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a DeviceStatus message.
             * @function verify
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatus.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    switch (message.state) {
                    default:
                        return "state: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    if (!$util.isString(message.operation))
                        return "operation: string expected";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    switch (message.code) {
                    default:
                        return "code: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                    case 9:
                    case 10:
                    case 11:
                    case 12:
                    case 13:
                    case 14:
                    case 20:
                    case 21:
                    case 22:
                    case 23:
                    case 24:
                    case 30:
                    case 31:
                    case 32:
                    case 33:
                    case 34:
                    case 35:
                    case 36:
                    case 40:
                    case 41:
                    case 42:
                    case 43:
                    case 44:
                    case 45:
                    case 46:
                    case 47:
                    case 48:
                        break;
                    }
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.DeviceStatus} DeviceStatus
             */
            DeviceStatus.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.DeviceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.DeviceStatus: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.DeviceStatus();
                switch (object.state) {
                default:
                    if (typeof object.state === "number") {
                        message.state = object.state;
                        break;
                    }
                    break;
                case "DEVICE_STATE_UNSPECIFIED":
                case 0:
                    message.state = 0;
                    break;
                case "CLOSED":
                case 1:
                    message.state = 1;
                    break;
                case "OPENING":
                case 2:
                    message.state = 2;
                    break;
                case "READY":
                case 3:
                    message.state = 3;
                    break;
                case "BUSY":
                case 4:
                    message.state = 4;
                    break;
                case "ATTENTION":
                case 5:
                    message.state = 5;
                    break;
                case "FAULT":
                case 6:
                    message.state = 6;
                    break;
                case "DISCONNECTED":
                case 7:
                    message.state = 7;
                    break;
                }
                if (object.operation != null)
                    message.operation = String(object.operation);
                switch (object.code) {
                default:
                    if (typeof object.code === "number") {
                        message.code = object.code;
                        break;
                    }
                    break;
                case "ERROR_CODE_UNSPECIFIED":
                case 0:
                    message.code = 0;
                    break;
                case "INTERNAL":
                case 1:
                    message.code = 1;
                    break;
                case "INVALID_ARGUMENT":
                case 2:
                    message.code = 2;
                    break;
                case "MALFORMED_REQUEST":
                case 3:
                    message.code = 3;
                    break;
                case "UNKNOWN_COMMAND":
                case 4:
                    message.code = 4;
                    break;
                case "UNSUPPORTED_API_LEVEL":
                case 5:
                    message.code = 5;
                    break;
                case "PAYLOAD_TOO_LARGE":
                case 6:
                    message.code = 6;
                    break;
                case "RESOURCE_EXHAUSTED":
                case 7:
                    message.code = 7;
                    break;
                case "DEADLINE_EXCEEDED":
                case 8:
                    message.code = 8;
                    break;
                case "CANCELED":
                case 9:
                    message.code = 9;
                    break;
                case "UNAUTHENTICATED":
                case 10:
                    message.code = 10;
                    break;
                case "PERMISSION_DENIED":
                case 11:
                    message.code = 11;
                    break;
                case "BAD_STATE":
                case 12:
                    message.code = 12;
                    break;
                case "SHUTTING_DOWN":
                case 13:
                    message.code = 13;
                    break;
                case "CONFIG_INVALID":
                case 14:
                    message.code = 14;
                    break;
                case "DEVICE_NOT_FOUND":
                case 20:
                    message.code = 20;
                    break;
                case "DEVICE_BUSY":
                case 21:
                    message.code = 21;
                    break;
                case "DEVICE_OFFLINE":
                case 22:
                    message.code = 22;
                    break;
                case "LEASE_NOT_FOUND":
                case 23:
                    message.code = 23;
                    break;
                case "DEVICE_UNSUPPORTED":
                case 24:
                    message.code = 24;
                    break;
                case "TRANSPORT_OPEN_FAILED":
                case 30:
                    message.code = 30;
                    break;
                case "TRANSPORT_DISCONNECTED":
                case 31:
                    message.code = 31;
                    break;
                case "TRANSPORT_TIMEOUT":
                case 32:
                    message.code = 32;
                    break;
                case "TRANSPORT_BUSY":
                case 33:
                    message.code = 33;
                    break;
                case "TRANSPORT_CANCELED":
                case 34:
                    message.code = 34;
                    break;
                case "TRANSPORT_IO":
                case 35:
                    message.code = 35;
                    break;
                case "TRANSPORT_UNAVAILABLE":
                case 36:
                    message.code = 36;
                    break;
                case "CARD_NOT_BLANK":
                case 40:
                    message.code = 40;
                    break;
                case "CHIP_ALREADY_USED":
                case 41:
                    message.code = 41;
                    break;
                case "DOCUMENT_ALREADY_ISSUED":
                case 42:
                    message.code = 42;
                    break;
                case "DOCUMENT_BLOCKED":
                case 43:
                    message.code = 43;
                    break;
                case "JOB_NOT_FOUND":
                case 44:
                    message.code = 44;
                    break;
                case "IDEMPOTENCY_CONFLICT":
                case 45:
                    message.code = 45;
                    break;
                case "SIGNER_UNAVAILABLE":
                case 46:
                    message.code = 46;
                    break;
                case "PASSIVE_AUTH_FAILED":
                case 47:
                    message.code = 47;
                    break;
                case "CARD_WRITE_FAILED":
                case 48:
                    message.code = 48;
                    break;
                }
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.DeviceStatus
             * @static
             * @param {idstation.v1.DeviceStatus} message DeviceStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatus.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.state = options.enums === String ? "DEVICE_STATE_UNSPECIFIED" : 0;
                    object.operation = "";
                    object.code = options.enums === String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === String ? $root.idstation.v1.DeviceState[message.state] === undefined ? message.state : $root.idstation.v1.DeviceState[message.state] : message.state;
                if (message.operation != null && Object.hasOwnProperty.call(message, "operation"))
                    object.operation = message.operation;
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === String ? $root.idstation.v1.ErrorCode[message.code] === undefined ? message.code : $root.idstation.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this DeviceStatus to JSON.
             * @function toJSON
             * @memberof idstation.v1.DeviceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeviceStatus;
        })();

        v1.Lease = (function() {

            /**
             * Properties of a Lease.
             * @memberof idstation.v1
             * @interface ILease
             * @property {string|null} [leaseId] Lease leaseId
             * @property {string|null} [deviceId] Lease deviceId
             * @property {string|null} [holder] Lease holder
             * @property {number|null} [acquiredAtMs] Lease acquiredAtMs
             */

            /**
             * Constructs a new Lease.
             * @memberof idstation.v1
             * @classdesc Represents a Lease.
             * @implements ILease
             * @constructor
             * @param {idstation.v1.ILease=} [properties] Properties to set
             */
            function Lease(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Lease leaseId.
             * @member {string} leaseId
             * @memberof idstation.v1.Lease
             * @instance
             */
            Lease.prototype.leaseId = "";

            /**
             * Lease deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.Lease
             * @instance
             */
            Lease.prototype.deviceId = "";

            /**
             * Lease holder.
             * @member {string} holder
             * @memberof idstation.v1.Lease
             * @instance
             */
            Lease.prototype.holder = "";

            /**
             * Lease acquiredAtMs.
             * @member {number} acquiredAtMs
             * @memberof idstation.v1.Lease
             * @instance
             */
            Lease.prototype.acquiredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Lease instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Lease
             * @static
             * @param {idstation.v1.ILease=} [properties] Properties to set
             * @returns {idstation.v1.Lease} Lease instance
             */
            Lease.create = function create(properties) {
                return new Lease(properties);
            };

            /**
             * Encodes the specified Lease message. Does not implicitly {@link idstation.v1.Lease.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Lease
             * @static
             * @param {idstation.v1.ILease} message Lease message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Lease.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.holder != null && Object.hasOwnProperty.call(message, "holder"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.holder);
                if (message.acquiredAtMs != null && Object.hasOwnProperty.call(message, "acquiredAtMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.acquiredAtMs);
                return writer;
            };

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Lease
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Lease} Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Lease.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Lease();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.leaseId = reader.string();
                            break;
                        }
                    case 2: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 3: {
                            message.holder = reader.string();
                            break;
                        }
                    case 4: {
                            message.acquiredAtMs = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Lease message.
             * @function verify
             * @memberof idstation.v1.Lease
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Lease.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.holder != null && Object.hasOwnProperty.call(message, "holder"))
                    if (!$util.isString(message.holder))
                        return "holder: string expected";
                if (message.acquiredAtMs != null && Object.hasOwnProperty.call(message, "acquiredAtMs"))
                    if (!$util.isInteger(message.acquiredAtMs) && !(message.acquiredAtMs && $util.isInteger(message.acquiredAtMs.low) && $util.isInteger(message.acquiredAtMs.high)))
                        return "acquiredAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Lease message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Lease
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Lease} Lease
             */
            Lease.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Lease)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Lease: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Lease();
                if (object.leaseId != null)
                    message.leaseId = String(object.leaseId);
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.holder != null)
                    message.holder = String(object.holder);
                if (object.acquiredAtMs != null)
                    if ($util.Long)
                        message.acquiredAtMs = $util.Long.fromValue(object.acquiredAtMs, true);
                    else if (typeof object.acquiredAtMs === "string")
                        message.acquiredAtMs = parseInt(object.acquiredAtMs, 10);
                    else if (typeof object.acquiredAtMs === "number")
                        message.acquiredAtMs = object.acquiredAtMs;
                    else if (typeof object.acquiredAtMs === "object")
                        message.acquiredAtMs = new $util.LongBits(object.acquiredAtMs.low >>> 0, object.acquiredAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Lease message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Lease
             * @static
             * @param {idstation.v1.Lease} message Lease
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Lease.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.leaseId = "";
                    object.deviceId = "";
                    object.holder = "";
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.acquiredAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.acquiredAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.holder != null && Object.hasOwnProperty.call(message, "holder"))
                    object.holder = message.holder;
                if (message.acquiredAtMs != null && Object.hasOwnProperty.call(message, "acquiredAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.acquiredAtMs = typeof message.acquiredAtMs === "number" ? BigInt(message.acquiredAtMs) : $util.Long.fromBits(message.acquiredAtMs.low >>> 0, message.acquiredAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.acquiredAtMs === "number")
                        object.acquiredAtMs = options.longs === String ? String(message.acquiredAtMs) : message.acquiredAtMs;
                    else
                        object.acquiredAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.acquiredAtMs) : options.longs === Number ? new $util.LongBits(message.acquiredAtMs.low >>> 0, message.acquiredAtMs.high >>> 0).toNumber(true) : message.acquiredAtMs;
                return object;
            };

            /**
             * Converts this Lease to JSON.
             * @function toJSON
             * @memberof idstation.v1.Lease
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Lease.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Lease;
        })();

        v1.CardSlot = (function() {

            /**
             * Properties of a CardSlot.
             * @memberof idstation.v1
             * @interface ICardSlot
             * @property {boolean|null} [present] CardSlot present
             * @property {Uint8Array|null} [atr] CardSlot atr
             */

            /**
             * Constructs a new CardSlot.
             * @memberof idstation.v1
             * @classdesc Represents a CardSlot.
             * @implements ICardSlot
             * @constructor
             * @param {idstation.v1.ICardSlot=} [properties] Properties to set
             */
            function CardSlot(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CardSlot present.
             * @member {boolean} present
             * @memberof idstation.v1.CardSlot
             * @instance
             */
            CardSlot.prototype.present = false;

            /**
             * CardSlot atr.
             * @member {Uint8Array} atr
             * @memberof idstation.v1.CardSlot
             * @instance
             */
            CardSlot.prototype.atr = $util.newBuffer([]);

            /**
             * Creates a new CardSlot instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {idstation.v1.ICardSlot=} [properties] Properties to set
             * @returns {idstation.v1.CardSlot} CardSlot instance
             */
            CardSlot.create = function create(properties) {
                return new CardSlot(properties);
            };

            /**
             * Encodes the specified CardSlot message. Does not implicitly {@link idstation.v1.CardSlot.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {idstation.v1.ICardSlot} message CardSlot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CardSlot.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.present);
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.atr);
                return writer;
            };

            /**
             * Decodes a CardSlot message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CardSlot} CardSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CardSlot.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CardSlot();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.present = reader.bool();
                            break;
                        }
                    case 2: {
                            message.atr = reader.bytes();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CardSlot message.
             * @function verify
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CardSlot.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    if (typeof message.present !== "boolean")
                        return "present: boolean expected";
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    if (!(message.atr && typeof message.atr.length === "number" || $util.isString(message.atr)))
                        return "atr: buffer expected";
                return null;
            };

            /**
             * Creates a CardSlot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CardSlot} CardSlot
             */
            CardSlot.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CardSlot)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CardSlot: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CardSlot();
                if (object.present != null)
                    message.present = Boolean(object.present);
                if (object.atr != null)
                    if (typeof object.atr === "string")
                        $util.base64.decode(object.atr, message.atr = $util.newBuffer($util.base64.length(object.atr)), 0);
                    else if (object.atr.length >= 0)
                        message.atr = object.atr;
                return message;
            };

            /**
             * Creates a plain object from a CardSlot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CardSlot
             * @static
             * @param {idstation.v1.CardSlot} message CardSlot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CardSlot.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.present = false;
                    if (options.bytes === String)
                        object.atr = "";
                    else {
                        object.atr = [];
                        if (options.bytes !== Array)
                            object.atr = $util.newBuffer(object.atr);
                    }
                }
                if (message.present != null && Object.hasOwnProperty.call(message, "present"))
                    object.present = message.present;
                if (message.atr != null && Object.hasOwnProperty.call(message, "atr"))
                    object.atr = options.bytes === String ? $util.base64.encode(message.atr, 0, message.atr.length) : options.bytes === Array ? Array.prototype.slice.call(message.atr) : message.atr;
                return object;
            };

            /**
             * Converts this CardSlot to JSON.
             * @function toJSON
             * @memberof idstation.v1.CardSlot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CardSlot.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CardSlot;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @memberof idstation.v1
             * @interface IDevice
             * @property {string|null} [id] Device id
             * @property {string|null} [driverId] Device driverId
             * @property {string|null} [driverName] Device driverName
             * @property {idstation.v1.DeviceKind|null} [kind] Device kind
             * @property {idstation.v1.TransportKind|null} [transport] Device transport
             * @property {string|null} [path] Device path
             * @property {number|null} [vendorId] Device vendorId
             * @property {number|null} [productId] Device productId
             * @property {string|null} [serialNumber] Device serialNumber
             * @property {string|null} [product] Device product
             * @property {idstation.v1.IDeviceStatus|null} [status] Device status
             * @property {idstation.v1.ILease|null} [lease] Device lease
             * @property {idstation.v1.ICardSlot|null} [card] Device card
             */

            /**
             * Constructs a new Device.
             * @memberof idstation.v1
             * @classdesc Represents a Device.
             * @implements IDevice
             * @constructor
             * @param {idstation.v1.IDevice=} [properties] Properties to set
             */
            function Device(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Device id.
             * @member {string} id
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.id = "";

            /**
             * Device driverId.
             * @member {string} driverId
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.driverId = "";

            /**
             * Device driverName.
             * @member {string} driverName
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.driverName = "";

            /**
             * Device kind.
             * @member {idstation.v1.DeviceKind} kind
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.kind = 0;

            /**
             * Device transport.
             * @member {idstation.v1.TransportKind} transport
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.transport = 0;

            /**
             * Device path.
             * @member {string} path
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.path = "";

            /**
             * Device vendorId.
             * @member {number} vendorId
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.vendorId = 0;

            /**
             * Device productId.
             * @member {number} productId
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.productId = 0;

            /**
             * Device serialNumber.
             * @member {string} serialNumber
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.serialNumber = "";

            /**
             * Device product.
             * @member {string} product
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.product = "";

            /**
             * Device status.
             * @member {idstation.v1.IDeviceStatus|null|undefined} status
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.status = null;

            /**
             * Device lease.
             * @member {idstation.v1.ILease|null|undefined} lease
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.lease = null;

            /**
             * Device card.
             * @member {idstation.v1.ICardSlot|null|undefined} card
             * @memberof idstation.v1.Device
             * @instance
             */
            Device.prototype.card = null;

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Device
             * @static
             * @param {idstation.v1.IDevice=} [properties] Properties to set
             * @returns {idstation.v1.Device} Device instance
             */
            Device.create = function create(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link idstation.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Device
             * @static
             * @param {idstation.v1.IDevice} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.driverId != null && Object.hasOwnProperty.call(message, "driverId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.driverId);
                if (message.driverName != null && Object.hasOwnProperty.call(message, "driverName"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.driverName);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.transport != null && Object.hasOwnProperty.call(message, "transport"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.transport);
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.path);
                if (message.vendorId != null && Object.hasOwnProperty.call(message, "vendorId"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.vendorId);
                if (message.productId != null && Object.hasOwnProperty.call(message, "productId"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.productId);
                if (message.serialNumber != null && Object.hasOwnProperty.call(message, "serialNumber"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.serialNumber);
                if (message.product != null && Object.hasOwnProperty.call(message, "product"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.product);
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.idstation.v1.DeviceStatus.encode(message.status, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                    $root.idstation.v1.Lease.encode(message.lease, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.card != null && Object.hasOwnProperty.call(message, "card"))
                    $root.idstation.v1.CardSlot.encode(message.card, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Device} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Device();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.driverId = reader.string();
                            break;
                        }
                    case 3: {
                            message.driverName = reader.string();
                            break;
                        }
                    case 4: {
                            message.kind = reader.int32();
                            break;
                        }
                    case 5: {
                            message.transport = reader.int32();
                            break;
                        }
                    case 6: {
                            message.path = reader.string();
                            break;
                        }
                    case 7: {
                            message.vendorId = reader.uint32();
                            break;
                        }
                    case 8: {
                            message.productId = reader.uint32();
                            break;
                        }
                    case 9: {
                            message.serialNumber = reader.string();
                            break;
                        }
                    case 10: {
                            message.product = reader.string();
                            break;
                        }
                    case 11: {
                            message.status = $root.idstation.v1.DeviceStatus.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.lease = $root.idstation.v1.Lease.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.card = $root.idstation.v1.CardSlot.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof idstation.v1.Device
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.driverId != null && Object.hasOwnProperty.call(message, "driverId"))
                    if (!$util.isString(message.driverId))
                        return "driverId: string expected";
                if (message.driverName != null && Object.hasOwnProperty.call(message, "driverName"))
                    if (!$util.isString(message.driverName))
                        return "driverName: string expected";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    switch (message.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                        break;
                    }
                if (message.transport != null && Object.hasOwnProperty.call(message, "transport"))
                    switch (message.transport) {
                    default:
                        return "transport: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.vendorId != null && Object.hasOwnProperty.call(message, "vendorId"))
                    if (!$util.isInteger(message.vendorId))
                        return "vendorId: integer expected";
                if (message.productId != null && Object.hasOwnProperty.call(message, "productId"))
                    if (!$util.isInteger(message.productId))
                        return "productId: integer expected";
                if (message.serialNumber != null && Object.hasOwnProperty.call(message, "serialNumber"))
                    if (!$util.isString(message.serialNumber))
                        return "serialNumber: string expected";
                if (message.product != null && Object.hasOwnProperty.call(message, "product"))
                    if (!$util.isString(message.product))
                        return "product: string expected";
                if (message.status != null && Object.hasOwnProperty.call(message, "status")) {
                    var error = $root.idstation.v1.DeviceStatus.verify(message.status, long + 1);
                    if (error)
                        return "status." + error;
                }
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease")) {
                    var error = $root.idstation.v1.Lease.verify(message.lease, long + 1);
                    if (error)
                        return "lease." + error;
                }
                if (message.card != null && Object.hasOwnProperty.call(message, "card")) {
                    var error = $root.idstation.v1.CardSlot.verify(message.card, long + 1);
                    if (error)
                        return "card." + error;
                }
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Device} Device
             */
            Device.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Device)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Device: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Device();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.driverId != null)
                    message.driverId = String(object.driverId);
                if (object.driverName != null)
                    message.driverName = String(object.driverName);
                switch (object.kind) {
                default:
                    if (typeof object.kind === "number") {
                        message.kind = object.kind;
                        break;
                    }
                    break;
                case "DEVICE_KIND_UNSPECIFIED":
                case 0:
                    message.kind = 0;
                    break;
                case "CARD_ENCODER":
                case 1:
                    message.kind = 1;
                    break;
                case "FINGERPRINT_SCANNER":
                case 2:
                    message.kind = 2;
                    break;
                case "CARD_PRINTER":
                case 3:
                    message.kind = 3;
                    break;
                case "PAGE_PRINTER":
                case 4:
                    message.kind = 4;
                    break;
                }
                switch (object.transport) {
                default:
                    if (typeof object.transport === "number") {
                        message.transport = object.transport;
                        break;
                    }
                    break;
                case "TRANSPORT_KIND_UNSPECIFIED":
                case 0:
                    message.transport = 0;
                    break;
                case "PCSC":
                case 1:
                    message.transport = 1;
                    break;
                case "HID":
                case 2:
                    message.transport = 2;
                    break;
                case "SERIAL":
                case 3:
                    message.transport = 3;
                    break;
                }
                if (object.path != null)
                    message.path = String(object.path);
                if (object.vendorId != null)
                    message.vendorId = object.vendorId >>> 0;
                if (object.productId != null)
                    message.productId = object.productId >>> 0;
                if (object.serialNumber != null)
                    message.serialNumber = String(object.serialNumber);
                if (object.product != null)
                    message.product = String(object.product);
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".idstation.v1.Device.status: object expected");
                    message.status = $root.idstation.v1.DeviceStatus.fromObject(object.status, long + 1);
                }
                if (object.lease != null) {
                    if (!$util.isObject(object.lease))
                        throw TypeError(".idstation.v1.Device.lease: object expected");
                    message.lease = $root.idstation.v1.Lease.fromObject(object.lease, long + 1);
                }
                if (object.card != null) {
                    if (!$util.isObject(object.card))
                        throw TypeError(".idstation.v1.Device.card: object expected");
                    message.card = $root.idstation.v1.CardSlot.fromObject(object.card, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Device
             * @static
             * @param {idstation.v1.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.id = "";
                    object.driverId = "";
                    object.driverName = "";
                    object.kind = options.enums === String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    object.transport = options.enums === String ? "TRANSPORT_KIND_UNSPECIFIED" : 0;
                    object.path = "";
                    object.vendorId = 0;
                    object.productId = 0;
                    object.serialNumber = "";
                    object.product = "";
                    object.status = null;
                    object.lease = null;
                    object.card = null;
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.driverId != null && Object.hasOwnProperty.call(message, "driverId"))
                    object.driverId = message.driverId;
                if (message.driverName != null && Object.hasOwnProperty.call(message, "driverName"))
                    object.driverName = message.driverName;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === String ? $root.idstation.v1.DeviceKind[message.kind] === undefined ? message.kind : $root.idstation.v1.DeviceKind[message.kind] : message.kind;
                if (message.transport != null && Object.hasOwnProperty.call(message, "transport"))
                    object.transport = options.enums === String ? $root.idstation.v1.TransportKind[message.transport] === undefined ? message.transport : $root.idstation.v1.TransportKind[message.transport] : message.transport;
                if (message.path != null && Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.vendorId != null && Object.hasOwnProperty.call(message, "vendorId"))
                    object.vendorId = message.vendorId;
                if (message.productId != null && Object.hasOwnProperty.call(message, "productId"))
                    object.productId = message.productId;
                if (message.serialNumber != null && Object.hasOwnProperty.call(message, "serialNumber"))
                    object.serialNumber = message.serialNumber;
                if (message.product != null && Object.hasOwnProperty.call(message, "product"))
                    object.product = message.product;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.idstation.v1.DeviceStatus.toObject(message.status, options, q + 1);
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                    object.lease = $root.idstation.v1.Lease.toObject(message.lease, options, q + 1);
                if (message.card != null && Object.hasOwnProperty.call(message, "card"))
                    object.card = $root.idstation.v1.CardSlot.toObject(message.card, options, q + 1);
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof idstation.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Device;
        })();

        v1.ListDevices = (function() {

            /**
             * Properties of a ListDevices.
             * @memberof idstation.v1
             * @interface IListDevices
             * @property {idstation.v1.DeviceKind|null} [kind] ListDevices kind
             */

            /**
             * Constructs a new ListDevices.
             * @memberof idstation.v1
             * @classdesc Represents a ListDevices.
             * @implements IListDevices
             * @constructor
             * @param {idstation.v1.IListDevices=} [properties] Properties to set
             */
            function ListDevices(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListDevices kind.
             * @member {idstation.v1.DeviceKind} kind
             * @memberof idstation.v1.ListDevices
             * @instance
             */
            ListDevices.prototype.kind = 0;

            /**
             * Creates a new ListDevices instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {idstation.v1.IListDevices=} [properties] Properties to set
             * @returns {idstation.v1.ListDevices} ListDevices instance
             */
            ListDevices.create = function create(properties) {
                return new ListDevices(properties);
            };

            /**
             * Encodes the specified ListDevices message. Does not implicitly {@link idstation.v1.ListDevices.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {idstation.v1.IListDevices} message ListDevices message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevices.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                return writer;
            };

            /**
             * Decodes a ListDevices message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ListDevices} ListDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevices.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ListDevices();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.kind = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListDevices message.
             * @function verify
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListDevices.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    switch (message.kind) {
                    default:
                        return "kind: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                        break;
                    }
                return null;
            };

            /**
             * Creates a ListDevices message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ListDevices} ListDevices
             */
            ListDevices.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ListDevices)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ListDevices: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ListDevices();
                switch (object.kind) {
                default:
                    if (typeof object.kind === "number") {
                        message.kind = object.kind;
                        break;
                    }
                    break;
                case "DEVICE_KIND_UNSPECIFIED":
                case 0:
                    message.kind = 0;
                    break;
                case "CARD_ENCODER":
                case 1:
                    message.kind = 1;
                    break;
                case "FINGERPRINT_SCANNER":
                case 2:
                    message.kind = 2;
                    break;
                case "CARD_PRINTER":
                case 3:
                    message.kind = 3;
                    break;
                case "PAGE_PRINTER":
                case 4:
                    message.kind = 4;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a ListDevices message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ListDevices
             * @static
             * @param {idstation.v1.ListDevices} message ListDevices
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListDevices.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.kind = options.enums === String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === String ? $root.idstation.v1.DeviceKind[message.kind] === undefined ? message.kind : $root.idstation.v1.DeviceKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this ListDevices to JSON.
             * @function toJSON
             * @memberof idstation.v1.ListDevices
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListDevices.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListDevices;
        })();

        v1.ListDevicesResult = (function() {

            /**
             * Properties of a ListDevicesResult.
             * @memberof idstation.v1
             * @interface IListDevicesResult
             * @property {Array.<idstation.v1.IDevice>|null} [devices] ListDevicesResult devices
             */

            /**
             * Constructs a new ListDevicesResult.
             * @memberof idstation.v1
             * @classdesc Represents a ListDevicesResult.
             * @implements IListDevicesResult
             * @constructor
             * @param {idstation.v1.IListDevicesResult=} [properties] Properties to set
             */
            function ListDevicesResult(properties) {
                this.devices = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListDevicesResult devices.
             * @member {Array.<idstation.v1.IDevice>} devices
             * @memberof idstation.v1.ListDevicesResult
             * @instance
             */
            ListDevicesResult.prototype.devices = $util.emptyArray;

            /**
             * Creates a new ListDevicesResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {idstation.v1.IListDevicesResult=} [properties] Properties to set
             * @returns {idstation.v1.ListDevicesResult} ListDevicesResult instance
             */
            ListDevicesResult.create = function create(properties) {
                return new ListDevicesResult(properties);
            };

            /**
             * Encodes the specified ListDevicesResult message. Does not implicitly {@link idstation.v1.ListDevicesResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {idstation.v1.IListDevicesResult} message ListDevicesResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.devices != null && message.devices.length)
                    for (var i = 0; i < message.devices.length; ++i)
                        $root.idstation.v1.Device.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ListDevicesResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ListDevicesResult} ListDevicesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ListDevicesResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.idstation.v1.Device.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListDevicesResult message.
             * @function verify
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListDevicesResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.devices != null && Object.hasOwnProperty.call(message, "devices")) {
                    if (!Array.isArray(message.devices))
                        return "devices: array expected";
                    for (var i = 0; i < message.devices.length; ++i) {
                        var error = $root.idstation.v1.Device.verify(message.devices[i], long + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListDevicesResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ListDevicesResult} ListDevicesResult
             */
            ListDevicesResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ListDevicesResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ListDevicesResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ListDevicesResult();
                if (object.devices) {
                    if (!Array.isArray(object.devices))
                        throw TypeError(".idstation.v1.ListDevicesResult.devices: array expected");
                    message.devices = [];
                    for (var i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw TypeError(".idstation.v1.ListDevicesResult.devices: object expected");
                        message.devices[i] = $root.idstation.v1.Device.fromObject(object.devices[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListDevicesResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ListDevicesResult
             * @static
             * @param {idstation.v1.ListDevicesResult} message ListDevicesResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListDevicesResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (message.devices && message.devices.length) {
                    object.devices = [];
                    for (var j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.idstation.v1.Device.toObject(message.devices[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ListDevicesResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ListDevicesResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListDevicesResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListDevicesResult;
        })();

        v1.GetDevice = (function() {

            /**
             * Properties of a GetDevice.
             * @memberof idstation.v1
             * @interface IGetDevice
             * @property {string|null} [deviceId] GetDevice deviceId
             */

            /**
             * Constructs a new GetDevice.
             * @memberof idstation.v1
             * @classdesc Represents a GetDevice.
             * @implements IGetDevice
             * @constructor
             * @param {idstation.v1.IGetDevice=} [properties] Properties to set
             */
            function GetDevice(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetDevice deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.GetDevice
             * @instance
             */
            GetDevice.prototype.deviceId = "";

            /**
             * Creates a new GetDevice instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {idstation.v1.IGetDevice=} [properties] Properties to set
             * @returns {idstation.v1.GetDevice} GetDevice instance
             */
            GetDevice.create = function create(properties) {
                return new GetDevice(properties);
            };

            /**
             * Encodes the specified GetDevice message. Does not implicitly {@link idstation.v1.GetDevice.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {idstation.v1.IGetDevice} message GetDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDevice.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                return writer;
            };

            /**
             * Decodes a GetDevice message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetDevice} GetDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDevice.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetDevice();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetDevice message.
             * @function verify
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetDevice.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                return null;
            };

            /**
             * Creates a GetDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetDevice} GetDevice
             */
            GetDevice.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetDevice)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetDevice: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetDevice();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a GetDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetDevice
             * @static
             * @param {idstation.v1.GetDevice} message GetDevice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetDevice.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.deviceId = "";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this GetDevice to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetDevice.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetDevice;
        })();

        v1.GetDeviceResult = (function() {

            /**
             * Properties of a GetDeviceResult.
             * @memberof idstation.v1
             * @interface IGetDeviceResult
             * @property {idstation.v1.IDevice|null} [device] GetDeviceResult device
             */

            /**
             * Constructs a new GetDeviceResult.
             * @memberof idstation.v1
             * @classdesc Represents a GetDeviceResult.
             * @implements IGetDeviceResult
             * @constructor
             * @param {idstation.v1.IGetDeviceResult=} [properties] Properties to set
             */
            function GetDeviceResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetDeviceResult device.
             * @member {idstation.v1.IDevice|null|undefined} device
             * @memberof idstation.v1.GetDeviceResult
             * @instance
             */
            GetDeviceResult.prototype.device = null;

            /**
             * Creates a new GetDeviceResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {idstation.v1.IGetDeviceResult=} [properties] Properties to set
             * @returns {idstation.v1.GetDeviceResult} GetDeviceResult instance
             */
            GetDeviceResult.create = function create(properties) {
                return new GetDeviceResult(properties);
            };

            /**
             * Encodes the specified GetDeviceResult message. Does not implicitly {@link idstation.v1.GetDeviceResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {idstation.v1.IGetDeviceResult} message GetDeviceResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDeviceResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    $root.idstation.v1.Device.encode(message.device, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a GetDeviceResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetDeviceResult} GetDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDeviceResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetDeviceResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.device = $root.idstation.v1.Device.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetDeviceResult message.
             * @function verify
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetDeviceResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.device != null && Object.hasOwnProperty.call(message, "device")) {
                    var error = $root.idstation.v1.Device.verify(message.device, long + 1);
                    if (error)
                        return "device." + error;
                }
                return null;
            };

            /**
             * Creates a GetDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetDeviceResult} GetDeviceResult
             */
            GetDeviceResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetDeviceResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetDeviceResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetDeviceResult();
                if (object.device != null) {
                    if (!$util.isObject(object.device))
                        throw TypeError(".idstation.v1.GetDeviceResult.device: object expected");
                    message.device = $root.idstation.v1.Device.fromObject(object.device, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetDeviceResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetDeviceResult
             * @static
             * @param {idstation.v1.GetDeviceResult} message GetDeviceResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetDeviceResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.device = null;
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    object.device = $root.idstation.v1.Device.toObject(message.device, options, q + 1);
                return object;
            };

            /**
             * Converts this GetDeviceResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetDeviceResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetDeviceResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetDeviceResult;
        })();

        v1.ClaimDevice = (function() {

            /**
             * Properties of a ClaimDevice.
             * @memberof idstation.v1
             * @interface IClaimDevice
             * @property {string|null} [deviceId] ClaimDevice deviceId
             * @property {boolean|null} [wait] ClaimDevice wait
             */

            /**
             * Constructs a new ClaimDevice.
             * @memberof idstation.v1
             * @classdesc Represents a ClaimDevice.
             * @implements IClaimDevice
             * @constructor
             * @param {idstation.v1.IClaimDevice=} [properties] Properties to set
             */
            function ClaimDevice(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ClaimDevice deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.ClaimDevice
             * @instance
             */
            ClaimDevice.prototype.deviceId = "";

            /**
             * ClaimDevice wait.
             * @member {boolean} wait
             * @memberof idstation.v1.ClaimDevice
             * @instance
             */
            ClaimDevice.prototype.wait = false;

            /**
             * Creates a new ClaimDevice instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {idstation.v1.IClaimDevice=} [properties] Properties to set
             * @returns {idstation.v1.ClaimDevice} ClaimDevice instance
             */
            ClaimDevice.create = function create(properties) {
                return new ClaimDevice(properties);
            };

            /**
             * Encodes the specified ClaimDevice message. Does not implicitly {@link idstation.v1.ClaimDevice.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {idstation.v1.IClaimDevice} message ClaimDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimDevice.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.wait != null && Object.hasOwnProperty.call(message, "wait"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.wait);
                return writer;
            };

            /**
             * Decodes a ClaimDevice message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ClaimDevice} ClaimDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimDevice.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ClaimDevice();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.wait = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ClaimDevice message.
             * @function verify
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClaimDevice.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.wait != null && Object.hasOwnProperty.call(message, "wait"))
                    if (typeof message.wait !== "boolean")
                        return "wait: boolean expected";
                return null;
            };

            /**
             * Creates a ClaimDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ClaimDevice} ClaimDevice
             */
            ClaimDevice.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ClaimDevice)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ClaimDevice: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ClaimDevice();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.wait != null)
                    message.wait = Boolean(object.wait);
                return message;
            };

            /**
             * Creates a plain object from a ClaimDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ClaimDevice
             * @static
             * @param {idstation.v1.ClaimDevice} message ClaimDevice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClaimDevice.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.deviceId = "";
                    object.wait = false;
                }
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.wait != null && Object.hasOwnProperty.call(message, "wait"))
                    object.wait = message.wait;
                return object;
            };

            /**
             * Converts this ClaimDevice to JSON.
             * @function toJSON
             * @memberof idstation.v1.ClaimDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClaimDevice.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClaimDevice;
        })();

        v1.ClaimDeviceResult = (function() {

            /**
             * Properties of a ClaimDeviceResult.
             * @memberof idstation.v1
             * @interface IClaimDeviceResult
             * @property {idstation.v1.ILease|null} [lease] ClaimDeviceResult lease
             */

            /**
             * Constructs a new ClaimDeviceResult.
             * @memberof idstation.v1
             * @classdesc Represents a ClaimDeviceResult.
             * @implements IClaimDeviceResult
             * @constructor
             * @param {idstation.v1.IClaimDeviceResult=} [properties] Properties to set
             */
            function ClaimDeviceResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ClaimDeviceResult lease.
             * @member {idstation.v1.ILease|null|undefined} lease
             * @memberof idstation.v1.ClaimDeviceResult
             * @instance
             */
            ClaimDeviceResult.prototype.lease = null;

            /**
             * Creates a new ClaimDeviceResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {idstation.v1.IClaimDeviceResult=} [properties] Properties to set
             * @returns {idstation.v1.ClaimDeviceResult} ClaimDeviceResult instance
             */
            ClaimDeviceResult.create = function create(properties) {
                return new ClaimDeviceResult(properties);
            };

            /**
             * Encodes the specified ClaimDeviceResult message. Does not implicitly {@link idstation.v1.ClaimDeviceResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {idstation.v1.IClaimDeviceResult} message ClaimDeviceResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClaimDeviceResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                    $root.idstation.v1.Lease.encode(message.lease, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ClaimDeviceResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ClaimDeviceResult} ClaimDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClaimDeviceResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ClaimDeviceResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.lease = $root.idstation.v1.Lease.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ClaimDeviceResult message.
             * @function verify
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClaimDeviceResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease")) {
                    var error = $root.idstation.v1.Lease.verify(message.lease, long + 1);
                    if (error)
                        return "lease." + error;
                }
                return null;
            };

            /**
             * Creates a ClaimDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ClaimDeviceResult} ClaimDeviceResult
             */
            ClaimDeviceResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ClaimDeviceResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ClaimDeviceResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ClaimDeviceResult();
                if (object.lease != null) {
                    if (!$util.isObject(object.lease))
                        throw TypeError(".idstation.v1.ClaimDeviceResult.lease: object expected");
                    message.lease = $root.idstation.v1.Lease.fromObject(object.lease, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClaimDeviceResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ClaimDeviceResult
             * @static
             * @param {idstation.v1.ClaimDeviceResult} message ClaimDeviceResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClaimDeviceResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.lease = null;
                if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                    object.lease = $root.idstation.v1.Lease.toObject(message.lease, options, q + 1);
                return object;
            };

            /**
             * Converts this ClaimDeviceResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ClaimDeviceResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClaimDeviceResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClaimDeviceResult;
        })();

        v1.ReleaseDevice = (function() {

            /**
             * Properties of a ReleaseDevice.
             * @memberof idstation.v1
             * @interface IReleaseDevice
             * @property {string|null} [leaseId] ReleaseDevice leaseId
             */

            /**
             * Constructs a new ReleaseDevice.
             * @memberof idstation.v1
             * @classdesc Represents a ReleaseDevice.
             * @implements IReleaseDevice
             * @constructor
             * @param {idstation.v1.IReleaseDevice=} [properties] Properties to set
             */
            function ReleaseDevice(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ReleaseDevice leaseId.
             * @member {string} leaseId
             * @memberof idstation.v1.ReleaseDevice
             * @instance
             */
            ReleaseDevice.prototype.leaseId = "";

            /**
             * Creates a new ReleaseDevice instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {idstation.v1.IReleaseDevice=} [properties] Properties to set
             * @returns {idstation.v1.ReleaseDevice} ReleaseDevice instance
             */
            ReleaseDevice.create = function create(properties) {
                return new ReleaseDevice(properties);
            };

            /**
             * Encodes the specified ReleaseDevice message. Does not implicitly {@link idstation.v1.ReleaseDevice.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {idstation.v1.IReleaseDevice} message ReleaseDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseDevice.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.leaseId);
                return writer;
            };

            /**
             * Decodes a ReleaseDevice message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ReleaseDevice} ReleaseDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseDevice.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ReleaseDevice();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.leaseId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ReleaseDevice message.
             * @function verify
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReleaseDevice.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                return null;
            };

            /**
             * Creates a ReleaseDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ReleaseDevice} ReleaseDevice
             */
            ReleaseDevice.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ReleaseDevice)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ReleaseDevice: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ReleaseDevice();
                if (object.leaseId != null)
                    message.leaseId = String(object.leaseId);
                return message;
            };

            /**
             * Creates a plain object from a ReleaseDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ReleaseDevice
             * @static
             * @param {idstation.v1.ReleaseDevice} message ReleaseDevice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseDevice.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.leaseId = "";
                if (message.leaseId != null && Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                return object;
            };

            /**
             * Converts this ReleaseDevice to JSON.
             * @function toJSON
             * @memberof idstation.v1.ReleaseDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseDevice.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReleaseDevice;
        })();

        v1.ReleaseDeviceResult = (function() {

            /**
             * Properties of a ReleaseDeviceResult.
             * @memberof idstation.v1
             * @interface IReleaseDeviceResult
             */

            /**
             * Constructs a new ReleaseDeviceResult.
             * @memberof idstation.v1
             * @classdesc Represents a ReleaseDeviceResult.
             * @implements IReleaseDeviceResult
             * @constructor
             * @param {idstation.v1.IReleaseDeviceResult=} [properties] Properties to set
             */
            function ReleaseDeviceResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new ReleaseDeviceResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {idstation.v1.IReleaseDeviceResult=} [properties] Properties to set
             * @returns {idstation.v1.ReleaseDeviceResult} ReleaseDeviceResult instance
             */
            ReleaseDeviceResult.create = function create(properties) {
                return new ReleaseDeviceResult(properties);
            };

            /**
             * Encodes the specified ReleaseDeviceResult message. Does not implicitly {@link idstation.v1.ReleaseDeviceResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {idstation.v1.IReleaseDeviceResult} message ReleaseDeviceResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseDeviceResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a ReleaseDeviceResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ReleaseDeviceResult} ReleaseDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseDeviceResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ReleaseDeviceResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ReleaseDeviceResult message.
             * @function verify
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReleaseDeviceResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a ReleaseDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ReleaseDeviceResult} ReleaseDeviceResult
             */
            ReleaseDeviceResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ReleaseDeviceResult)
                    return object;
                return new $root.idstation.v1.ReleaseDeviceResult();
            };

            /**
             * Creates a plain object from a ReleaseDeviceResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ReleaseDeviceResult
             * @static
             * @param {idstation.v1.ReleaseDeviceResult} message ReleaseDeviceResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReleaseDeviceResult.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this ReleaseDeviceResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ReleaseDeviceResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReleaseDeviceResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReleaseDeviceResult;
        })();

        /**
         * ErrorCode enum.
         * @name idstation.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} INTERNAL=1 INTERNAL value
         * @property {number} INVALID_ARGUMENT=2 INVALID_ARGUMENT value
         * @property {number} MALFORMED_REQUEST=3 MALFORMED_REQUEST value
         * @property {number} UNKNOWN_COMMAND=4 UNKNOWN_COMMAND value
         * @property {number} UNSUPPORTED_API_LEVEL=5 UNSUPPORTED_API_LEVEL value
         * @property {number} PAYLOAD_TOO_LARGE=6 PAYLOAD_TOO_LARGE value
         * @property {number} RESOURCE_EXHAUSTED=7 RESOURCE_EXHAUSTED value
         * @property {number} DEADLINE_EXCEEDED=8 DEADLINE_EXCEEDED value
         * @property {number} CANCELED=9 CANCELED value
         * @property {number} UNAUTHENTICATED=10 UNAUTHENTICATED value
         * @property {number} PERMISSION_DENIED=11 PERMISSION_DENIED value
         * @property {number} BAD_STATE=12 BAD_STATE value
         * @property {number} SHUTTING_DOWN=13 SHUTTING_DOWN value
         * @property {number} CONFIG_INVALID=14 CONFIG_INVALID value
         * @property {number} DEVICE_NOT_FOUND=20 DEVICE_NOT_FOUND value
         * @property {number} DEVICE_BUSY=21 DEVICE_BUSY value
         * @property {number} DEVICE_OFFLINE=22 DEVICE_OFFLINE value
         * @property {number} LEASE_NOT_FOUND=23 LEASE_NOT_FOUND value
         * @property {number} DEVICE_UNSUPPORTED=24 DEVICE_UNSUPPORTED value
         * @property {number} TRANSPORT_OPEN_FAILED=30 TRANSPORT_OPEN_FAILED value
         * @property {number} TRANSPORT_DISCONNECTED=31 TRANSPORT_DISCONNECTED value
         * @property {number} TRANSPORT_TIMEOUT=32 TRANSPORT_TIMEOUT value
         * @property {number} TRANSPORT_BUSY=33 TRANSPORT_BUSY value
         * @property {number} TRANSPORT_CANCELED=34 TRANSPORT_CANCELED value
         * @property {number} TRANSPORT_IO=35 TRANSPORT_IO value
         * @property {number} TRANSPORT_UNAVAILABLE=36 TRANSPORT_UNAVAILABLE value
         * @property {number} CARD_NOT_BLANK=40 CARD_NOT_BLANK value
         * @property {number} CHIP_ALREADY_USED=41 CHIP_ALREADY_USED value
         * @property {number} DOCUMENT_ALREADY_ISSUED=42 DOCUMENT_ALREADY_ISSUED value
         * @property {number} DOCUMENT_BLOCKED=43 DOCUMENT_BLOCKED value
         * @property {number} JOB_NOT_FOUND=44 JOB_NOT_FOUND value
         * @property {number} IDEMPOTENCY_CONFLICT=45 IDEMPOTENCY_CONFLICT value
         * @property {number} SIGNER_UNAVAILABLE=46 SIGNER_UNAVAILABLE value
         * @property {number} PASSIVE_AUTH_FAILED=47 PASSIVE_AUTH_FAILED value
         * @property {number} CARD_WRITE_FAILED=48 CARD_WRITE_FAILED value
         */
        v1.ErrorCode = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INTERNAL"] = 1;
            values[valuesById[2] = "INVALID_ARGUMENT"] = 2;
            values[valuesById[3] = "MALFORMED_REQUEST"] = 3;
            values[valuesById[4] = "UNKNOWN_COMMAND"] = 4;
            values[valuesById[5] = "UNSUPPORTED_API_LEVEL"] = 5;
            values[valuesById[6] = "PAYLOAD_TOO_LARGE"] = 6;
            values[valuesById[7] = "RESOURCE_EXHAUSTED"] = 7;
            values[valuesById[8] = "DEADLINE_EXCEEDED"] = 8;
            values[valuesById[9] = "CANCELED"] = 9;
            values[valuesById[10] = "UNAUTHENTICATED"] = 10;
            values[valuesById[11] = "PERMISSION_DENIED"] = 11;
            values[valuesById[12] = "BAD_STATE"] = 12;
            values[valuesById[13] = "SHUTTING_DOWN"] = 13;
            values[valuesById[14] = "CONFIG_INVALID"] = 14;
            values[valuesById[20] = "DEVICE_NOT_FOUND"] = 20;
            values[valuesById[21] = "DEVICE_BUSY"] = 21;
            values[valuesById[22] = "DEVICE_OFFLINE"] = 22;
            values[valuesById[23] = "LEASE_NOT_FOUND"] = 23;
            values[valuesById[24] = "DEVICE_UNSUPPORTED"] = 24;
            values[valuesById[30] = "TRANSPORT_OPEN_FAILED"] = 30;
            values[valuesById[31] = "TRANSPORT_DISCONNECTED"] = 31;
            values[valuesById[32] = "TRANSPORT_TIMEOUT"] = 32;
            values[valuesById[33] = "TRANSPORT_BUSY"] = 33;
            values[valuesById[34] = "TRANSPORT_CANCELED"] = 34;
            values[valuesById[35] = "TRANSPORT_IO"] = 35;
            values[valuesById[36] = "TRANSPORT_UNAVAILABLE"] = 36;
            values[valuesById[40] = "CARD_NOT_BLANK"] = 40;
            values[valuesById[41] = "CHIP_ALREADY_USED"] = 41;
            values[valuesById[42] = "DOCUMENT_ALREADY_ISSUED"] = 42;
            values[valuesById[43] = "DOCUMENT_BLOCKED"] = 43;
            values[valuesById[44] = "JOB_NOT_FOUND"] = 44;
            values[valuesById[45] = "IDEMPOTENCY_CONFLICT"] = 45;
            values[valuesById[46] = "SIGNER_UNAVAILABLE"] = 46;
            values[valuesById[47] = "PASSIVE_AUTH_FAILED"] = 47;
            values[valuesById[48] = "CARD_WRITE_FAILED"] = 48;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @memberof idstation.v1
             * @interface IError
             * @property {idstation.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {Object.<string,string>|null} [details] Error details
             */

            /**
             * Constructs a new Error.
             * @memberof idstation.v1
             * @classdesc Represents an Error.
             * @implements IError
             * @constructor
             * @param {idstation.v1.IError=} [properties] Properties to set
             */
            function Error(properties) {
                this.details = {};
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Error code.
             * @member {idstation.v1.ErrorCode} code
             * @memberof idstation.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof idstation.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof idstation.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Error details.
             * @member {Object.<string,string>} details
             * @memberof idstation.v1.Error
             * @instance
             */
            Error.prototype.details = $util.emptyObject;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Error
             * @static
             * @param {idstation.v1.IError=} [properties] Properties to set
             * @returns {idstation.v1.Error} Error instance
             */
            Error.create = function create(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link idstation.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Error
             * @static
             * @param {idstation.v1.IError} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.details != null && Object.hasOwnProperty.call(message, "details"))
                    for (var keys = Object.keys(message.details), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.details[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Error} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message, key, value;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Error();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.code = reader.int32();
                            break;
                        }
                    case 2: {
                            message.message = reader.string();
                            break;
                        }
                    case 3: {
                            message.retryable = reader.bool();
                            break;
                        }
                    case 4: {
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            var end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                var tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7, long);
                                    break;
                                }
                            }
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof idstation.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    switch (message.code) {
                    default:
                        return "code: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                    case 8:
                    case 9:
                    case 10:
                    case 11:
                    case 12:
                    case 13:
                    case 14:
                    case 20:
                    case 21:
                    case 22:
                    case 23:
                    case 24:
                    case 30:
                    case 31:
                    case 32:
                    case 33:
                    case 34:
                    case 35:
                    case 36:
                    case 40:
                    case 41:
                    case 42:
                    case 43:
                    case 44:
                    case 45:
                    case 46:
                    case 47:
                    case 48:
                        break;
                    }
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                if (message.details != null && Object.hasOwnProperty.call(message, "details")) {
                    if (!$util.isObject(message.details))
                        return "details: object expected";
                    var key = Object.keys(message.details);
                    for (var i = 0; i < key.length; ++i)
                        if (!$util.isString(message.details[key[i]]))
                            return "details: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Error} Error
             */
            Error.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Error: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Error();
                switch (object.code) {
                default:
                    if (typeof object.code === "number") {
                        message.code = object.code;
                        break;
                    }
                    break;
                case "ERROR_CODE_UNSPECIFIED":
                case 0:
                    message.code = 0;
                    break;
                case "INTERNAL":
                case 1:
                    message.code = 1;
                    break;
                case "INVALID_ARGUMENT":
                case 2:
                    message.code = 2;
                    break;
                case "MALFORMED_REQUEST":
                case 3:
                    message.code = 3;
                    break;
                case "UNKNOWN_COMMAND":
                case 4:
                    message.code = 4;
                    break;
                case "UNSUPPORTED_API_LEVEL":
                case 5:
                    message.code = 5;
                    break;
                case "PAYLOAD_TOO_LARGE":
                case 6:
                    message.code = 6;
                    break;
                case "RESOURCE_EXHAUSTED":
                case 7:
                    message.code = 7;
                    break;
                case "DEADLINE_EXCEEDED":
                case 8:
                    message.code = 8;
                    break;
                case "CANCELED":
                case 9:
                    message.code = 9;
                    break;
                case "UNAUTHENTICATED":
                case 10:
                    message.code = 10;
                    break;
                case "PERMISSION_DENIED":
                case 11:
                    message.code = 11;
                    break;
                case "BAD_STATE":
                case 12:
                    message.code = 12;
                    break;
                case "SHUTTING_DOWN":
                case 13:
                    message.code = 13;
                    break;
                case "CONFIG_INVALID":
                case 14:
                    message.code = 14;
                    break;
                case "DEVICE_NOT_FOUND":
                case 20:
                    message.code = 20;
                    break;
                case "DEVICE_BUSY":
                case 21:
                    message.code = 21;
                    break;
                case "DEVICE_OFFLINE":
                case 22:
                    message.code = 22;
                    break;
                case "LEASE_NOT_FOUND":
                case 23:
                    message.code = 23;
                    break;
                case "DEVICE_UNSUPPORTED":
                case 24:
                    message.code = 24;
                    break;
                case "TRANSPORT_OPEN_FAILED":
                case 30:
                    message.code = 30;
                    break;
                case "TRANSPORT_DISCONNECTED":
                case 31:
                    message.code = 31;
                    break;
                case "TRANSPORT_TIMEOUT":
                case 32:
                    message.code = 32;
                    break;
                case "TRANSPORT_BUSY":
                case 33:
                    message.code = 33;
                    break;
                case "TRANSPORT_CANCELED":
                case 34:
                    message.code = 34;
                    break;
                case "TRANSPORT_IO":
                case 35:
                    message.code = 35;
                    break;
                case "TRANSPORT_UNAVAILABLE":
                case 36:
                    message.code = 36;
                    break;
                case "CARD_NOT_BLANK":
                case 40:
                    message.code = 40;
                    break;
                case "CHIP_ALREADY_USED":
                case 41:
                    message.code = 41;
                    break;
                case "DOCUMENT_ALREADY_ISSUED":
                case 42:
                    message.code = 42;
                    break;
                case "DOCUMENT_BLOCKED":
                case 43:
                    message.code = 43;
                    break;
                case "JOB_NOT_FOUND":
                case 44:
                    message.code = 44;
                    break;
                case "IDEMPOTENCY_CONFLICT":
                case 45:
                    message.code = 45;
                    break;
                case "SIGNER_UNAVAILABLE":
                case 46:
                    message.code = 46;
                    break;
                case "PASSIVE_AUTH_FAILED":
                case 47:
                    message.code = 47;
                    break;
                case "CARD_WRITE_FAILED":
                case 48:
                    message.code = 48;
                    break;
                }
                if (object.message != null)
                    message.message = String(object.message);
                if (object.retryable != null)
                    message.retryable = Boolean(object.retryable);
                if (object.details) {
                    if (!$util.isObject(object.details))
                        throw TypeError(".idstation.v1.Error.details: object expected");
                    message.details = {};
                    for (var keys = Object.keys(object.details), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.details, keys[i]);
                        message.details[keys[i]] = String(object.details[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Error
             * @static
             * @param {idstation.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.objects || options.defaults)
                    object.details = {};
                if (options.defaults) {
                    object.code = options.enums === String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.retryable = false;
                }
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === String ? $root.idstation.v1.ErrorCode[message.code] === undefined ? message.code : $root.idstation.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                var keys2;
                if (message.details && (keys2 = Object.keys(message.details)).length) {
                    object.details = {};
                    for (var j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.details, keys2[j]);
                        object.details[keys2[j]] = message.details[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof idstation.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @memberof idstation.v1
             * @interface IEvent
             * @property {number|null} [seq] Event seq
             * @property {number|null} [timeMs] Event timeMs
             * @property {string|null} [epoch] Event epoch
             * @property {idstation.v1.IDeviceAttached|null} [deviceAttached] Event deviceAttached
             * @property {idstation.v1.IDeviceDetached|null} [deviceDetached] Event deviceDetached
             * @property {idstation.v1.IDeviceStatusChanged|null} [deviceStatusChanged] Event deviceStatusChanged
             * @property {idstation.v1.IHeartbeat|null} [heartbeat] Event heartbeat
             * @property {idstation.v1.ICardPresenceChanged|null} [cardPresenceChanged] Event cardPresenceChanged
             * @property {idstation.v1.IJobChanged|null} [jobChanged] Event jobChanged
             * @property {idstation.v1.IJobPrompt|null} [jobPrompt] Event jobPrompt
             */

            /**
             * Constructs a new Event.
             * @memberof idstation.v1
             * @classdesc Represents an Event.
             * @implements IEvent
             * @constructor
             * @param {idstation.v1.IEvent=} [properties] Properties to set
             */
            function Event(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Event seq.
             * @member {number} seq
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event timeMs.
             * @member {number} timeMs
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event epoch.
             * @member {string} epoch
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.epoch = "";

            /**
             * Event deviceAttached.
             * @member {idstation.v1.IDeviceAttached|null|undefined} deviceAttached
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.deviceAttached = null;

            /**
             * Event deviceDetached.
             * @member {idstation.v1.IDeviceDetached|null|undefined} deviceDetached
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.deviceDetached = null;

            /**
             * Event deviceStatusChanged.
             * @member {idstation.v1.IDeviceStatusChanged|null|undefined} deviceStatusChanged
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.deviceStatusChanged = null;

            /**
             * Event heartbeat.
             * @member {idstation.v1.IHeartbeat|null|undefined} heartbeat
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.heartbeat = null;

            /**
             * Event cardPresenceChanged.
             * @member {idstation.v1.ICardPresenceChanged|null|undefined} cardPresenceChanged
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.cardPresenceChanged = null;

            /**
             * Event jobChanged.
             * @member {idstation.v1.IJobChanged|null|undefined} jobChanged
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.jobChanged = null;

            /**
             * Event jobPrompt.
             * @member {idstation.v1.IJobPrompt|null|undefined} jobPrompt
             * @memberof idstation.v1.Event
             * @instance
             */
            Event.prototype.jobPrompt = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * Event payload.
             * @member {"deviceAttached"|"deviceDetached"|"deviceStatusChanged"|"heartbeat"|"cardPresenceChanged"|"jobChanged"|"jobPrompt"|undefined} payload
             * @memberof idstation.v1.Event
             * @instance
             */
            Object.defineProperty(Event.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["deviceAttached", "deviceDetached", "deviceStatusChanged", "heartbeat", "cardPresenceChanged", "jobChanged", "jobPrompt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Event
             * @static
             * @param {idstation.v1.IEvent=} [properties] Properties to set
             * @returns {idstation.v1.Event} Event instance
             */
            Event.create = function create(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link idstation.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Event
             * @static
             * @param {idstation.v1.IEvent} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeMs);
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.epoch);
                if (message.deviceAttached != null && Object.hasOwnProperty.call(message, "deviceAttached"))
                    $root.idstation.v1.DeviceAttached.encode(message.deviceAttached, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.deviceDetached != null && Object.hasOwnProperty.call(message, "deviceDetached"))
                    $root.idstation.v1.DeviceDetached.encode(message.deviceDetached, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.deviceStatusChanged != null && Object.hasOwnProperty.call(message, "deviceStatusChanged"))
                    $root.idstation.v1.DeviceStatusChanged.encode(message.deviceStatusChanged, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.idstation.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (message.cardPresenceChanged != null && Object.hasOwnProperty.call(message, "cardPresenceChanged"))
                    $root.idstation.v1.CardPresenceChanged.encode(message.cardPresenceChanged, writer.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (message.jobChanged != null && Object.hasOwnProperty.call(message, "jobChanged"))
                    $root.idstation.v1.JobChanged.encode(message.jobChanged, writer.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (message.jobPrompt != null && Object.hasOwnProperty.call(message, "jobPrompt"))
                    $root.idstation.v1.JobPrompt.encode(message.jobPrompt, writer.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Event} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Event();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.timeMs = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.epoch = reader.string();
                            break;
                        }
                    case 10: {
                            message.deviceAttached = $root.idstation.v1.DeviceAttached.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.deviceDetached = $root.idstation.v1.DeviceDetached.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.deviceStatusChanged = $root.idstation.v1.DeviceStatusChanged.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 13: {
                            message.heartbeat = $root.idstation.v1.Heartbeat.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 14: {
                            message.cardPresenceChanged = $root.idstation.v1.CardPresenceChanged.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 15: {
                            message.jobChanged = $root.idstation.v1.JobChanged.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 16: {
                            message.jobPrompt = $root.idstation.v1.JobPrompt.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof idstation.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var properties = {};
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.deviceAttached != null && Object.hasOwnProperty.call(message, "deviceAttached")) {
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.DeviceAttached.verify(message.deviceAttached, long + 1);
                        if (error)
                            return "deviceAttached." + error;
                    }
                }
                if (message.deviceDetached != null && Object.hasOwnProperty.call(message, "deviceDetached")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.DeviceDetached.verify(message.deviceDetached, long + 1);
                        if (error)
                            return "deviceDetached." + error;
                    }
                }
                if (message.deviceStatusChanged != null && Object.hasOwnProperty.call(message, "deviceStatusChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.DeviceStatusChanged.verify(message.deviceStatusChanged, long + 1);
                        if (error)
                            return "deviceStatusChanged." + error;
                    }
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.Heartbeat.verify(message.heartbeat, long + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.cardPresenceChanged != null && Object.hasOwnProperty.call(message, "cardPresenceChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.CardPresenceChanged.verify(message.cardPresenceChanged, long + 1);
                        if (error)
                            return "cardPresenceChanged." + error;
                    }
                }
                if (message.jobChanged != null && Object.hasOwnProperty.call(message, "jobChanged")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.JobChanged.verify(message.jobChanged, long + 1);
                        if (error)
                            return "jobChanged." + error;
                    }
                }
                if (message.jobPrompt != null && Object.hasOwnProperty.call(message, "jobPrompt")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        var error = $root.idstation.v1.JobPrompt.verify(message.jobPrompt, long + 1);
                        if (error)
                            return "jobPrompt." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Event} Event
             */
            Event.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Event: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Event();
                if (object.seq != null)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if ($util.Long)
                        message.timeMs = $util.Long.fromValue(object.timeMs, true);
                    else if (typeof object.timeMs === "string")
                        message.timeMs = parseInt(object.timeMs, 10);
                    else if (typeof object.timeMs === "number")
                        message.timeMs = object.timeMs;
                    else if (typeof object.timeMs === "object")
                        message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber(true);
                if (object.epoch != null)
                    message.epoch = String(object.epoch);
                if (object.deviceAttached != null) {
                    if (!$util.isObject(object.deviceAttached))
                        throw TypeError(".idstation.v1.Event.deviceAttached: object expected");
                    message.deviceAttached = $root.idstation.v1.DeviceAttached.fromObject(object.deviceAttached, long + 1);
                }
                if (object.deviceDetached != null) {
                    if (!$util.isObject(object.deviceDetached))
                        throw TypeError(".idstation.v1.Event.deviceDetached: object expected");
                    message.deviceDetached = $root.idstation.v1.DeviceDetached.fromObject(object.deviceDetached, long + 1);
                }
                if (object.deviceStatusChanged != null) {
                    if (!$util.isObject(object.deviceStatusChanged))
                        throw TypeError(".idstation.v1.Event.deviceStatusChanged: object expected");
                    message.deviceStatusChanged = $root.idstation.v1.DeviceStatusChanged.fromObject(object.deviceStatusChanged, long + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw TypeError(".idstation.v1.Event.heartbeat: object expected");
                    message.heartbeat = $root.idstation.v1.Heartbeat.fromObject(object.heartbeat, long + 1);
                }
                if (object.cardPresenceChanged != null) {
                    if (!$util.isObject(object.cardPresenceChanged))
                        throw TypeError(".idstation.v1.Event.cardPresenceChanged: object expected");
                    message.cardPresenceChanged = $root.idstation.v1.CardPresenceChanged.fromObject(object.cardPresenceChanged, long + 1);
                }
                if (object.jobChanged != null) {
                    if (!$util.isObject(object.jobChanged))
                        throw TypeError(".idstation.v1.Event.jobChanged: object expected");
                    message.jobChanged = $root.idstation.v1.JobChanged.fromObject(object.jobChanged, long + 1);
                }
                if (object.jobPrompt != null) {
                    if (!$util.isObject(object.jobPrompt))
                        throw TypeError(".idstation.v1.Event.jobPrompt: object expected");
                    message.jobPrompt = $root.idstation.v1.JobPrompt.fromObject(object.jobPrompt, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Event
             * @static
             * @param {idstation.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.timeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.epoch = "";
                }
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.timeMs != null && Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === String ? String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber(true) : message.timeMs;
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.deviceAttached != null && Object.hasOwnProperty.call(message, "deviceAttached")) {
                    object.deviceAttached = $root.idstation.v1.DeviceAttached.toObject(message.deviceAttached, options, q + 1);
                    if (options.oneofs)
                        object.payload = "deviceAttached";
                }
                if (message.deviceDetached != null && Object.hasOwnProperty.call(message, "deviceDetached")) {
                    object.deviceDetached = $root.idstation.v1.DeviceDetached.toObject(message.deviceDetached, options, q + 1);
                    if (options.oneofs)
                        object.payload = "deviceDetached";
                }
                if (message.deviceStatusChanged != null && Object.hasOwnProperty.call(message, "deviceStatusChanged")) {
                    object.deviceStatusChanged = $root.idstation.v1.DeviceStatusChanged.toObject(message.deviceStatusChanged, options, q + 1);
                    if (options.oneofs)
                        object.payload = "deviceStatusChanged";
                }
                if (message.heartbeat != null && Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.idstation.v1.Heartbeat.toObject(message.heartbeat, options, q + 1);
                    if (options.oneofs)
                        object.payload = "heartbeat";
                }
                if (message.cardPresenceChanged != null && Object.hasOwnProperty.call(message, "cardPresenceChanged")) {
                    object.cardPresenceChanged = $root.idstation.v1.CardPresenceChanged.toObject(message.cardPresenceChanged, options, q + 1);
                    if (options.oneofs)
                        object.payload = "cardPresenceChanged";
                }
                if (message.jobChanged != null && Object.hasOwnProperty.call(message, "jobChanged")) {
                    object.jobChanged = $root.idstation.v1.JobChanged.toObject(message.jobChanged, options, q + 1);
                    if (options.oneofs)
                        object.payload = "jobChanged";
                }
                if (message.jobPrompt != null && Object.hasOwnProperty.call(message, "jobPrompt")) {
                    object.jobPrompt = $root.idstation.v1.JobPrompt.toObject(message.jobPrompt, options, q + 1);
                    if (options.oneofs)
                        object.payload = "jobPrompt";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof idstation.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        v1.DeviceAttached = (function() {

            /**
             * Properties of a DeviceAttached.
             * @memberof idstation.v1
             * @interface IDeviceAttached
             * @property {idstation.v1.IDevice|null} [device] DeviceAttached device
             */

            /**
             * Constructs a new DeviceAttached.
             * @memberof idstation.v1
             * @classdesc Represents a DeviceAttached.
             * @implements IDeviceAttached
             * @constructor
             * @param {idstation.v1.IDeviceAttached=} [properties] Properties to set
             */
            function DeviceAttached(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DeviceAttached device.
             * @member {idstation.v1.IDevice|null|undefined} device
             * @memberof idstation.v1.DeviceAttached
             * @instance
             */
            DeviceAttached.prototype.device = null;

            /**
             * Creates a new DeviceAttached instance using the specified properties.
             * @function create
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {idstation.v1.IDeviceAttached=} [properties] Properties to set
             * @returns {idstation.v1.DeviceAttached} DeviceAttached instance
             */
            DeviceAttached.create = function create(properties) {
                return new DeviceAttached(properties);
            };

            /**
             * Encodes the specified DeviceAttached message. Does not implicitly {@link idstation.v1.DeviceAttached.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {idstation.v1.IDeviceAttached} message DeviceAttached message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceAttached.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    $root.idstation.v1.Device.encode(message.device, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a DeviceAttached message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.DeviceAttached} DeviceAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceAttached.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.DeviceAttached();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.device = $root.idstation.v1.Device.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a DeviceAttached message.
             * @function verify
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceAttached.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.device != null && Object.hasOwnProperty.call(message, "device")) {
                    var error = $root.idstation.v1.Device.verify(message.device, long + 1);
                    if (error)
                        return "device." + error;
                }
                return null;
            };

            /**
             * Creates a DeviceAttached message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.DeviceAttached} DeviceAttached
             */
            DeviceAttached.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.DeviceAttached)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.DeviceAttached: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.DeviceAttached();
                if (object.device != null) {
                    if (!$util.isObject(object.device))
                        throw TypeError(".idstation.v1.DeviceAttached.device: object expected");
                    message.device = $root.idstation.v1.Device.fromObject(object.device, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeviceAttached message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.DeviceAttached
             * @static
             * @param {idstation.v1.DeviceAttached} message DeviceAttached
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceAttached.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.device = null;
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    object.device = $root.idstation.v1.Device.toObject(message.device, options, q + 1);
                return object;
            };

            /**
             * Converts this DeviceAttached to JSON.
             * @function toJSON
             * @memberof idstation.v1.DeviceAttached
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceAttached.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeviceAttached;
        })();

        v1.DeviceDetached = (function() {

            /**
             * Properties of a DeviceDetached.
             * @memberof idstation.v1
             * @interface IDeviceDetached
             * @property {string|null} [deviceId] DeviceDetached deviceId
             */

            /**
             * Constructs a new DeviceDetached.
             * @memberof idstation.v1
             * @classdesc Represents a DeviceDetached.
             * @implements IDeviceDetached
             * @constructor
             * @param {idstation.v1.IDeviceDetached=} [properties] Properties to set
             */
            function DeviceDetached(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DeviceDetached deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.DeviceDetached
             * @instance
             */
            DeviceDetached.prototype.deviceId = "";

            /**
             * Creates a new DeviceDetached instance using the specified properties.
             * @function create
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {idstation.v1.IDeviceDetached=} [properties] Properties to set
             * @returns {idstation.v1.DeviceDetached} DeviceDetached instance
             */
            DeviceDetached.create = function create(properties) {
                return new DeviceDetached(properties);
            };

            /**
             * Encodes the specified DeviceDetached message. Does not implicitly {@link idstation.v1.DeviceDetached.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {idstation.v1.IDeviceDetached} message DeviceDetached message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceDetached.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                return writer;
            };

            /**
             * Decodes a DeviceDetached message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.DeviceDetached} DeviceDetached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceDetached.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.DeviceDetached();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a DeviceDetached message.
             * @function verify
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceDetached.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                return null;
            };

            /**
             * Creates a DeviceDetached message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.DeviceDetached} DeviceDetached
             */
            DeviceDetached.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.DeviceDetached)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.DeviceDetached: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.DeviceDetached();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                return message;
            };

            /**
             * Creates a plain object from a DeviceDetached message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.DeviceDetached
             * @static
             * @param {idstation.v1.DeviceDetached} message DeviceDetached
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceDetached.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.deviceId = "";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                return object;
            };

            /**
             * Converts this DeviceDetached to JSON.
             * @function toJSON
             * @memberof idstation.v1.DeviceDetached
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceDetached.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeviceDetached;
        })();

        v1.DeviceStatusChanged = (function() {

            /**
             * Properties of a DeviceStatusChanged.
             * @memberof idstation.v1
             * @interface IDeviceStatusChanged
             * @property {idstation.v1.IDevice|null} [device] DeviceStatusChanged device
             */

            /**
             * Constructs a new DeviceStatusChanged.
             * @memberof idstation.v1
             * @classdesc Represents a DeviceStatusChanged.
             * @implements IDeviceStatusChanged
             * @constructor
             * @param {idstation.v1.IDeviceStatusChanged=} [properties] Properties to set
             */
            function DeviceStatusChanged(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DeviceStatusChanged device.
             * @member {idstation.v1.IDevice|null|undefined} device
             * @memberof idstation.v1.DeviceStatusChanged
             * @instance
             */
            DeviceStatusChanged.prototype.device = null;

            /**
             * Creates a new DeviceStatusChanged instance using the specified properties.
             * @function create
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {idstation.v1.IDeviceStatusChanged=} [properties] Properties to set
             * @returns {idstation.v1.DeviceStatusChanged} DeviceStatusChanged instance
             */
            DeviceStatusChanged.create = function create(properties) {
                return new DeviceStatusChanged(properties);
            };

            /**
             * Encodes the specified DeviceStatusChanged message. Does not implicitly {@link idstation.v1.DeviceStatusChanged.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {idstation.v1.IDeviceStatusChanged} message DeviceStatusChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatusChanged.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    $root.idstation.v1.Device.encode(message.device, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a DeviceStatusChanged message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.DeviceStatusChanged} DeviceStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatusChanged.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.DeviceStatusChanged();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.device = $root.idstation.v1.Device.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a DeviceStatusChanged message.
             * @function verify
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatusChanged.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.device != null && Object.hasOwnProperty.call(message, "device")) {
                    var error = $root.idstation.v1.Device.verify(message.device, long + 1);
                    if (error)
                        return "device." + error;
                }
                return null;
            };

            /**
             * Creates a DeviceStatusChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.DeviceStatusChanged} DeviceStatusChanged
             */
            DeviceStatusChanged.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.DeviceStatusChanged)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.DeviceStatusChanged: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.DeviceStatusChanged();
                if (object.device != null) {
                    if (!$util.isObject(object.device))
                        throw TypeError(".idstation.v1.DeviceStatusChanged.device: object expected");
                    message.device = $root.idstation.v1.Device.fromObject(object.device, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeviceStatusChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.DeviceStatusChanged
             * @static
             * @param {idstation.v1.DeviceStatusChanged} message DeviceStatusChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatusChanged.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.device = null;
                if (message.device != null && Object.hasOwnProperty.call(message, "device"))
                    object.device = $root.idstation.v1.Device.toObject(message.device, options, q + 1);
                return object;
            };

            /**
             * Converts this DeviceStatusChanged to JSON.
             * @function toJSON
             * @memberof idstation.v1.DeviceStatusChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatusChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeviceStatusChanged;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @memberof idstation.v1
             * @interface IHeartbeat
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof idstation.v1
             * @classdesc Represents a Heartbeat.
             * @implements IHeartbeat
             * @constructor
             * @param {idstation.v1.IHeartbeat=} [properties] Properties to set
             */
            function Heartbeat(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {idstation.v1.IHeartbeat=} [properties] Properties to set
             * @returns {idstation.v1.Heartbeat} Heartbeat instance
             */
            Heartbeat.create = function create(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link idstation.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {idstation.v1.IHeartbeat} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Heartbeat} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Heartbeat();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Heartbeat)
                    return object;
                return new $root.idstation.v1.Heartbeat();
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Heartbeat
             * @static
             * @param {idstation.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof idstation.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.GetSnapshot = (function() {

            /**
             * Properties of a GetSnapshot.
             * @memberof idstation.v1
             * @interface IGetSnapshot
             */

            /**
             * Constructs a new GetSnapshot.
             * @memberof idstation.v1
             * @classdesc Represents a GetSnapshot.
             * @implements IGetSnapshot
             * @constructor
             * @param {idstation.v1.IGetSnapshot=} [properties] Properties to set
             */
            function GetSnapshot(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new GetSnapshot instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {idstation.v1.IGetSnapshot=} [properties] Properties to set
             * @returns {idstation.v1.GetSnapshot} GetSnapshot instance
             */
            GetSnapshot.create = function create(properties) {
                return new GetSnapshot(properties);
            };

            /**
             * Encodes the specified GetSnapshot message. Does not implicitly {@link idstation.v1.GetSnapshot.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {idstation.v1.IGetSnapshot} message GetSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSnapshot.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a GetSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetSnapshot} GetSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSnapshot.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetSnapshot();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetSnapshot message.
             * @function verify
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetSnapshot.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a GetSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetSnapshot} GetSnapshot
             */
            GetSnapshot.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetSnapshot)
                    return object;
                return new $root.idstation.v1.GetSnapshot();
            };

            /**
             * Creates a plain object from a GetSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetSnapshot
             * @static
             * @param {idstation.v1.GetSnapshot} message GetSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetSnapshot.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this GetSnapshot to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetSnapshot.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSnapshot;
        })();

        v1.GetSnapshotResult = (function() {

            /**
             * Properties of a GetSnapshotResult.
             * @memberof idstation.v1
             * @interface IGetSnapshotResult
             * @property {number|null} [seq] GetSnapshotResult seq
             * @property {string|null} [epoch] GetSnapshotResult epoch
             * @property {Array.<idstation.v1.IDevice>|null} [devices] GetSnapshotResult devices
             */

            /**
             * Constructs a new GetSnapshotResult.
             * @memberof idstation.v1
             * @classdesc Represents a GetSnapshotResult.
             * @implements IGetSnapshotResult
             * @constructor
             * @param {idstation.v1.IGetSnapshotResult=} [properties] Properties to set
             */
            function GetSnapshotResult(properties) {
                this.devices = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetSnapshotResult seq.
             * @member {number} seq
             * @memberof idstation.v1.GetSnapshotResult
             * @instance
             */
            GetSnapshotResult.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GetSnapshotResult epoch.
             * @member {string} epoch
             * @memberof idstation.v1.GetSnapshotResult
             * @instance
             */
            GetSnapshotResult.prototype.epoch = "";

            /**
             * GetSnapshotResult devices.
             * @member {Array.<idstation.v1.IDevice>} devices
             * @memberof idstation.v1.GetSnapshotResult
             * @instance
             */
            GetSnapshotResult.prototype.devices = $util.emptyArray;

            /**
             * Creates a new GetSnapshotResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {idstation.v1.IGetSnapshotResult=} [properties] Properties to set
             * @returns {idstation.v1.GetSnapshotResult} GetSnapshotResult instance
             */
            GetSnapshotResult.create = function create(properties) {
                return new GetSnapshotResult(properties);
            };

            /**
             * Encodes the specified GetSnapshotResult message. Does not implicitly {@link idstation.v1.GetSnapshotResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {idstation.v1.IGetSnapshotResult} message GetSnapshotResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSnapshotResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.epoch);
                if (message.devices != null && message.devices.length)
                    for (var i = 0; i < message.devices.length; ++i)
                        $root.idstation.v1.Device.encode(message.devices[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a GetSnapshotResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetSnapshotResult} GetSnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSnapshotResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetSnapshotResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.epoch = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.idstation.v1.Device.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetSnapshotResult message.
             * @function verify
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetSnapshotResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isString(message.epoch))
                        return "epoch: string expected";
                if (message.devices != null && Object.hasOwnProperty.call(message, "devices")) {
                    if (!Array.isArray(message.devices))
                        return "devices: array expected";
                    for (var i = 0; i < message.devices.length; ++i) {
                        var error = $root.idstation.v1.Device.verify(message.devices[i], long + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a GetSnapshotResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetSnapshotResult} GetSnapshotResult
             */
            GetSnapshotResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetSnapshotResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetSnapshotResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetSnapshotResult();
                if (object.seq != null)
                    if ($util.Long)
                        message.seq = $util.Long.fromValue(object.seq, true);
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.epoch != null)
                    message.epoch = String(object.epoch);
                if (object.devices) {
                    if (!Array.isArray(object.devices))
                        throw TypeError(".idstation.v1.GetSnapshotResult.devices: array expected");
                    message.devices = [];
                    for (var i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw TypeError(".idstation.v1.GetSnapshotResult.devices: object expected");
                        message.devices[i] = $root.idstation.v1.Device.fromObject(object.devices[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GetSnapshotResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetSnapshotResult
             * @static
             * @param {idstation.v1.GetSnapshotResult} message GetSnapshotResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetSnapshotResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults) {
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.epoch = "";
                }
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.seq = typeof message.seq === "number" ? BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.devices && message.devices.length) {
                    object.devices = [];
                    for (var j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.idstation.v1.Device.toObject(message.devices[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this GetSnapshotResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetSnapshotResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetSnapshotResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetSnapshotResult;
        })();

        /**
         * DocumentFormat enum.
         * @name idstation.v1.DocumentFormat
         * @enum {number}
         * @property {number} DOCUMENT_FORMAT_UNSPECIFIED=0 DOCUMENT_FORMAT_UNSPECIFIED value
         * @property {number} TD1=1 TD1 value
         * @property {number} TD3=2 TD3 value
         */
        v1.DocumentFormat = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DOCUMENT_FORMAT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TD1"] = 1;
            values[valuesById[2] = "TD3"] = 2;
            return values;
        })();

        v1.DocumentData = (function() {

            /**
             * Properties of a DocumentData.
             * @memberof idstation.v1
             * @interface IDocumentData
             * @property {idstation.v1.DocumentFormat|null} [format] DocumentData format
             * @property {string|null} [documentCode] DocumentData documentCode
             * @property {string|null} [issuingState] DocumentData issuingState
             * @property {string|null} [nationality] DocumentData nationality
             * @property {string|null} [primaryIdentifier] DocumentData primaryIdentifier
             * @property {string|null} [secondaryIdentifier] DocumentData secondaryIdentifier
             * @property {string|null} [documentNumber] DocumentData documentNumber
             * @property {string|null} [dateOfBirth] DocumentData dateOfBirth
             * @property {string|null} [sex] DocumentData sex
             * @property {string|null} [dateOfExpiry] DocumentData dateOfExpiry
             * @property {string|null} [optionalData] DocumentData optionalData
             * @property {string|null} [optionalData_2] DocumentData optionalData_2
             * @property {string|null} [fullName] DocumentData fullName
             * @property {string|null} [personalNumber] DocumentData personalNumber
             * @property {string|null} [placeOfBirth] DocumentData placeOfBirth
             * @property {string|null} [address] DocumentData address
             * @property {string|null} [issuingAuthority] DocumentData issuingAuthority
             * @property {string|null} [dateOfIssue] DocumentData dateOfIssue
             */

            /**
             * Constructs a new DocumentData.
             * @memberof idstation.v1
             * @classdesc Represents a DocumentData.
             * @implements IDocumentData
             * @constructor
             * @param {idstation.v1.IDocumentData=} [properties] Properties to set
             */
            function DocumentData(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DocumentData format.
             * @member {idstation.v1.DocumentFormat} format
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.format = 0;

            /**
             * DocumentData documentCode.
             * @member {string} documentCode
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.documentCode = "";

            /**
             * DocumentData issuingState.
             * @member {string} issuingState
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.issuingState = "";

            /**
             * DocumentData nationality.
             * @member {string} nationality
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.nationality = "";

            /**
             * DocumentData primaryIdentifier.
             * @member {string} primaryIdentifier
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.primaryIdentifier = "";

            /**
             * DocumentData secondaryIdentifier.
             * @member {string} secondaryIdentifier
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.secondaryIdentifier = "";

            /**
             * DocumentData documentNumber.
             * @member {string} documentNumber
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.documentNumber = "";

            /**
             * DocumentData dateOfBirth.
             * @member {string} dateOfBirth
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.dateOfBirth = "";

            /**
             * DocumentData sex.
             * @member {string} sex
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.sex = "";

            /**
             * DocumentData dateOfExpiry.
             * @member {string} dateOfExpiry
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.dateOfExpiry = "";

            /**
             * DocumentData optionalData.
             * @member {string} optionalData
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.optionalData = "";

            /**
             * DocumentData optionalData_2.
             * @member {string} optionalData_2
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.optionalData_2 = "";

            /**
             * DocumentData fullName.
             * @member {string} fullName
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.fullName = "";

            /**
             * DocumentData personalNumber.
             * @member {string} personalNumber
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.personalNumber = "";

            /**
             * DocumentData placeOfBirth.
             * @member {string} placeOfBirth
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.placeOfBirth = "";

            /**
             * DocumentData address.
             * @member {string} address
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.address = "";

            /**
             * DocumentData issuingAuthority.
             * @member {string} issuingAuthority
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.issuingAuthority = "";

            /**
             * DocumentData dateOfIssue.
             * @member {string} dateOfIssue
             * @memberof idstation.v1.DocumentData
             * @instance
             */
            DocumentData.prototype.dateOfIssue = "";

            /**
             * Creates a new DocumentData instance using the specified properties.
             * @function create
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {idstation.v1.IDocumentData=} [properties] Properties to set
             * @returns {idstation.v1.DocumentData} DocumentData instance
             */
            DocumentData.create = function create(properties) {
                return new DocumentData(properties);
            };

            /**
             * Encodes the specified DocumentData message. Does not implicitly {@link idstation.v1.DocumentData.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {idstation.v1.IDocumentData} message DocumentData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DocumentData.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.format);
                if (message.documentCode != null && Object.hasOwnProperty.call(message, "documentCode"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.documentCode);
                if (message.issuingState != null && Object.hasOwnProperty.call(message, "issuingState"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.issuingState);
                if (message.nationality != null && Object.hasOwnProperty.call(message, "nationality"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.nationality);
                if (message.primaryIdentifier != null && Object.hasOwnProperty.call(message, "primaryIdentifier"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.primaryIdentifier);
                if (message.secondaryIdentifier != null && Object.hasOwnProperty.call(message, "secondaryIdentifier"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.secondaryIdentifier);
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.documentNumber);
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.dateOfBirth);
                if (message.sex != null && Object.hasOwnProperty.call(message, "sex"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.sex);
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.dateOfExpiry);
                if (message.optionalData != null && Object.hasOwnProperty.call(message, "optionalData"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.optionalData);
                if (message.optionalData_2 != null && Object.hasOwnProperty.call(message, "optionalData_2"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.optionalData_2);
                if (message.fullName != null && Object.hasOwnProperty.call(message, "fullName"))
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.fullName);
                if (message.personalNumber != null && Object.hasOwnProperty.call(message, "personalNumber"))
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.personalNumber);
                if (message.placeOfBirth != null && Object.hasOwnProperty.call(message, "placeOfBirth"))
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.placeOfBirth);
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.address);
                if (message.issuingAuthority != null && Object.hasOwnProperty.call(message, "issuingAuthority"))
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.issuingAuthority);
                if (message.dateOfIssue != null && Object.hasOwnProperty.call(message, "dateOfIssue"))
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.dateOfIssue);
                return writer;
            };

            /**
             * Decodes a DocumentData message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.DocumentData} DocumentData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DocumentData.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.DocumentData();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.format = reader.int32();
                            break;
                        }
                    case 2: {
                            message.documentCode = reader.string();
                            break;
                        }
                    case 3: {
                            message.issuingState = reader.string();
                            break;
                        }
                    case 4: {
                            message.nationality = reader.string();
                            break;
                        }
                    case 5: {
                            message.primaryIdentifier = reader.string();
                            break;
                        }
                    case 6: {
                            message.secondaryIdentifier = reader.string();
                            break;
                        }
                    case 7: {
                            message.documentNumber = reader.string();
                            break;
                        }
                    case 8: {
                            message.dateOfBirth = reader.string();
                            break;
                        }
                    case 9: {
                            message.sex = reader.string();
                            break;
                        }
                    case 10: {
                            message.dateOfExpiry = reader.string();
                            break;
                        }
                    case 11: {
                            message.optionalData = reader.string();
                            break;
                        }
                    case 12: {
                            message.optionalData_2 = reader.string();
                            break;
                        }
                    case 13: {
                            message.fullName = reader.string();
                            break;
                        }
                    case 14: {
                            message.personalNumber = reader.string();
                            break;
                        }
                    case 15: {
                            message.placeOfBirth = reader.string();
                            break;
                        }
                    case 16: {
                            message.address = reader.string();
                            break;
                        }
                    case 17: {
                            message.issuingAuthority = reader.string();
                            break;
                        }
                    case 18: {
                            message.dateOfIssue = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a DocumentData message.
             * @function verify
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DocumentData.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                    switch (message.format) {
                    default:
                        return "format: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.documentCode != null && Object.hasOwnProperty.call(message, "documentCode"))
                    if (!$util.isString(message.documentCode))
                        return "documentCode: string expected";
                if (message.issuingState != null && Object.hasOwnProperty.call(message, "issuingState"))
                    if (!$util.isString(message.issuingState))
                        return "issuingState: string expected";
                if (message.nationality != null && Object.hasOwnProperty.call(message, "nationality"))
                    if (!$util.isString(message.nationality))
                        return "nationality: string expected";
                if (message.primaryIdentifier != null && Object.hasOwnProperty.call(message, "primaryIdentifier"))
                    if (!$util.isString(message.primaryIdentifier))
                        return "primaryIdentifier: string expected";
                if (message.secondaryIdentifier != null && Object.hasOwnProperty.call(message, "secondaryIdentifier"))
                    if (!$util.isString(message.secondaryIdentifier))
                        return "secondaryIdentifier: string expected";
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    if (!$util.isString(message.documentNumber))
                        return "documentNumber: string expected";
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    if (!$util.isString(message.dateOfBirth))
                        return "dateOfBirth: string expected";
                if (message.sex != null && Object.hasOwnProperty.call(message, "sex"))
                    if (!$util.isString(message.sex))
                        return "sex: string expected";
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    if (!$util.isString(message.dateOfExpiry))
                        return "dateOfExpiry: string expected";
                if (message.optionalData != null && Object.hasOwnProperty.call(message, "optionalData"))
                    if (!$util.isString(message.optionalData))
                        return "optionalData: string expected";
                if (message.optionalData_2 != null && Object.hasOwnProperty.call(message, "optionalData_2"))
                    if (!$util.isString(message.optionalData_2))
                        return "optionalData_2: string expected";
                if (message.fullName != null && Object.hasOwnProperty.call(message, "fullName"))
                    if (!$util.isString(message.fullName))
                        return "fullName: string expected";
                if (message.personalNumber != null && Object.hasOwnProperty.call(message, "personalNumber"))
                    if (!$util.isString(message.personalNumber))
                        return "personalNumber: string expected";
                if (message.placeOfBirth != null && Object.hasOwnProperty.call(message, "placeOfBirth"))
                    if (!$util.isString(message.placeOfBirth))
                        return "placeOfBirth: string expected";
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.issuingAuthority != null && Object.hasOwnProperty.call(message, "issuingAuthority"))
                    if (!$util.isString(message.issuingAuthority))
                        return "issuingAuthority: string expected";
                if (message.dateOfIssue != null && Object.hasOwnProperty.call(message, "dateOfIssue"))
                    if (!$util.isString(message.dateOfIssue))
                        return "dateOfIssue: string expected";
                return null;
            };

            /**
             * Creates a DocumentData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.DocumentData} DocumentData
             */
            DocumentData.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.DocumentData)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.DocumentData: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.DocumentData();
                switch (object.format) {
                default:
                    if (typeof object.format === "number") {
                        message.format = object.format;
                        break;
                    }
                    break;
                case "DOCUMENT_FORMAT_UNSPECIFIED":
                case 0:
                    message.format = 0;
                    break;
                case "TD1":
                case 1:
                    message.format = 1;
                    break;
                case "TD3":
                case 2:
                    message.format = 2;
                    break;
                }
                if (object.documentCode != null)
                    message.documentCode = String(object.documentCode);
                if (object.issuingState != null)
                    message.issuingState = String(object.issuingState);
                if (object.nationality != null)
                    message.nationality = String(object.nationality);
                if (object.primaryIdentifier != null)
                    message.primaryIdentifier = String(object.primaryIdentifier);
                if (object.secondaryIdentifier != null)
                    message.secondaryIdentifier = String(object.secondaryIdentifier);
                if (object.documentNumber != null)
                    message.documentNumber = String(object.documentNumber);
                if (object.dateOfBirth != null)
                    message.dateOfBirth = String(object.dateOfBirth);
                if (object.sex != null)
                    message.sex = String(object.sex);
                if (object.dateOfExpiry != null)
                    message.dateOfExpiry = String(object.dateOfExpiry);
                if (object.optionalData != null)
                    message.optionalData = String(object.optionalData);
                if (object.optionalData_2 != null)
                    message.optionalData_2 = String(object.optionalData_2);
                if (object.fullName != null)
                    message.fullName = String(object.fullName);
                if (object.personalNumber != null)
                    message.personalNumber = String(object.personalNumber);
                if (object.placeOfBirth != null)
                    message.placeOfBirth = String(object.placeOfBirth);
                if (object.address != null)
                    message.address = String(object.address);
                if (object.issuingAuthority != null)
                    message.issuingAuthority = String(object.issuingAuthority);
                if (object.dateOfIssue != null)
                    message.dateOfIssue = String(object.dateOfIssue);
                return message;
            };

            /**
             * Creates a plain object from a DocumentData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.DocumentData
             * @static
             * @param {idstation.v1.DocumentData} message DocumentData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DocumentData.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.format = options.enums === String ? "DOCUMENT_FORMAT_UNSPECIFIED" : 0;
                    object.documentCode = "";
                    object.issuingState = "";
                    object.nationality = "";
                    object.primaryIdentifier = "";
                    object.secondaryIdentifier = "";
                    object.documentNumber = "";
                    object.dateOfBirth = "";
                    object.sex = "";
                    object.dateOfExpiry = "";
                    object.optionalData = "";
                    object.optionalData_2 = "";
                    object.fullName = "";
                    object.personalNumber = "";
                    object.placeOfBirth = "";
                    object.address = "";
                    object.issuingAuthority = "";
                    object.dateOfIssue = "";
                }
                if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                    object.format = options.enums === String ? $root.idstation.v1.DocumentFormat[message.format] === undefined ? message.format : $root.idstation.v1.DocumentFormat[message.format] : message.format;
                if (message.documentCode != null && Object.hasOwnProperty.call(message, "documentCode"))
                    object.documentCode = message.documentCode;
                if (message.issuingState != null && Object.hasOwnProperty.call(message, "issuingState"))
                    object.issuingState = message.issuingState;
                if (message.nationality != null && Object.hasOwnProperty.call(message, "nationality"))
                    object.nationality = message.nationality;
                if (message.primaryIdentifier != null && Object.hasOwnProperty.call(message, "primaryIdentifier"))
                    object.primaryIdentifier = message.primaryIdentifier;
                if (message.secondaryIdentifier != null && Object.hasOwnProperty.call(message, "secondaryIdentifier"))
                    object.secondaryIdentifier = message.secondaryIdentifier;
                if (message.documentNumber != null && Object.hasOwnProperty.call(message, "documentNumber"))
                    object.documentNumber = message.documentNumber;
                if (message.dateOfBirth != null && Object.hasOwnProperty.call(message, "dateOfBirth"))
                    object.dateOfBirth = message.dateOfBirth;
                if (message.sex != null && Object.hasOwnProperty.call(message, "sex"))
                    object.sex = message.sex;
                if (message.dateOfExpiry != null && Object.hasOwnProperty.call(message, "dateOfExpiry"))
                    object.dateOfExpiry = message.dateOfExpiry;
                if (message.optionalData != null && Object.hasOwnProperty.call(message, "optionalData"))
                    object.optionalData = message.optionalData;
                if (message.optionalData_2 != null && Object.hasOwnProperty.call(message, "optionalData_2"))
                    object.optionalData_2 = message.optionalData_2;
                if (message.fullName != null && Object.hasOwnProperty.call(message, "fullName"))
                    object.fullName = message.fullName;
                if (message.personalNumber != null && Object.hasOwnProperty.call(message, "personalNumber"))
                    object.personalNumber = message.personalNumber;
                if (message.placeOfBirth != null && Object.hasOwnProperty.call(message, "placeOfBirth"))
                    object.placeOfBirth = message.placeOfBirth;
                if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.issuingAuthority != null && Object.hasOwnProperty.call(message, "issuingAuthority"))
                    object.issuingAuthority = message.issuingAuthority;
                if (message.dateOfIssue != null && Object.hasOwnProperty.call(message, "dateOfIssue"))
                    object.dateOfIssue = message.dateOfIssue;
                return object;
            };

            /**
             * Converts this DocumentData to JSON.
             * @function toJSON
             * @memberof idstation.v1.DocumentData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DocumentData.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DocumentData;
        })();

        v1.PersonalizeCard = (function() {

            /**
             * Properties of a PersonalizeCard.
             * @memberof idstation.v1
             * @interface IPersonalizeCard
             * @property {string|null} [deviceId] PersonalizeCard deviceId
             * @property {idstation.v1.IDocumentData|null} [document] PersonalizeCard document
             * @property {number|null} [faceAttachment] PersonalizeCard faceAttachment
             * @property {Array.<number>|null} [fingerAttachments] PersonalizeCard fingerAttachments
             * @property {boolean|null} [activeAuthentication] PersonalizeCard activeAuthentication
             */

            /**
             * Constructs a new PersonalizeCard.
             * @memberof idstation.v1
             * @classdesc Represents a PersonalizeCard.
             * @implements IPersonalizeCard
             * @constructor
             * @param {idstation.v1.IPersonalizeCard=} [properties] Properties to set
             */
            function PersonalizeCard(properties) {
                this.fingerAttachments = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PersonalizeCard deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             */
            PersonalizeCard.prototype.deviceId = "";

            /**
             * PersonalizeCard document.
             * @member {idstation.v1.IDocumentData|null|undefined} document
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             */
            PersonalizeCard.prototype.document = null;

            /**
             * PersonalizeCard faceAttachment.
             * @member {number} faceAttachment
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             */
            PersonalizeCard.prototype.faceAttachment = 0;

            /**
             * PersonalizeCard fingerAttachments.
             * @member {Array.<number>} fingerAttachments
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             */
            PersonalizeCard.prototype.fingerAttachments = $util.emptyArray;

            /**
             * PersonalizeCard activeAuthentication.
             * @member {boolean} activeAuthentication
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             */
            PersonalizeCard.prototype.activeAuthentication = false;

            /**
             * Creates a new PersonalizeCard instance using the specified properties.
             * @function create
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {idstation.v1.IPersonalizeCard=} [properties] Properties to set
             * @returns {idstation.v1.PersonalizeCard} PersonalizeCard instance
             */
            PersonalizeCard.create = function create(properties) {
                return new PersonalizeCard(properties);
            };

            /**
             * Encodes the specified PersonalizeCard message. Does not implicitly {@link idstation.v1.PersonalizeCard.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {idstation.v1.IPersonalizeCard} message PersonalizeCard message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonalizeCard.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.document != null && Object.hasOwnProperty.call(message, "document"))
                    $root.idstation.v1.DocumentData.encode(message.document, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.faceAttachment != null && Object.hasOwnProperty.call(message, "faceAttachment"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.faceAttachment);
                if (message.fingerAttachments != null && message.fingerAttachments.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (var i = 0; i < message.fingerAttachments.length; ++i)
                        writer.uint32(message.fingerAttachments[i]);
                    writer.ldelim();
                }
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.activeAuthentication);
                return writer;
            };

            /**
             * Decodes a PersonalizeCard message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.PersonalizeCard} PersonalizeCard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonalizeCard.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.PersonalizeCard();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 2: {
                            message.document = $root.idstation.v1.DocumentData.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.faceAttachment = reader.uint32();
                            break;
                        }
                    case 4: {
                            if (!(message.fingerAttachments && message.fingerAttachments.length))
                                message.fingerAttachments = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.fingerAttachments.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.fingerAttachments.push(reader.uint32());
                            break;
                        }
                    case 5: {
                            message.activeAuthentication = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PersonalizeCard message.
             * @function verify
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PersonalizeCard.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.document != null && Object.hasOwnProperty.call(message, "document")) {
                    var error = $root.idstation.v1.DocumentData.verify(message.document, long + 1);
                    if (error)
                        return "document." + error;
                }
                if (message.faceAttachment != null && Object.hasOwnProperty.call(message, "faceAttachment"))
                    if (!$util.isInteger(message.faceAttachment))
                        return "faceAttachment: integer expected";
                if (message.fingerAttachments != null && Object.hasOwnProperty.call(message, "fingerAttachments")) {
                    if (!Array.isArray(message.fingerAttachments))
                        return "fingerAttachments: array expected";
                    for (var i = 0; i < message.fingerAttachments.length; ++i)
                        if (!$util.isInteger(message.fingerAttachments[i]))
                            return "fingerAttachments: integer[] expected";
                }
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    if (typeof message.activeAuthentication !== "boolean")
                        return "activeAuthentication: boolean expected";
                return null;
            };

            /**
             * Creates a PersonalizeCard message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.PersonalizeCard} PersonalizeCard
             */
            PersonalizeCard.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.PersonalizeCard)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.PersonalizeCard: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.PersonalizeCard();
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.document != null) {
                    if (!$util.isObject(object.document))
                        throw TypeError(".idstation.v1.PersonalizeCard.document: object expected");
                    message.document = $root.idstation.v1.DocumentData.fromObject(object.document, long + 1);
                }
                if (object.faceAttachment != null)
                    message.faceAttachment = object.faceAttachment >>> 0;
                if (object.fingerAttachments) {
                    if (!Array.isArray(object.fingerAttachments))
                        throw TypeError(".idstation.v1.PersonalizeCard.fingerAttachments: array expected");
                    message.fingerAttachments = [];
                    for (var i = 0; i < object.fingerAttachments.length; ++i)
                        message.fingerAttachments[i] = object.fingerAttachments[i] >>> 0;
                }
                if (object.activeAuthentication != null)
                    message.activeAuthentication = Boolean(object.activeAuthentication);
                return message;
            };

            /**
             * Creates a plain object from a PersonalizeCard message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.PersonalizeCard
             * @static
             * @param {idstation.v1.PersonalizeCard} message PersonalizeCard
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PersonalizeCard.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.fingerAttachments = [];
                if (options.defaults) {
                    object.deviceId = "";
                    object.document = null;
                    object.faceAttachment = 0;
                    object.activeAuthentication = false;
                }
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.document != null && Object.hasOwnProperty.call(message, "document"))
                    object.document = $root.idstation.v1.DocumentData.toObject(message.document, options, q + 1);
                if (message.faceAttachment != null && Object.hasOwnProperty.call(message, "faceAttachment"))
                    object.faceAttachment = message.faceAttachment;
                if (message.fingerAttachments && message.fingerAttachments.length) {
                    object.fingerAttachments = [];
                    for (var j = 0; j < message.fingerAttachments.length; ++j)
                        object.fingerAttachments[j] = message.fingerAttachments[j];
                }
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    object.activeAuthentication = message.activeAuthentication;
                return object;
            };

            /**
             * Converts this PersonalizeCard to JSON.
             * @function toJSON
             * @memberof idstation.v1.PersonalizeCard
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PersonalizeCard.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PersonalizeCard;
        })();

        v1.PersonalizeCardResult = (function() {

            /**
             * Properties of a PersonalizeCardResult.
             * @memberof idstation.v1
             * @interface IPersonalizeCardResult
             * @property {idstation.v1.IJob|null} [job] PersonalizeCardResult job
             * @property {boolean|null} [replayed] PersonalizeCardResult replayed
             */

            /**
             * Constructs a new PersonalizeCardResult.
             * @memberof idstation.v1
             * @classdesc Represents a PersonalizeCardResult.
             * @implements IPersonalizeCardResult
             * @constructor
             * @param {idstation.v1.IPersonalizeCardResult=} [properties] Properties to set
             */
            function PersonalizeCardResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PersonalizeCardResult job.
             * @member {idstation.v1.IJob|null|undefined} job
             * @memberof idstation.v1.PersonalizeCardResult
             * @instance
             */
            PersonalizeCardResult.prototype.job = null;

            /**
             * PersonalizeCardResult replayed.
             * @member {boolean} replayed
             * @memberof idstation.v1.PersonalizeCardResult
             * @instance
             */
            PersonalizeCardResult.prototype.replayed = false;

            /**
             * Creates a new PersonalizeCardResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {idstation.v1.IPersonalizeCardResult=} [properties] Properties to set
             * @returns {idstation.v1.PersonalizeCardResult} PersonalizeCardResult instance
             */
            PersonalizeCardResult.create = function create(properties) {
                return new PersonalizeCardResult(properties);
            };

            /**
             * Encodes the specified PersonalizeCardResult message. Does not implicitly {@link idstation.v1.PersonalizeCardResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {idstation.v1.IPersonalizeCardResult} message PersonalizeCardResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonalizeCardResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    $root.idstation.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.replayed != null && Object.hasOwnProperty.call(message, "replayed"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.replayed);
                return writer;
            };

            /**
             * Decodes a PersonalizeCardResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.PersonalizeCardResult} PersonalizeCardResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonalizeCardResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.PersonalizeCardResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.job = $root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            message.replayed = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a PersonalizeCardResult message.
             * @function verify
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PersonalizeCardResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.job != null && Object.hasOwnProperty.call(message, "job")) {
                    var error = $root.idstation.v1.Job.verify(message.job, long + 1);
                    if (error)
                        return "job." + error;
                }
                if (message.replayed != null && Object.hasOwnProperty.call(message, "replayed"))
                    if (typeof message.replayed !== "boolean")
                        return "replayed: boolean expected";
                return null;
            };

            /**
             * Creates a PersonalizeCardResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.PersonalizeCardResult} PersonalizeCardResult
             */
            PersonalizeCardResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.PersonalizeCardResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.PersonalizeCardResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.PersonalizeCardResult();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw TypeError(".idstation.v1.PersonalizeCardResult.job: object expected");
                    message.job = $root.idstation.v1.Job.fromObject(object.job, long + 1);
                }
                if (object.replayed != null)
                    message.replayed = Boolean(object.replayed);
                return message;
            };

            /**
             * Creates a plain object from a PersonalizeCardResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.PersonalizeCardResult
             * @static
             * @param {idstation.v1.PersonalizeCardResult} message PersonalizeCardResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PersonalizeCardResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.job = null;
                    object.replayed = false;
                }
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.idstation.v1.Job.toObject(message.job, options, q + 1);
                if (message.replayed != null && Object.hasOwnProperty.call(message, "replayed"))
                    object.replayed = message.replayed;
                return object;
            };

            /**
             * Converts this PersonalizeCardResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.PersonalizeCardResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PersonalizeCardResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PersonalizeCardResult;
        })();

        /**
         * JobState enum.
         * @name idstation.v1.JobState
         * @enum {number}
         * @property {number} JOB_STATE_UNSPECIFIED=0 JOB_STATE_UNSPECIFIED value
         * @property {number} ACCEPTED=1 ACCEPTED value
         * @property {number} RUNNING=2 RUNNING value
         * @property {number} SUCCEEDED=3 SUCCEEDED value
         * @property {number} FAILED=4 FAILED value
         * @property {number} CANCELED=5 CANCELED value
         * @property {number} SPOILED=6 SPOILED value
         * @property {number} INTERRUPTED=7 INTERRUPTED value
         */
        v1.JobState = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "JOB_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACCEPTED"] = 1;
            values[valuesById[2] = "RUNNING"] = 2;
            values[valuesById[3] = "SUCCEEDED"] = 3;
            values[valuesById[4] = "FAILED"] = 4;
            values[valuesById[5] = "CANCELED"] = 5;
            values[valuesById[6] = "SPOILED"] = 6;
            values[valuesById[7] = "INTERRUPTED"] = 7;
            return values;
        })();

        /**
         * JobResolution enum.
         * @name idstation.v1.JobResolution
         * @enum {number}
         * @property {number} JOB_RESOLUTION_UNSPECIFIED=0 JOB_RESOLUTION_UNSPECIFIED value
         * @property {number} RESOLVED_SPOILED=1 RESOLVED_SPOILED value
         * @property {number} RESOLVED_ISSUED=2 RESOLVED_ISSUED value
         */
        v1.JobResolution = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "JOB_RESOLUTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RESOLVED_SPOILED"] = 1;
            values[valuesById[2] = "RESOLVED_ISSUED"] = 2;
            return values;
        })();

        v1.JobOutcomeSummary = (function() {

            /**
             * Properties of a JobOutcomeSummary.
             * @memberof idstation.v1
             * @interface IJobOutcomeSummary
             * @property {number|null} [apduCount] JobOutcomeSummary apduCount
             * @property {number|null} [bytesWritten] JobOutcomeSummary bytesWritten
             * @property {number|null} [durationMs] JobOutcomeSummary durationMs
             * @property {Array.<number>|null} [dataGroups] JobOutcomeSummary dataGroups
             * @property {boolean|null} [passiveAuthentication] JobOutcomeSummary passiveAuthentication
             * @property {boolean|null} [activeAuthentication] JobOutcomeSummary activeAuthentication
             */

            /**
             * Constructs a new JobOutcomeSummary.
             * @memberof idstation.v1
             * @classdesc Represents a JobOutcomeSummary.
             * @implements IJobOutcomeSummary
             * @constructor
             * @param {idstation.v1.IJobOutcomeSummary=} [properties] Properties to set
             */
            function JobOutcomeSummary(properties) {
                this.dataGroups = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * JobOutcomeSummary apduCount.
             * @member {number} apduCount
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.apduCount = 0;

            /**
             * JobOutcomeSummary bytesWritten.
             * @member {number} bytesWritten
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.bytesWritten = 0;

            /**
             * JobOutcomeSummary durationMs.
             * @member {number} durationMs
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * JobOutcomeSummary dataGroups.
             * @member {Array.<number>} dataGroups
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.dataGroups = $util.emptyArray;

            /**
             * JobOutcomeSummary passiveAuthentication.
             * @member {boolean} passiveAuthentication
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.passiveAuthentication = false;

            /**
             * JobOutcomeSummary activeAuthentication.
             * @member {boolean} activeAuthentication
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             */
            JobOutcomeSummary.prototype.activeAuthentication = false;

            /**
             * Creates a new JobOutcomeSummary instance using the specified properties.
             * @function create
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {idstation.v1.IJobOutcomeSummary=} [properties] Properties to set
             * @returns {idstation.v1.JobOutcomeSummary} JobOutcomeSummary instance
             */
            JobOutcomeSummary.create = function create(properties) {
                return new JobOutcomeSummary(properties);
            };

            /**
             * Encodes the specified JobOutcomeSummary message. Does not implicitly {@link idstation.v1.JobOutcomeSummary.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {idstation.v1.IJobOutcomeSummary} message JobOutcomeSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobOutcomeSummary.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.apduCount != null && Object.hasOwnProperty.call(message, "apduCount"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.apduCount);
                if (message.bytesWritten != null && Object.hasOwnProperty.call(message, "bytesWritten"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bytesWritten);
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.durationMs);
                if (message.dataGroups != null && message.dataGroups.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (var i = 0; i < message.dataGroups.length; ++i)
                        writer.uint32(message.dataGroups[i]);
                    writer.ldelim();
                }
                if (message.passiveAuthentication != null && Object.hasOwnProperty.call(message, "passiveAuthentication"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.passiveAuthentication);
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.activeAuthentication);
                return writer;
            };

            /**
             * Decodes a JobOutcomeSummary message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.JobOutcomeSummary} JobOutcomeSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobOutcomeSummary.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.JobOutcomeSummary();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.apduCount = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.bytesWritten = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.durationMs = reader.uint64();
                            break;
                        }
                    case 4: {
                            if (!(message.dataGroups && message.dataGroups.length))
                                message.dataGroups = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.dataGroups.push(reader.uint32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.dataGroups.push(reader.uint32());
                            break;
                        }
                    case 5: {
                            message.passiveAuthentication = reader.bool();
                            break;
                        }
                    case 6: {
                            message.activeAuthentication = reader.bool();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a JobOutcomeSummary message.
             * @function verify
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobOutcomeSummary.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.apduCount != null && Object.hasOwnProperty.call(message, "apduCount"))
                    if (!$util.isInteger(message.apduCount))
                        return "apduCount: integer expected";
                if (message.bytesWritten != null && Object.hasOwnProperty.call(message, "bytesWritten"))
                    if (!$util.isInteger(message.bytesWritten))
                        return "bytesWritten: integer expected";
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                        return "durationMs: integer|Long expected";
                if (message.dataGroups != null && Object.hasOwnProperty.call(message, "dataGroups")) {
                    if (!Array.isArray(message.dataGroups))
                        return "dataGroups: array expected";
                    for (var i = 0; i < message.dataGroups.length; ++i)
                        if (!$util.isInteger(message.dataGroups[i]))
                            return "dataGroups: integer[] expected";
                }
                if (message.passiveAuthentication != null && Object.hasOwnProperty.call(message, "passiveAuthentication"))
                    if (typeof message.passiveAuthentication !== "boolean")
                        return "passiveAuthentication: boolean expected";
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    if (typeof message.activeAuthentication !== "boolean")
                        return "activeAuthentication: boolean expected";
                return null;
            };

            /**
             * Creates a JobOutcomeSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.JobOutcomeSummary} JobOutcomeSummary
             */
            JobOutcomeSummary.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.JobOutcomeSummary)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.JobOutcomeSummary: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.JobOutcomeSummary();
                if (object.apduCount != null)
                    message.apduCount = object.apduCount >>> 0;
                if (object.bytesWritten != null)
                    message.bytesWritten = object.bytesWritten >>> 0;
                if (object.durationMs != null)
                    if ($util.Long)
                        message.durationMs = $util.Long.fromValue(object.durationMs, true);
                    else if (typeof object.durationMs === "string")
                        message.durationMs = parseInt(object.durationMs, 10);
                    else if (typeof object.durationMs === "number")
                        message.durationMs = object.durationMs;
                    else if (typeof object.durationMs === "object")
                        message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber(true);
                if (object.dataGroups) {
                    if (!Array.isArray(object.dataGroups))
                        throw TypeError(".idstation.v1.JobOutcomeSummary.dataGroups: array expected");
                    message.dataGroups = [];
                    for (var i = 0; i < object.dataGroups.length; ++i)
                        message.dataGroups[i] = object.dataGroups[i] >>> 0;
                }
                if (object.passiveAuthentication != null)
                    message.passiveAuthentication = Boolean(object.passiveAuthentication);
                if (object.activeAuthentication != null)
                    message.activeAuthentication = Boolean(object.activeAuthentication);
                return message;
            };

            /**
             * Creates a plain object from a JobOutcomeSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.JobOutcomeSummary
             * @static
             * @param {idstation.v1.JobOutcomeSummary} message JobOutcomeSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobOutcomeSummary.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.dataGroups = [];
                if (options.defaults) {
                    object.apduCount = 0;
                    object.bytesWritten = 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.durationMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.durationMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.passiveAuthentication = false;
                    object.activeAuthentication = false;
                }
                if (message.apduCount != null && Object.hasOwnProperty.call(message, "apduCount"))
                    object.apduCount = message.apduCount;
                if (message.bytesWritten != null && Object.hasOwnProperty.call(message, "bytesWritten"))
                    object.bytesWritten = message.bytesWritten;
                if (message.durationMs != null && Object.hasOwnProperty.call(message, "durationMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.durationMs = typeof message.durationMs === "number" ? BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, true).toBigInt();
                    else if (typeof message.durationMs === "number")
                        object.durationMs = options.longs === String ? String(message.durationMs) : message.durationMs;
                    else
                        object.durationMs = options.longs === String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber(true) : message.durationMs;
                if (message.dataGroups && message.dataGroups.length) {
                    object.dataGroups = [];
                    for (var j = 0; j < message.dataGroups.length; ++j)
                        object.dataGroups[j] = message.dataGroups[j];
                }
                if (message.passiveAuthentication != null && Object.hasOwnProperty.call(message, "passiveAuthentication"))
                    object.passiveAuthentication = message.passiveAuthentication;
                if (message.activeAuthentication != null && Object.hasOwnProperty.call(message, "activeAuthentication"))
                    object.activeAuthentication = message.activeAuthentication;
                return object;
            };

            /**
             * Converts this JobOutcomeSummary to JSON.
             * @function toJSON
             * @memberof idstation.v1.JobOutcomeSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobOutcomeSummary.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JobOutcomeSummary;
        })();

        v1.Job = (function() {

            /**
             * Properties of a Job.
             * @memberof idstation.v1
             * @interface IJob
             * @property {string|null} [jobId] Job jobId
             * @property {string|null} [kind] Job kind
             * @property {idstation.v1.JobState|null} [state] Job state
             * @property {string|null} [step] Job step
             * @property {number|null} [percent] Job percent
             * @property {string|null} [deviceId] Job deviceId
             * @property {string|null} [chipSerial] Job chipSerial
             * @property {idstation.v1.IError|null} [error] Job error
             * @property {idstation.v1.IJobOutcomeSummary|null} [outcome] Job outcome
             * @property {idstation.v1.JobResolution|null} [resolution] Job resolution
             * @property {number|null} [createdAtMs] Job createdAtMs
             * @property {number|null} [updatedAtMs] Job updatedAtMs
             * @property {idstation.v1.IJobPrompt|null} [pendingPrompt] Job pendingPrompt
             */

            /**
             * Constructs a new Job.
             * @memberof idstation.v1
             * @classdesc Represents a Job.
             * @implements IJob
             * @constructor
             * @param {idstation.v1.IJob=} [properties] Properties to set
             */
            function Job(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Job jobId.
             * @member {string} jobId
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.jobId = "";

            /**
             * Job kind.
             * @member {string} kind
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.kind = "";

            /**
             * Job state.
             * @member {idstation.v1.JobState} state
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.state = 0;

            /**
             * Job step.
             * @member {string} step
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.step = "";

            /**
             * Job percent.
             * @member {number} percent
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.percent = 0;

            /**
             * Job deviceId.
             * @member {string} deviceId
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.deviceId = "";

            /**
             * Job chipSerial.
             * @member {string} chipSerial
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.chipSerial = "";

            /**
             * Job error.
             * @member {idstation.v1.IError|null|undefined} error
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.error = null;

            /**
             * Job outcome.
             * @member {idstation.v1.IJobOutcomeSummary|null|undefined} outcome
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.outcome = null;

            /**
             * Job resolution.
             * @member {idstation.v1.JobResolution} resolution
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.resolution = 0;

            /**
             * Job createdAtMs.
             * @member {number} createdAtMs
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Job updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Job pendingPrompt.
             * @member {idstation.v1.IJobPrompt|null|undefined} pendingPrompt
             * @memberof idstation.v1.Job
             * @instance
             */
            Job.prototype.pendingPrompt = null;

            /**
             * Creates a new Job instance using the specified properties.
             * @function create
             * @memberof idstation.v1.Job
             * @static
             * @param {idstation.v1.IJob=} [properties] Properties to set
             * @returns {idstation.v1.Job} Job instance
             */
            Job.create = function create(properties) {
                return new Job(properties);
            };

            /**
             * Encodes the specified Job message. Does not implicitly {@link idstation.v1.Job.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.Job
             * @static
             * @param {idstation.v1.IJob} message Job message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Job.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.step);
                if (message.percent != null && Object.hasOwnProperty.call(message, "percent"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.percent);
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.deviceId);
                if (message.chipSerial != null && Object.hasOwnProperty.call(message, "chipSerial"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.chipSerial);
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    $root.idstation.v1.Error.encode(message.error, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    $root.idstation.v1.JobOutcomeSummary.encode(message.outcome, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.resolution);
                if (message.createdAtMs != null && Object.hasOwnProperty.call(message, "createdAtMs"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.createdAtMs);
                if (message.updatedAtMs != null && Object.hasOwnProperty.call(message, "updatedAtMs"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.updatedAtMs);
                if (message.pendingPrompt != null && Object.hasOwnProperty.call(message, "pendingPrompt"))
                    $root.idstation.v1.JobPrompt.encode(message.pendingPrompt, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a Job message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.Job
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.Job} Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Job.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.Job();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.kind = reader.string();
                            break;
                        }
                    case 3: {
                            message.state = reader.int32();
                            break;
                        }
                    case 4: {
                            message.step = reader.string();
                            break;
                        }
                    case 5: {
                            message.percent = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.deviceId = reader.string();
                            break;
                        }
                    case 7: {
                            message.chipSerial = reader.string();
                            break;
                        }
                    case 8: {
                            message.error = $root.idstation.v1.Error.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.outcome = $root.idstation.v1.JobOutcomeSummary.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.resolution = reader.int32();
                            break;
                        }
                    case 11: {
                            message.createdAtMs = reader.uint64();
                            break;
                        }
                    case 12: {
                            message.updatedAtMs = reader.uint64();
                            break;
                        }
                    case 13: {
                            message.pendingPrompt = $root.idstation.v1.JobPrompt.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a Job message.
             * @function verify
             * @memberof idstation.v1.Job
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Job.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    switch (message.state) {
                    default:
                        return "state: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                    case 5:
                    case 6:
                    case 7:
                        break;
                    }
                if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isString(message.step))
                        return "step: string expected";
                if (message.percent != null && Object.hasOwnProperty.call(message, "percent"))
                    if (!$util.isInteger(message.percent))
                        return "percent: integer expected";
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                if (message.chipSerial != null && Object.hasOwnProperty.call(message, "chipSerial"))
                    if (!$util.isString(message.chipSerial))
                        return "chipSerial: string expected";
                if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                    var error = $root.idstation.v1.Error.verify(message.error, long + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome")) {
                    var error = $root.idstation.v1.JobOutcomeSummary.verify(message.outcome, long + 1);
                    if (error)
                        return "outcome." + error;
                }
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    switch (message.resolution) {
                    default:
                        return "resolution: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.createdAtMs != null && Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (!$util.isInteger(message.createdAtMs) && !(message.createdAtMs && $util.isInteger(message.createdAtMs.low) && $util.isInteger(message.createdAtMs.high)))
                        return "createdAtMs: integer|Long expected";
                if (message.updatedAtMs != null && Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (!$util.isInteger(message.updatedAtMs) && !(message.updatedAtMs && $util.isInteger(message.updatedAtMs.low) && $util.isInteger(message.updatedAtMs.high)))
                        return "updatedAtMs: integer|Long expected";
                if (message.pendingPrompt != null && Object.hasOwnProperty.call(message, "pendingPrompt")) {
                    var error = $root.idstation.v1.JobPrompt.verify(message.pendingPrompt, long + 1);
                    if (error)
                        return "pendingPrompt." + error;
                }
                return null;
            };

            /**
             * Creates a Job message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.Job
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.Job} Job
             */
            Job.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.Job)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.Job: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.Job();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.kind != null)
                    message.kind = String(object.kind);
                switch (object.state) {
                default:
                    if (typeof object.state === "number") {
                        message.state = object.state;
                        break;
                    }
                    break;
                case "JOB_STATE_UNSPECIFIED":
                case 0:
                    message.state = 0;
                    break;
                case "ACCEPTED":
                case 1:
                    message.state = 1;
                    break;
                case "RUNNING":
                case 2:
                    message.state = 2;
                    break;
                case "SUCCEEDED":
                case 3:
                    message.state = 3;
                    break;
                case "FAILED":
                case 4:
                    message.state = 4;
                    break;
                case "CANCELED":
                case 5:
                    message.state = 5;
                    break;
                case "SPOILED":
                case 6:
                    message.state = 6;
                    break;
                case "INTERRUPTED":
                case 7:
                    message.state = 7;
                    break;
                }
                if (object.step != null)
                    message.step = String(object.step);
                if (object.percent != null)
                    message.percent = object.percent >>> 0;
                if (object.deviceId != null)
                    message.deviceId = String(object.deviceId);
                if (object.chipSerial != null)
                    message.chipSerial = String(object.chipSerial);
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw TypeError(".idstation.v1.Job.error: object expected");
                    message.error = $root.idstation.v1.Error.fromObject(object.error, long + 1);
                }
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw TypeError(".idstation.v1.Job.outcome: object expected");
                    message.outcome = $root.idstation.v1.JobOutcomeSummary.fromObject(object.outcome, long + 1);
                }
                switch (object.resolution) {
                default:
                    if (typeof object.resolution === "number") {
                        message.resolution = object.resolution;
                        break;
                    }
                    break;
                case "JOB_RESOLUTION_UNSPECIFIED":
                case 0:
                    message.resolution = 0;
                    break;
                case "RESOLVED_SPOILED":
                case 1:
                    message.resolution = 1;
                    break;
                case "RESOLVED_ISSUED":
                case 2:
                    message.resolution = 2;
                    break;
                }
                if (object.createdAtMs != null)
                    if ($util.Long)
                        message.createdAtMs = $util.Long.fromValue(object.createdAtMs, true);
                    else if (typeof object.createdAtMs === "string")
                        message.createdAtMs = parseInt(object.createdAtMs, 10);
                    else if (typeof object.createdAtMs === "number")
                        message.createdAtMs = object.createdAtMs;
                    else if (typeof object.createdAtMs === "object")
                        message.createdAtMs = new $util.LongBits(object.createdAtMs.low >>> 0, object.createdAtMs.high >>> 0).toNumber(true);
                if (object.updatedAtMs != null)
                    if ($util.Long)
                        message.updatedAtMs = $util.Long.fromValue(object.updatedAtMs, true);
                    else if (typeof object.updatedAtMs === "string")
                        message.updatedAtMs = parseInt(object.updatedAtMs, 10);
                    else if (typeof object.updatedAtMs === "number")
                        message.updatedAtMs = object.updatedAtMs;
                    else if (typeof object.updatedAtMs === "object")
                        message.updatedAtMs = new $util.LongBits(object.updatedAtMs.low >>> 0, object.updatedAtMs.high >>> 0).toNumber(true);
                if (object.pendingPrompt != null) {
                    if (!$util.isObject(object.pendingPrompt))
                        throw TypeError(".idstation.v1.Job.pendingPrompt: object expected");
                    message.pendingPrompt = $root.idstation.v1.JobPrompt.fromObject(object.pendingPrompt, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Job message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.Job
             * @static
             * @param {idstation.v1.Job} message Job
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Job.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.kind = "";
                    object.state = options.enums === String ? "JOB_STATE_UNSPECIFIED" : 0;
                    object.step = "";
                    object.percent = 0;
                    object.deviceId = "";
                    object.chipSerial = "";
                    object.error = null;
                    object.outcome = null;
                    object.resolution = options.enums === String ? "JOB_RESOLUTION_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.createdAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var long = new $util.Long(0, 0, true);
                        object.updatedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.pendingPrompt = null;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === String ? $root.idstation.v1.JobState[message.state] === undefined ? message.state : $root.idstation.v1.JobState[message.state] : message.state;
                if (message.step != null && Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.percent != null && Object.hasOwnProperty.call(message, "percent"))
                    object.percent = message.percent;
                if (message.deviceId != null && Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.chipSerial != null && Object.hasOwnProperty.call(message, "chipSerial"))
                    object.chipSerial = message.chipSerial;
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.idstation.v1.Error.toObject(message.error, options, q + 1);
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.idstation.v1.JobOutcomeSummary.toObject(message.outcome, options, q + 1);
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    object.resolution = options.enums === String ? $root.idstation.v1.JobResolution[message.resolution] === undefined ? message.resolution : $root.idstation.v1.JobResolution[message.resolution] : message.resolution;
                if (message.createdAtMs != null && Object.hasOwnProperty.call(message, "createdAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.createdAtMs = typeof message.createdAtMs === "number" ? BigInt(message.createdAtMs) : $util.Long.fromBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.createdAtMs === "number")
                        object.createdAtMs = options.longs === String ? String(message.createdAtMs) : message.createdAtMs;
                    else
                        object.createdAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.createdAtMs) : options.longs === Number ? new $util.LongBits(message.createdAtMs.low >>> 0, message.createdAtMs.high >>> 0).toNumber(true) : message.createdAtMs;
                if (message.updatedAtMs != null && Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.updatedAtMs = typeof message.updatedAtMs === "number" ? BigInt(message.updatedAtMs) : $util.Long.fromBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.updatedAtMs === "number")
                        object.updatedAtMs = options.longs === String ? String(message.updatedAtMs) : message.updatedAtMs;
                    else
                        object.updatedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.updatedAtMs) : options.longs === Number ? new $util.LongBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0).toNumber(true) : message.updatedAtMs;
                if (message.pendingPrompt != null && Object.hasOwnProperty.call(message, "pendingPrompt"))
                    object.pendingPrompt = $root.idstation.v1.JobPrompt.toObject(message.pendingPrompt, options, q + 1);
                return object;
            };

            /**
             * Converts this Job to JSON.
             * @function toJSON
             * @memberof idstation.v1.Job
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Job.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Job;
        })();

        v1.JobChanged = (function() {

            /**
             * Properties of a JobChanged.
             * @memberof idstation.v1
             * @interface IJobChanged
             * @property {idstation.v1.IJob|null} [job] JobChanged job
             */

            /**
             * Constructs a new JobChanged.
             * @memberof idstation.v1
             * @classdesc Represents a JobChanged.
             * @implements IJobChanged
             * @constructor
             * @param {idstation.v1.IJobChanged=} [properties] Properties to set
             */
            function JobChanged(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * JobChanged job.
             * @member {idstation.v1.IJob|null|undefined} job
             * @memberof idstation.v1.JobChanged
             * @instance
             */
            JobChanged.prototype.job = null;

            /**
             * Creates a new JobChanged instance using the specified properties.
             * @function create
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {idstation.v1.IJobChanged=} [properties] Properties to set
             * @returns {idstation.v1.JobChanged} JobChanged instance
             */
            JobChanged.create = function create(properties) {
                return new JobChanged(properties);
            };

            /**
             * Encodes the specified JobChanged message. Does not implicitly {@link idstation.v1.JobChanged.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {idstation.v1.IJobChanged} message JobChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobChanged.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    $root.idstation.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a JobChanged message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.JobChanged} JobChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobChanged.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.JobChanged();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.job = $root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a JobChanged message.
             * @function verify
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobChanged.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.job != null && Object.hasOwnProperty.call(message, "job")) {
                    var error = $root.idstation.v1.Job.verify(message.job, long + 1);
                    if (error)
                        return "job." + error;
                }
                return null;
            };

            /**
             * Creates a JobChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.JobChanged} JobChanged
             */
            JobChanged.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.JobChanged)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.JobChanged: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.JobChanged();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw TypeError(".idstation.v1.JobChanged.job: object expected");
                    message.job = $root.idstation.v1.Job.fromObject(object.job, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a JobChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.JobChanged
             * @static
             * @param {idstation.v1.JobChanged} message JobChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobChanged.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.job = null;
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.idstation.v1.Job.toObject(message.job, options, q + 1);
                return object;
            };

            /**
             * Converts this JobChanged to JSON.
             * @function toJSON
             * @memberof idstation.v1.JobChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobChanged.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JobChanged;
        })();

        v1.JobPrompt = (function() {

            /**
             * Properties of a JobPrompt.
             * @memberof idstation.v1
             * @interface IJobPrompt
             * @property {string|null} [jobId] JobPrompt jobId
             * @property {string|null} [promptId] JobPrompt promptId
             * @property {string|null} [kind] JobPrompt kind
             * @property {string|null} [message] JobPrompt message
             */

            /**
             * Constructs a new JobPrompt.
             * @memberof idstation.v1
             * @classdesc Represents a JobPrompt.
             * @implements IJobPrompt
             * @constructor
             * @param {idstation.v1.IJobPrompt=} [properties] Properties to set
             */
            function JobPrompt(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * JobPrompt jobId.
             * @member {string} jobId
             * @memberof idstation.v1.JobPrompt
             * @instance
             */
            JobPrompt.prototype.jobId = "";

            /**
             * JobPrompt promptId.
             * @member {string} promptId
             * @memberof idstation.v1.JobPrompt
             * @instance
             */
            JobPrompt.prototype.promptId = "";

            /**
             * JobPrompt kind.
             * @member {string} kind
             * @memberof idstation.v1.JobPrompt
             * @instance
             */
            JobPrompt.prototype.kind = "";

            /**
             * JobPrompt message.
             * @member {string} message
             * @memberof idstation.v1.JobPrompt
             * @instance
             */
            JobPrompt.prototype.message = "";

            /**
             * Creates a new JobPrompt instance using the specified properties.
             * @function create
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {idstation.v1.IJobPrompt=} [properties] Properties to set
             * @returns {idstation.v1.JobPrompt} JobPrompt instance
             */
            JobPrompt.create = function create(properties) {
                return new JobPrompt(properties);
            };

            /**
             * Encodes the specified JobPrompt message. Does not implicitly {@link idstation.v1.JobPrompt.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {idstation.v1.IJobPrompt} message JobPrompt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobPrompt.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.promptId);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                return writer;
            };

            /**
             * Decodes a JobPrompt message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.JobPrompt} JobPrompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobPrompt.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.JobPrompt();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.promptId = reader.string();
                            break;
                        }
                    case 3: {
                            message.kind = reader.string();
                            break;
                        }
                    case 4: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a JobPrompt message.
             * @function verify
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JobPrompt.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    if (!$util.isString(message.promptId))
                        return "promptId: string expected";
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a JobPrompt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.JobPrompt} JobPrompt
             */
            JobPrompt.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.JobPrompt)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.JobPrompt: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.JobPrompt();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.promptId != null)
                    message.promptId = String(object.promptId);
                if (object.kind != null)
                    message.kind = String(object.kind);
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a JobPrompt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.JobPrompt
             * @static
             * @param {idstation.v1.JobPrompt} message JobPrompt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobPrompt.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.promptId = "";
                    object.kind = "";
                    object.message = "";
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    object.promptId = message.promptId;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this JobPrompt to JSON.
             * @function toJSON
             * @memberof idstation.v1.JobPrompt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobPrompt.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JobPrompt;
        })();

        v1.GetJob = (function() {

            /**
             * Properties of a GetJob.
             * @memberof idstation.v1
             * @interface IGetJob
             * @property {string|null} [jobId] GetJob jobId
             */

            /**
             * Constructs a new GetJob.
             * @memberof idstation.v1
             * @classdesc Represents a GetJob.
             * @implements IGetJob
             * @constructor
             * @param {idstation.v1.IGetJob=} [properties] Properties to set
             */
            function GetJob(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetJob jobId.
             * @member {string} jobId
             * @memberof idstation.v1.GetJob
             * @instance
             */
            GetJob.prototype.jobId = "";

            /**
             * Creates a new GetJob instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetJob
             * @static
             * @param {idstation.v1.IGetJob=} [properties] Properties to set
             * @returns {idstation.v1.GetJob} GetJob instance
             */
            GetJob.create = function create(properties) {
                return new GetJob(properties);
            };

            /**
             * Encodes the specified GetJob message. Does not implicitly {@link idstation.v1.GetJob.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetJob
             * @static
             * @param {idstation.v1.IGetJob} message GetJob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetJob.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                return writer;
            };

            /**
             * Decodes a GetJob message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetJob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetJob} GetJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetJob.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetJob();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetJob message.
             * @function verify
             * @memberof idstation.v1.GetJob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetJob.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                return null;
            };

            /**
             * Creates a GetJob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetJob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetJob} GetJob
             */
            GetJob.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetJob)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetJob: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetJob();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                return message;
            };

            /**
             * Creates a plain object from a GetJob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetJob
             * @static
             * @param {idstation.v1.GetJob} message GetJob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetJob.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.jobId = "";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                return object;
            };

            /**
             * Converts this GetJob to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetJob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetJob.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetJob;
        })();

        v1.GetJobResult = (function() {

            /**
             * Properties of a GetJobResult.
             * @memberof idstation.v1
             * @interface IGetJobResult
             * @property {idstation.v1.IJob|null} [job] GetJobResult job
             */

            /**
             * Constructs a new GetJobResult.
             * @memberof idstation.v1
             * @classdesc Represents a GetJobResult.
             * @implements IGetJobResult
             * @constructor
             * @param {idstation.v1.IGetJobResult=} [properties] Properties to set
             */
            function GetJobResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GetJobResult job.
             * @member {idstation.v1.IJob|null|undefined} job
             * @memberof idstation.v1.GetJobResult
             * @instance
             */
            GetJobResult.prototype.job = null;

            /**
             * Creates a new GetJobResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {idstation.v1.IGetJobResult=} [properties] Properties to set
             * @returns {idstation.v1.GetJobResult} GetJobResult instance
             */
            GetJobResult.create = function create(properties) {
                return new GetJobResult(properties);
            };

            /**
             * Encodes the specified GetJobResult message. Does not implicitly {@link idstation.v1.GetJobResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {idstation.v1.IGetJobResult} message GetJobResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetJobResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    $root.idstation.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a GetJobResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.GetJobResult} GetJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetJobResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.GetJobResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.job = $root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a GetJobResult message.
             * @function verify
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetJobResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.job != null && Object.hasOwnProperty.call(message, "job")) {
                    var error = $root.idstation.v1.Job.verify(message.job, long + 1);
                    if (error)
                        return "job." + error;
                }
                return null;
            };

            /**
             * Creates a GetJobResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.GetJobResult} GetJobResult
             */
            GetJobResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.GetJobResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.GetJobResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.GetJobResult();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw TypeError(".idstation.v1.GetJobResult.job: object expected");
                    message.job = $root.idstation.v1.Job.fromObject(object.job, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GetJobResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.GetJobResult
             * @static
             * @param {idstation.v1.GetJobResult} message GetJobResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetJobResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.job = null;
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.idstation.v1.Job.toObject(message.job, options, q + 1);
                return object;
            };

            /**
             * Converts this GetJobResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.GetJobResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetJobResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GetJobResult;
        })();

        v1.ListJobs = (function() {

            /**
             * Properties of a ListJobs.
             * @memberof idstation.v1
             * @interface IListJobs
             * @property {Array.<idstation.v1.JobState>|null} [states] ListJobs states
             * @property {number|null} [limit] ListJobs limit
             * @property {string|null} [before] ListJobs before
             */

            /**
             * Constructs a new ListJobs.
             * @memberof idstation.v1
             * @classdesc Represents a ListJobs.
             * @implements IListJobs
             * @constructor
             * @param {idstation.v1.IListJobs=} [properties] Properties to set
             */
            function ListJobs(properties) {
                this.states = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListJobs states.
             * @member {Array.<idstation.v1.JobState>} states
             * @memberof idstation.v1.ListJobs
             * @instance
             */
            ListJobs.prototype.states = $util.emptyArray;

            /**
             * ListJobs limit.
             * @member {number} limit
             * @memberof idstation.v1.ListJobs
             * @instance
             */
            ListJobs.prototype.limit = 0;

            /**
             * ListJobs before.
             * @member {string} before
             * @memberof idstation.v1.ListJobs
             * @instance
             */
            ListJobs.prototype.before = "";

            /**
             * Creates a new ListJobs instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {idstation.v1.IListJobs=} [properties] Properties to set
             * @returns {idstation.v1.ListJobs} ListJobs instance
             */
            ListJobs.create = function create(properties) {
                return new ListJobs(properties);
            };

            /**
             * Encodes the specified ListJobs message. Does not implicitly {@link idstation.v1.ListJobs.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {idstation.v1.IListJobs} message ListJobs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListJobs.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.states != null && message.states.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (var i = 0; i < message.states.length; ++i)
                        writer.int32(message.states[i]);
                    writer.ldelim();
                }
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.before != null && Object.hasOwnProperty.call(message, "before"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.before);
                return writer;
            };

            /**
             * Decodes a ListJobs message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ListJobs} ListJobs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListJobs.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ListJobs();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.states && message.states.length))
                                message.states = [];
                            if ((tag & 7) === 2) {
                                var end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.states.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.states.push(reader.int32());
                            break;
                        }
                    case 2: {
                            message.limit = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.before = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListJobs message.
             * @function verify
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListJobs.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.states != null && Object.hasOwnProperty.call(message, "states")) {
                    if (!Array.isArray(message.states))
                        return "states: array expected";
                    for (var i = 0; i < message.states.length; ++i)
                        switch (message.states[i]) {
                        default:
                            return "states: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                        case 3:
                        case 4:
                        case 5:
                        case 6:
                        case 7:
                            break;
                        }
                }
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    if (!$util.isInteger(message.limit))
                        return "limit: integer expected";
                if (message.before != null && Object.hasOwnProperty.call(message, "before"))
                    if (!$util.isString(message.before))
                        return "before: string expected";
                return null;
            };

            /**
             * Creates a ListJobs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ListJobs} ListJobs
             */
            ListJobs.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ListJobs)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ListJobs: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ListJobs();
                if (object.states) {
                    if (!Array.isArray(object.states))
                        throw TypeError(".idstation.v1.ListJobs.states: array expected");
                    message.states = [];
                    for (var i = 0; i < object.states.length; ++i)
                        switch (object.states[i]) {
                        default:
                            if (typeof object.states[i] === "number") {
                                message.states[i] = object.states[i];
                                break;
                            }
                        case "JOB_STATE_UNSPECIFIED":
                        case 0:
                            message.states[i] = 0;
                            break;
                        case "ACCEPTED":
                        case 1:
                            message.states[i] = 1;
                            break;
                        case "RUNNING":
                        case 2:
                            message.states[i] = 2;
                            break;
                        case "SUCCEEDED":
                        case 3:
                            message.states[i] = 3;
                            break;
                        case "FAILED":
                        case 4:
                            message.states[i] = 4;
                            break;
                        case "CANCELED":
                        case 5:
                            message.states[i] = 5;
                            break;
                        case "SPOILED":
                        case 6:
                            message.states[i] = 6;
                            break;
                        case "INTERRUPTED":
                        case 7:
                            message.states[i] = 7;
                            break;
                        }
                }
                if (object.limit != null)
                    message.limit = object.limit >>> 0;
                if (object.before != null)
                    message.before = String(object.before);
                return message;
            };

            /**
             * Creates a plain object from a ListJobs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ListJobs
             * @static
             * @param {idstation.v1.ListJobs} message ListJobs
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListJobs.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.states = [];
                if (options.defaults) {
                    object.limit = 0;
                    object.before = "";
                }
                if (message.states && message.states.length) {
                    object.states = [];
                    for (var j = 0; j < message.states.length; ++j)
                        object.states[j] = options.enums === String ? $root.idstation.v1.JobState[message.states[j]] === undefined ? message.states[j] : $root.idstation.v1.JobState[message.states[j]] : message.states[j];
                }
                if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.before != null && Object.hasOwnProperty.call(message, "before"))
                    object.before = message.before;
                return object;
            };

            /**
             * Converts this ListJobs to JSON.
             * @function toJSON
             * @memberof idstation.v1.ListJobs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListJobs.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListJobs;
        })();

        v1.ListJobsResult = (function() {

            /**
             * Properties of a ListJobsResult.
             * @memberof idstation.v1
             * @interface IListJobsResult
             * @property {Array.<idstation.v1.IJob>|null} [jobs] ListJobsResult jobs
             * @property {string|null} [nextBefore] ListJobsResult nextBefore
             */

            /**
             * Constructs a new ListJobsResult.
             * @memberof idstation.v1
             * @classdesc Represents a ListJobsResult.
             * @implements IListJobsResult
             * @constructor
             * @param {idstation.v1.IListJobsResult=} [properties] Properties to set
             */
            function ListJobsResult(properties) {
                this.jobs = [];
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ListJobsResult jobs.
             * @member {Array.<idstation.v1.IJob>} jobs
             * @memberof idstation.v1.ListJobsResult
             * @instance
             */
            ListJobsResult.prototype.jobs = $util.emptyArray;

            /**
             * ListJobsResult nextBefore.
             * @member {string} nextBefore
             * @memberof idstation.v1.ListJobsResult
             * @instance
             */
            ListJobsResult.prototype.nextBefore = "";

            /**
             * Creates a new ListJobsResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {idstation.v1.IListJobsResult=} [properties] Properties to set
             * @returns {idstation.v1.ListJobsResult} ListJobsResult instance
             */
            ListJobsResult.create = function create(properties) {
                return new ListJobsResult(properties);
            };

            /**
             * Encodes the specified ListJobsResult message. Does not implicitly {@link idstation.v1.ListJobsResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {idstation.v1.IListJobsResult} message ListJobsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListJobsResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobs != null && message.jobs.length)
                    for (var i = 0; i < message.jobs.length; ++i)
                        $root.idstation.v1.Job.encode(message.jobs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.nextBefore != null && Object.hasOwnProperty.call(message, "nextBefore"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.nextBefore);
                return writer;
            };

            /**
             * Decodes a ListJobsResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ListJobsResult} ListJobsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListJobsResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ListJobsResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.jobs && message.jobs.length))
                                message.jobs = [];
                            message.jobs.push($root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            message.nextBefore = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ListJobsResult message.
             * @function verify
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListJobsResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobs != null && Object.hasOwnProperty.call(message, "jobs")) {
                    if (!Array.isArray(message.jobs))
                        return "jobs: array expected";
                    for (var i = 0; i < message.jobs.length; ++i) {
                        var error = $root.idstation.v1.Job.verify(message.jobs[i], long + 1);
                        if (error)
                            return "jobs." + error;
                    }
                }
                if (message.nextBefore != null && Object.hasOwnProperty.call(message, "nextBefore"))
                    if (!$util.isString(message.nextBefore))
                        return "nextBefore: string expected";
                return null;
            };

            /**
             * Creates a ListJobsResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ListJobsResult} ListJobsResult
             */
            ListJobsResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ListJobsResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ListJobsResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ListJobsResult();
                if (object.jobs) {
                    if (!Array.isArray(object.jobs))
                        throw TypeError(".idstation.v1.ListJobsResult.jobs: array expected");
                    message.jobs = [];
                    for (var i = 0; i < object.jobs.length; ++i) {
                        if (!$util.isObject(object.jobs[i]))
                            throw TypeError(".idstation.v1.ListJobsResult.jobs: object expected");
                        message.jobs[i] = $root.idstation.v1.Job.fromObject(object.jobs[i], long + 1);
                    }
                }
                if (object.nextBefore != null)
                    message.nextBefore = String(object.nextBefore);
                return message;
            };

            /**
             * Creates a plain object from a ListJobsResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ListJobsResult
             * @static
             * @param {idstation.v1.ListJobsResult} message ListJobsResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListJobsResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.arrays || options.defaults)
                    object.jobs = [];
                if (options.defaults)
                    object.nextBefore = "";
                if (message.jobs && message.jobs.length) {
                    object.jobs = [];
                    for (var j = 0; j < message.jobs.length; ++j)
                        object.jobs[j] = $root.idstation.v1.Job.toObject(message.jobs[j], options, q + 1);
                }
                if (message.nextBefore != null && Object.hasOwnProperty.call(message, "nextBefore"))
                    object.nextBefore = message.nextBefore;
                return object;
            };

            /**
             * Converts this ListJobsResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ListJobsResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListJobsResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListJobsResult;
        })();

        v1.CancelJob = (function() {

            /**
             * Properties of a CancelJob.
             * @memberof idstation.v1
             * @interface ICancelJob
             * @property {string|null} [jobId] CancelJob jobId
             */

            /**
             * Constructs a new CancelJob.
             * @memberof idstation.v1
             * @classdesc Represents a CancelJob.
             * @implements ICancelJob
             * @constructor
             * @param {idstation.v1.ICancelJob=} [properties] Properties to set
             */
            function CancelJob(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelJob jobId.
             * @member {string} jobId
             * @memberof idstation.v1.CancelJob
             * @instance
             */
            CancelJob.prototype.jobId = "";

            /**
             * Creates a new CancelJob instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {idstation.v1.ICancelJob=} [properties] Properties to set
             * @returns {idstation.v1.CancelJob} CancelJob instance
             */
            CancelJob.create = function create(properties) {
                return new CancelJob(properties);
            };

            /**
             * Encodes the specified CancelJob message. Does not implicitly {@link idstation.v1.CancelJob.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {idstation.v1.ICancelJob} message CancelJob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelJob.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                return writer;
            };

            /**
             * Decodes a CancelJob message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CancelJob} CancelJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelJob.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CancelJob();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CancelJob message.
             * @function verify
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelJob.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                return null;
            };

            /**
             * Creates a CancelJob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CancelJob} CancelJob
             */
            CancelJob.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CancelJob)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CancelJob: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CancelJob();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                return message;
            };

            /**
             * Creates a plain object from a CancelJob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CancelJob
             * @static
             * @param {idstation.v1.CancelJob} message CancelJob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelJob.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.jobId = "";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                return object;
            };

            /**
             * Converts this CancelJob to JSON.
             * @function toJSON
             * @memberof idstation.v1.CancelJob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelJob.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelJob;
        })();

        v1.CancelJobResult = (function() {

            /**
             * Properties of a CancelJobResult.
             * @memberof idstation.v1
             * @interface ICancelJobResult
             * @property {idstation.v1.IJob|null} [job] CancelJobResult job
             */

            /**
             * Constructs a new CancelJobResult.
             * @memberof idstation.v1
             * @classdesc Represents a CancelJobResult.
             * @implements ICancelJobResult
             * @constructor
             * @param {idstation.v1.ICancelJobResult=} [properties] Properties to set
             */
            function CancelJobResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * CancelJobResult job.
             * @member {idstation.v1.IJob|null|undefined} job
             * @memberof idstation.v1.CancelJobResult
             * @instance
             */
            CancelJobResult.prototype.job = null;

            /**
             * Creates a new CancelJobResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {idstation.v1.ICancelJobResult=} [properties] Properties to set
             * @returns {idstation.v1.CancelJobResult} CancelJobResult instance
             */
            CancelJobResult.create = function create(properties) {
                return new CancelJobResult(properties);
            };

            /**
             * Encodes the specified CancelJobResult message. Does not implicitly {@link idstation.v1.CancelJobResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {idstation.v1.ICancelJobResult} message CancelJobResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelJobResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    $root.idstation.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a CancelJobResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.CancelJobResult} CancelJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelJobResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.CancelJobResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.job = $root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a CancelJobResult message.
             * @function verify
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelJobResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.job != null && Object.hasOwnProperty.call(message, "job")) {
                    var error = $root.idstation.v1.Job.verify(message.job, long + 1);
                    if (error)
                        return "job." + error;
                }
                return null;
            };

            /**
             * Creates a CancelJobResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.CancelJobResult} CancelJobResult
             */
            CancelJobResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.CancelJobResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.CancelJobResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.CancelJobResult();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw TypeError(".idstation.v1.CancelJobResult.job: object expected");
                    message.job = $root.idstation.v1.Job.fromObject(object.job, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a CancelJobResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.CancelJobResult
             * @static
             * @param {idstation.v1.CancelJobResult} message CancelJobResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelJobResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.job = null;
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.idstation.v1.Job.toObject(message.job, options, q + 1);
                return object;
            };

            /**
             * Converts this CancelJobResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.CancelJobResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelJobResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelJobResult;
        })();

        /**
         * PromptAnswer enum.
         * @name idstation.v1.PromptAnswer
         * @enum {number}
         * @property {number} PROMPT_ANSWER_UNSPECIFIED=0 PROMPT_ANSWER_UNSPECIFIED value
         * @property {number} CONTINUE=1 CONTINUE value
         * @property {number} CANCEL=2 CANCEL value
         */
        v1.PromptAnswer = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "PROMPT_ANSWER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONTINUE"] = 1;
            values[valuesById[2] = "CANCEL"] = 2;
            return values;
        })();

        v1.AnswerPrompt = (function() {

            /**
             * Properties of an AnswerPrompt.
             * @memberof idstation.v1
             * @interface IAnswerPrompt
             * @property {string|null} [jobId] AnswerPrompt jobId
             * @property {string|null} [promptId] AnswerPrompt promptId
             * @property {idstation.v1.PromptAnswer|null} [answer] AnswerPrompt answer
             */

            /**
             * Constructs a new AnswerPrompt.
             * @memberof idstation.v1
             * @classdesc Represents an AnswerPrompt.
             * @implements IAnswerPrompt
             * @constructor
             * @param {idstation.v1.IAnswerPrompt=} [properties] Properties to set
             */
            function AnswerPrompt(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * AnswerPrompt jobId.
             * @member {string} jobId
             * @memberof idstation.v1.AnswerPrompt
             * @instance
             */
            AnswerPrompt.prototype.jobId = "";

            /**
             * AnswerPrompt promptId.
             * @member {string} promptId
             * @memberof idstation.v1.AnswerPrompt
             * @instance
             */
            AnswerPrompt.prototype.promptId = "";

            /**
             * AnswerPrompt answer.
             * @member {idstation.v1.PromptAnswer} answer
             * @memberof idstation.v1.AnswerPrompt
             * @instance
             */
            AnswerPrompt.prototype.answer = 0;

            /**
             * Creates a new AnswerPrompt instance using the specified properties.
             * @function create
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {idstation.v1.IAnswerPrompt=} [properties] Properties to set
             * @returns {idstation.v1.AnswerPrompt} AnswerPrompt instance
             */
            AnswerPrompt.create = function create(properties) {
                return new AnswerPrompt(properties);
            };

            /**
             * Encodes the specified AnswerPrompt message. Does not implicitly {@link idstation.v1.AnswerPrompt.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {idstation.v1.IAnswerPrompt} message AnswerPrompt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerPrompt.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.promptId);
                if (message.answer != null && Object.hasOwnProperty.call(message, "answer"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.answer);
                return writer;
            };

            /**
             * Decodes an AnswerPrompt message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.AnswerPrompt} AnswerPrompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerPrompt.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.AnswerPrompt();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.promptId = reader.string();
                            break;
                        }
                    case 3: {
                            message.answer = reader.int32();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an AnswerPrompt message.
             * @function verify
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnswerPrompt.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    if (!$util.isString(message.promptId))
                        return "promptId: string expected";
                if (message.answer != null && Object.hasOwnProperty.call(message, "answer"))
                    switch (message.answer) {
                    default:
                        return "answer: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                return null;
            };

            /**
             * Creates an AnswerPrompt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.AnswerPrompt} AnswerPrompt
             */
            AnswerPrompt.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.AnswerPrompt)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.AnswerPrompt: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.AnswerPrompt();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                if (object.promptId != null)
                    message.promptId = String(object.promptId);
                switch (object.answer) {
                default:
                    if (typeof object.answer === "number") {
                        message.answer = object.answer;
                        break;
                    }
                    break;
                case "PROMPT_ANSWER_UNSPECIFIED":
                case 0:
                    message.answer = 0;
                    break;
                case "CONTINUE":
                case 1:
                    message.answer = 1;
                    break;
                case "CANCEL":
                case 2:
                    message.answer = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from an AnswerPrompt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.AnswerPrompt
             * @static
             * @param {idstation.v1.AnswerPrompt} message AnswerPrompt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnswerPrompt.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.promptId = "";
                    object.answer = options.enums === String ? "PROMPT_ANSWER_UNSPECIFIED" : 0;
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.promptId != null && Object.hasOwnProperty.call(message, "promptId"))
                    object.promptId = message.promptId;
                if (message.answer != null && Object.hasOwnProperty.call(message, "answer"))
                    object.answer = options.enums === String ? $root.idstation.v1.PromptAnswer[message.answer] === undefined ? message.answer : $root.idstation.v1.PromptAnswer[message.answer] : message.answer;
                return object;
            };

            /**
             * Converts this AnswerPrompt to JSON.
             * @function toJSON
             * @memberof idstation.v1.AnswerPrompt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnswerPrompt.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AnswerPrompt;
        })();

        v1.AnswerPromptResult = (function() {

            /**
             * Properties of an AnswerPromptResult.
             * @memberof idstation.v1
             * @interface IAnswerPromptResult
             */

            /**
             * Constructs a new AnswerPromptResult.
             * @memberof idstation.v1
             * @classdesc Represents an AnswerPromptResult.
             * @implements IAnswerPromptResult
             * @constructor
             * @param {idstation.v1.IAnswerPromptResult=} [properties] Properties to set
             */
            function AnswerPromptResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new AnswerPromptResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {idstation.v1.IAnswerPromptResult=} [properties] Properties to set
             * @returns {idstation.v1.AnswerPromptResult} AnswerPromptResult instance
             */
            AnswerPromptResult.create = function create(properties) {
                return new AnswerPromptResult(properties);
            };

            /**
             * Encodes the specified AnswerPromptResult message. Does not implicitly {@link idstation.v1.AnswerPromptResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {idstation.v1.IAnswerPromptResult} message AnswerPromptResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerPromptResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes an AnswerPromptResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.AnswerPromptResult} AnswerPromptResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerPromptResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.AnswerPromptResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies an AnswerPromptResult message.
             * @function verify
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnswerPromptResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates an AnswerPromptResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.AnswerPromptResult} AnswerPromptResult
             */
            AnswerPromptResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.AnswerPromptResult)
                    return object;
                return new $root.idstation.v1.AnswerPromptResult();
            };

            /**
             * Creates a plain object from an AnswerPromptResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.AnswerPromptResult
             * @static
             * @param {idstation.v1.AnswerPromptResult} message AnswerPromptResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnswerPromptResult.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this AnswerPromptResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.AnswerPromptResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnswerPromptResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AnswerPromptResult;
        })();

        v1.ResolveJob = (function() {

            /**
             * Properties of a ResolveJob.
             * @memberof idstation.v1
             * @interface IResolveJob
             * @property {string|null} [jobId] ResolveJob jobId
             * @property {idstation.v1.JobResolution|null} [resolution] ResolveJob resolution
             * @property {string|null} [note] ResolveJob note
             */

            /**
             * Constructs a new ResolveJob.
             * @memberof idstation.v1
             * @classdesc Represents a ResolveJob.
             * @implements IResolveJob
             * @constructor
             * @param {idstation.v1.IResolveJob=} [properties] Properties to set
             */
            function ResolveJob(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ResolveJob jobId.
             * @member {string} jobId
             * @memberof idstation.v1.ResolveJob
             * @instance
             */
            ResolveJob.prototype.jobId = "";

            /**
             * ResolveJob resolution.
             * @member {idstation.v1.JobResolution} resolution
             * @memberof idstation.v1.ResolveJob
             * @instance
             */
            ResolveJob.prototype.resolution = 0;

            /**
             * ResolveJob note.
             * @member {string} note
             * @memberof idstation.v1.ResolveJob
             * @instance
             */
            ResolveJob.prototype.note = "";

            /**
             * Creates a new ResolveJob instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {idstation.v1.IResolveJob=} [properties] Properties to set
             * @returns {idstation.v1.ResolveJob} ResolveJob instance
             */
            ResolveJob.create = function create(properties) {
                return new ResolveJob(properties);
            };

            /**
             * Encodes the specified ResolveJob message. Does not implicitly {@link idstation.v1.ResolveJob.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {idstation.v1.IResolveJob} message ResolveJob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResolveJob.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.resolution);
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                return writer;
            };

            /**
             * Decodes a ResolveJob message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ResolveJob} ResolveJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResolveJob.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ResolveJob();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.jobId = reader.string();
                            break;
                        }
                    case 2: {
                            message.resolution = reader.int32();
                            break;
                        }
                    case 3: {
                            message.note = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ResolveJob message.
             * @function verify
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResolveJob.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    switch (message.resolution) {
                    default:
                        return "resolution: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates a ResolveJob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ResolveJob} ResolveJob
             */
            ResolveJob.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ResolveJob)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ResolveJob: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ResolveJob();
                if (object.jobId != null)
                    message.jobId = String(object.jobId);
                switch (object.resolution) {
                default:
                    if (typeof object.resolution === "number") {
                        message.resolution = object.resolution;
                        break;
                    }
                    break;
                case "JOB_RESOLUTION_UNSPECIFIED":
                case 0:
                    message.resolution = 0;
                    break;
                case "RESOLVED_SPOILED":
                case 1:
                    message.resolution = 1;
                    break;
                case "RESOLVED_ISSUED":
                case 2:
                    message.resolution = 2;
                    break;
                }
                if (object.note != null)
                    message.note = String(object.note);
                return message;
            };

            /**
             * Creates a plain object from a ResolveJob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ResolveJob
             * @static
             * @param {idstation.v1.ResolveJob} message ResolveJob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResolveJob.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults) {
                    object.jobId = "";
                    object.resolution = options.enums === String ? "JOB_RESOLUTION_UNSPECIFIED" : 0;
                    object.note = "";
                }
                if (message.jobId != null && Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.resolution != null && Object.hasOwnProperty.call(message, "resolution"))
                    object.resolution = options.enums === String ? $root.idstation.v1.JobResolution[message.resolution] === undefined ? message.resolution : $root.idstation.v1.JobResolution[message.resolution] : message.resolution;
                if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this ResolveJob to JSON.
             * @function toJSON
             * @memberof idstation.v1.ResolveJob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResolveJob.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResolveJob;
        })();

        v1.ResolveJobResult = (function() {

            /**
             * Properties of a ResolveJobResult.
             * @memberof idstation.v1
             * @interface IResolveJobResult
             * @property {idstation.v1.IJob|null} [job] ResolveJobResult job
             */

            /**
             * Constructs a new ResolveJobResult.
             * @memberof idstation.v1
             * @classdesc Represents a ResolveJobResult.
             * @implements IResolveJobResult
             * @constructor
             * @param {idstation.v1.IResolveJobResult=} [properties] Properties to set
             */
            function ResolveJobResult(properties) {
                if (properties)
                    for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ResolveJobResult job.
             * @member {idstation.v1.IJob|null|undefined} job
             * @memberof idstation.v1.ResolveJobResult
             * @instance
             */
            ResolveJobResult.prototype.job = null;

            /**
             * Creates a new ResolveJobResult instance using the specified properties.
             * @function create
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {idstation.v1.IResolveJobResult=} [properties] Properties to set
             * @returns {idstation.v1.ResolveJobResult} ResolveJobResult instance
             */
            ResolveJobResult.create = function create(properties) {
                return new ResolveJobResult(properties);
            };

            /**
             * Encodes the specified ResolveJobResult message. Does not implicitly {@link idstation.v1.ResolveJobResult.verify|verify} messages.
             * @function encode
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {idstation.v1.IResolveJobResult} message ResolveJobResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResolveJobResult.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    $root.idstation.v1.Job.encode(message.job, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ResolveJobResult message from the specified reader or buffer.
             * @function decode
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {idstation.v1.ResolveJobResult} ResolveJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResolveJobResult.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.idstation.v1.ResolveJobResult();
                while (reader.pos < end) {
                    var tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.job = $root.idstation.v1.Job.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Verifies a ResolveJobResult message.
             * @function verify
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResolveJobResult.verify = function verify(message, long) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (message.job != null && Object.hasOwnProperty.call(message, "job")) {
                    var error = $root.idstation.v1.Job.verify(message.job, long + 1);
                    if (error)
                        return "job." + error;
                }
                return null;
            };

            /**
             * Creates a ResolveJobResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {idstation.v1.ResolveJobResult} ResolveJobResult
             */
            ResolveJobResult.fromObject = function fromObject(object, long) {
                if (object instanceof $root.idstation.v1.ResolveJobResult)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".idstation.v1.ResolveJobResult: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var message = new $root.idstation.v1.ResolveJobResult();
                if (object.job != null) {
                    if (!$util.isObject(object.job))
                        throw TypeError(".idstation.v1.ResolveJobResult.job: object expected");
                    message.job = $root.idstation.v1.Job.fromObject(object.job, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ResolveJobResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof idstation.v1.ResolveJobResult
             * @static
             * @param {idstation.v1.ResolveJobResult} message ResolveJobResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResolveJobResult.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var object = {};
                if (options.defaults)
                    object.job = null;
                if (message.job != null && Object.hasOwnProperty.call(message, "job"))
                    object.job = $root.idstation.v1.Job.toObject(message.job, options, q + 1);
                return object;
            };

            /**
             * Converts this ResolveJobResult to JSON.
             * @function toJSON
             * @memberof idstation.v1.ResolveJobResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResolveJobResult.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResolveJobResult;
        })();

        return v1;
    })();

    return idstation;
})();

module.exports = $root;
