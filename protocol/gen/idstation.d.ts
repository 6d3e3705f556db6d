import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace idstation. */
export namespace idstation {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of a Request. */
        interface IRequest {

            /** Request apiLevel */
            apiLevel?: (number|null);

            /** Request requestId */
            requestId?: (string|null);

            /** Request idempotencyKey */
            idempotencyKey?: (string|null);

            /** Request deadlineMs */
            deadlineMs?: (number|null);

            /** Request hello */
            hello?: (idstation.v1.IHello|null);

            /** Request ping */
            ping?: (idstation.v1.IPing|null);

            /** Request listDevices */
            listDevices?: (idstation.v1.IListDevices|null);

            /** Request getDevice */
            getDevice?: (idstation.v1.IGetDevice|null);

            /** Request claimDevice */
            claimDevice?: (idstation.v1.IClaimDevice|null);

            /** Request releaseDevice */
            releaseDevice?: (idstation.v1.IReleaseDevice|null);

            /** Request getSnapshot */
            getSnapshot?: (idstation.v1.IGetSnapshot|null);

            /** Request cancelRequest */
            cancelRequest?: (idstation.v1.ICancelRequest|null);

            /** Request getStatus */
            getStatus?: (idstation.v1.IGetStatus|null);

            /** Request getCardInfo */
            getCardInfo?: (idstation.v1.IGetCardInfo|null);

            /** Request transmit */
            transmit?: (idstation.v1.ITransmit|null);

            /** Request readChipFile */
            readChipFile?: (idstation.v1.IReadChipFile|null);

            /** Request personalizeCard */
            personalizeCard?: (idstation.v1.IPersonalizeCard|null);

            /** Request getJob */
            getJob?: (idstation.v1.IGetJob|null);

            /** Request listJobs */
            listJobs?: (idstation.v1.IListJobs|null);

            /** Request cancelJob */
            cancelJob?: (idstation.v1.ICancelJob|null);

            /** Request answerPrompt */
            answerPrompt?: (idstation.v1.IAnswerPrompt|null);

            /** Request resolveJob */
            resolveJob?: (idstation.v1.IResolveJob|null);

            /** Request getScannerInfo */
            getScannerInfo?: (idstation.v1.IGetScannerInfo|null);

            /** Request selfTestScanner */
            selfTestScanner?: (idstation.v1.ISelfTestScanner|null);

            /** Request captureFingerprints */
            captureFingerprints?: (idstation.v1.ICaptureFingerprints|null);

            /** Request cancelCapture */
            cancelCapture?: (idstation.v1.ICancelCapture|null);

            /** Request getPrinterStatus */
            getPrinterStatus?: (idstation.v1.IGetPrinterStatus|null);

            /** Request printTestCard */
            printTestCard?: (idstation.v1.IPrintTestCard|null);

            /** Request ejectMedium */
            ejectMedium?: (idstation.v1.IEjectMedium|null);

            /** Request rejectMedium */
            rejectMedium?: (idstation.v1.IRejectMedium|null);

            /** Request issueIdCard */
            issueIdCard?: (idstation.v1.IIssueIdCard|null);

            /** Request issuePassport */
            issuePassport?: (idstation.v1.IIssuePassport|null);

            /** Request renderDocument */
            renderDocument?: (idstation.v1.IRenderDocument|null);

            /** Request listDocumentProfiles */
            listDocumentProfiles?: (idstation.v1.IListDocumentProfiles|null);
        }

        /** Represents a Request. */
        class Request implements IRequest {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRequest);

            /** Request apiLevel. */
            public apiLevel: number;

            /** Request requestId. */
            public requestId: string;

            /** Request idempotencyKey. */
            public idempotencyKey: string;

            /** Request deadlineMs. */
            public deadlineMs: number;

            /** Request hello. */
            public hello?: (idstation.v1.IHello|null);

            /** Request ping. */
            public ping?: (idstation.v1.IPing|null);

            /** Request listDevices. */
            public listDevices?: (idstation.v1.IListDevices|null);

            /** Request getDevice. */
            public getDevice?: (idstation.v1.IGetDevice|null);

            /** Request claimDevice. */
            public claimDevice?: (idstation.v1.IClaimDevice|null);

            /** Request releaseDevice. */
            public releaseDevice?: (idstation.v1.IReleaseDevice|null);

            /** Request getSnapshot. */
            public getSnapshot?: (idstation.v1.IGetSnapshot|null);

            /** Request cancelRequest. */
            public cancelRequest?: (idstation.v1.ICancelRequest|null);

            /** Request getStatus. */
            public getStatus?: (idstation.v1.IGetStatus|null);

            /** Request getCardInfo. */
            public getCardInfo?: (idstation.v1.IGetCardInfo|null);

            /** Request transmit. */
            public transmit?: (idstation.v1.ITransmit|null);

            /** Request readChipFile. */
            public readChipFile?: (idstation.v1.IReadChipFile|null);

            /** Request personalizeCard. */
            public personalizeCard?: (idstation.v1.IPersonalizeCard|null);

            /** Request getJob. */
            public getJob?: (idstation.v1.IGetJob|null);

            /** Request listJobs. */
            public listJobs?: (idstation.v1.IListJobs|null);

            /** Request cancelJob. */
            public cancelJob?: (idstation.v1.ICancelJob|null);

            /** Request answerPrompt. */
            public answerPrompt?: (idstation.v1.IAnswerPrompt|null);

            /** Request resolveJob. */
            public resolveJob?: (idstation.v1.IResolveJob|null);

            /** Request getScannerInfo. */
            public getScannerInfo?: (idstation.v1.IGetScannerInfo|null);

            /** Request selfTestScanner. */
            public selfTestScanner?: (idstation.v1.ISelfTestScanner|null);

            /** Request captureFingerprints. */
            public captureFingerprints?: (idstation.v1.ICaptureFingerprints|null);

            /** Request cancelCapture. */
            public cancelCapture?: (idstation.v1.ICancelCapture|null);

            /** Request getPrinterStatus. */
            public getPrinterStatus?: (idstation.v1.IGetPrinterStatus|null);

            /** Request printTestCard. */
            public printTestCard?: (idstation.v1.IPrintTestCard|null);

            /** Request ejectMedium. */
            public ejectMedium?: (idstation.v1.IEjectMedium|null);

            /** Request rejectMedium. */
            public rejectMedium?: (idstation.v1.IRejectMedium|null);

            /** Request issueIdCard. */
            public issueIdCard?: (idstation.v1.IIssueIdCard|null);

            /** Request issuePassport. */
            public issuePassport?: (idstation.v1.IIssuePassport|null);

            /** Request renderDocument. */
            public renderDocument?: (idstation.v1.IRenderDocument|null);

            /** Request listDocumentProfiles. */
            public listDocumentProfiles?: (idstation.v1.IListDocumentProfiles|null);

            /** Request command. */
            public command?: ("hello"|"ping"|"listDevices"|"getDevice"|"claimDevice"|"releaseDevice"|"getSnapshot"|"cancelRequest"|"getStatus"|"getCardInfo"|"transmit"|"readChipFile"|"personalizeCard"|"getJob"|"listJobs"|"cancelJob"|"answerPrompt"|"resolveJob"|"getScannerInfo"|"selfTestScanner"|"captureFingerprints"|"cancelCapture"|"getPrinterStatus"|"printTestCard"|"ejectMedium"|"rejectMedium"|"issueIdCard"|"issuePassport"|"renderDocument"|"listDocumentProfiles");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            public static create(properties?: idstation.v1.IRequest): idstation.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link idstation.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Request;

            /**
             * Verifies a Request message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Reply. */
        interface IReply {

            /** Reply requestId */
            requestId?: (string|null);

            /** Reply error */
            error?: (idstation.v1.IError|null);

            /** Reply event */
            event?: (idstation.v1.IEvent|null);

            /** Reply hello */
            hello?: (idstation.v1.IHelloResult|null);

            /** Reply ping */
            ping?: (idstation.v1.IPingResult|null);

            /** Reply listDevices */
            listDevices?: (idstation.v1.IListDevicesResult|null);

            /** Reply getDevice */
            getDevice?: (idstation.v1.IGetDeviceResult|null);

            /** Reply claimDevice */
            claimDevice?: (idstation.v1.IClaimDeviceResult|null);

            /** Reply releaseDevice */
            releaseDevice?: (idstation.v1.IReleaseDeviceResult|null);

            /** Reply getSnapshot */
            getSnapshot?: (idstation.v1.IGetSnapshotResult|null);

            /** Reply cancelRequest */
            cancelRequest?: (idstation.v1.ICancelRequestResult|null);

            /** Reply getStatus */
            getStatus?: (idstation.v1.IGetStatusResult|null);

            /** Reply getCardInfo */
            getCardInfo?: (idstation.v1.IGetCardInfoResult|null);

            /** Reply transmit */
            transmit?: (idstation.v1.ITransmitResult|null);

            /** Reply readChipFile */
            readChipFile?: (idstation.v1.IReadChipFileResult|null);

            /** Reply personalizeCard */
            personalizeCard?: (idstation.v1.IPersonalizeCardResult|null);

            /** Reply getJob */
            getJob?: (idstation.v1.IGetJobResult|null);

            /** Reply listJobs */
            listJobs?: (idstation.v1.IListJobsResult|null);

            /** Reply cancelJob */
            cancelJob?: (idstation.v1.ICancelJobResult|null);

            /** Reply answerPrompt */
            answerPrompt?: (idstation.v1.IAnswerPromptResult|null);

            /** Reply resolveJob */
            resolveJob?: (idstation.v1.IResolveJobResult|null);

            /** Reply getScannerInfo */
            getScannerInfo?: (idstation.v1.IGetScannerInfoResult|null);

            /** Reply selfTestScanner */
            selfTestScanner?: (idstation.v1.ISelfTestScannerResult|null);

            /** Reply captureFingerprints */
            captureFingerprints?: (idstation.v1.ICaptureFingerprintsResult|null);

            /** Reply cancelCapture */
            cancelCapture?: (idstation.v1.ICancelCaptureResult|null);

            /** Reply getPrinterStatus */
            getPrinterStatus?: (idstation.v1.IGetPrinterStatusResult|null);

            /** Reply printTestCard */
            printTestCard?: (idstation.v1.IPrintTestCardResult|null);

            /** Reply ejectMedium */
            ejectMedium?: (idstation.v1.IEjectMediumResult|null);

            /** Reply rejectMedium */
            rejectMedium?: (idstation.v1.IRejectMediumResult|null);

            /** Reply issueIdCard */
            issueIdCard?: (idstation.v1.IIssueResult|null);

            /** Reply issuePassport */
            issuePassport?: (idstation.v1.IIssueResult|null);

            /** Reply renderDocument */
            renderDocument?: (idstation.v1.IRenderDocumentResult|null);

            /** Reply listDocumentProfiles */
            listDocumentProfiles?: (idstation.v1.IListDocumentProfilesResult|null);
        }

        /** Represents a Reply. */
        class Reply implements IReply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IReply);

            /** Reply requestId. */
            public requestId: string;

            /** Reply error. */
            public error?: (idstation.v1.IError|null);

            /** Reply event. */
            public event?: (idstation.v1.IEvent|null);

            /** Reply hello. */
            public hello?: (idstation.v1.IHelloResult|null);

            /** Reply ping. */
            public ping?: (idstation.v1.IPingResult|null);

            /** Reply listDevices. */
            public listDevices?: (idstation.v1.IListDevicesResult|null);

            /** Reply getDevice. */
            public getDevice?: (idstation.v1.IGetDeviceResult|null);

            /** Reply claimDevice. */
            public claimDevice?: (idstation.v1.IClaimDeviceResult|null);

            /** Reply releaseDevice. */
            public releaseDevice?: (idstation.v1.IReleaseDeviceResult|null);

            /** Reply getSnapshot. */
            public getSnapshot?: (idstation.v1.IGetSnapshotResult|null);

            /** Reply cancelRequest. */
            public cancelRequest?: (idstation.v1.ICancelRequestResult|null);

            /** Reply getStatus. */
            public getStatus?: (idstation.v1.IGetStatusResult|null);

            /** Reply getCardInfo. */
            public getCardInfo?: (idstation.v1.IGetCardInfoResult|null);

            /** Reply transmit. */
            public transmit?: (idstation.v1.ITransmitResult|null);

            /** Reply readChipFile. */
            public readChipFile?: (idstation.v1.IReadChipFileResult|null);

            /** Reply personalizeCard. */
            public personalizeCard?: (idstation.v1.IPersonalizeCardResult|null);

            /** Reply getJob. */
            public getJob?: (idstation.v1.IGetJobResult|null);

            /** Reply listJobs. */
            public listJobs?: (idstation.v1.IListJobsResult|null);

            /** Reply cancelJob. */
            public cancelJob?: (idstation.v1.ICancelJobResult|null);

            /** Reply answerPrompt. */
            public answerPrompt?: (idstation.v1.IAnswerPromptResult|null);

            /** Reply resolveJob. */
            public resolveJob?: (idstation.v1.IResolveJobResult|null);

            /** Reply getScannerInfo. */
            public getScannerInfo?: (idstation.v1.IGetScannerInfoResult|null);

            /** Reply selfTestScanner. */
            public selfTestScanner?: (idstation.v1.ISelfTestScannerResult|null);

            /** Reply captureFingerprints. */
            public captureFingerprints?: (idstation.v1.ICaptureFingerprintsResult|null);

            /** Reply cancelCapture. */
            public cancelCapture?: (idstation.v1.ICancelCaptureResult|null);

            /** Reply getPrinterStatus. */
            public getPrinterStatus?: (idstation.v1.IGetPrinterStatusResult|null);

            /** Reply printTestCard. */
            public printTestCard?: (idstation.v1.IPrintTestCardResult|null);

            /** Reply ejectMedium. */
            public ejectMedium?: (idstation.v1.IEjectMediumResult|null);

            /** Reply rejectMedium. */
            public rejectMedium?: (idstation.v1.IRejectMediumResult|null);

            /** Reply issueIdCard. */
            public issueIdCard?: (idstation.v1.IIssueResult|null);

            /** Reply issuePassport. */
            public issuePassport?: (idstation.v1.IIssueResult|null);

            /** Reply renderDocument. */
            public renderDocument?: (idstation.v1.IRenderDocumentResult|null);

            /** Reply listDocumentProfiles. */
            public listDocumentProfiles?: (idstation.v1.IListDocumentProfilesResult|null);

            /** Reply result. */
            public result?: ("error"|"event"|"hello"|"ping"|"listDevices"|"getDevice"|"claimDevice"|"releaseDevice"|"getSnapshot"|"cancelRequest"|"getStatus"|"getCardInfo"|"transmit"|"readChipFile"|"personalizeCard"|"getJob"|"listJobs"|"cancelJob"|"answerPrompt"|"resolveJob"|"getScannerInfo"|"selfTestScanner"|"captureFingerprints"|"cancelCapture"|"getPrinterStatus"|"printTestCard"|"ejectMedium"|"rejectMedium"|"issueIdCard"|"issuePassport"|"renderDocument"|"listDocumentProfiles");

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            public static create(properties?: idstation.v1.IReply): idstation.v1.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link idstation.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Reply;

            /**
             * Verifies a Reply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reply
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Reply;

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @param message Reply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Role enum. */
        enum Role {
            ROLE_UNSPECIFIED = 0,
            ROLE_OPERATOR = 1,
            ROLE_TECHNICIAN = 2
        }

        /** Properties of a Hello. */
        interface IHello {

            /** Hello apiLevels */
            apiLevels?: (number[]|null);

            /** Hello clientPublicKey */
            clientPublicKey?: (Uint8Array|null);

            /** Hello proof */
            proof?: (Uint8Array|null);

            /** Hello clientName */
            clientName?: (string|null);
        }

        /** Represents a Hello. */
        class Hello implements IHello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IHello);

            /** Hello apiLevels. */
            public apiLevels: number[];

            /** Hello clientPublicKey. */
            public clientPublicKey: Uint8Array;

            /** Hello proof. */
            public proof: Uint8Array;

            /** Hello clientName. */
            public clientName: string;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            public static create(properties?: idstation.v1.IHello): idstation.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link idstation.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IHello, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Hello;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a HelloResult. */
        interface IHelloResult {

            /** HelloResult apiLevel */
            apiLevel?: (number|null);

            /** HelloResult agentVersion */
            agentVersion?: (string|null);

            /** HelloResult apiLevelsSupported */
            apiLevelsSupported?: (number[]|null);

            /** HelloResult capabilities */
            capabilities?: (string[]|null);

            /** HelloResult clientKeyName */
            clientKeyName?: (string|null);

            /** HelloResult role */
            role?: (idstation.v1.Role|null);

            /** HelloResult heartbeatIntervalMs */
            heartbeatIntervalMs?: (number|null);

            /** HelloResult heartbeatTimeoutMs */
            heartbeatTimeoutMs?: (number|null);

            /** HelloResult maxRequestBytes */
            maxRequestBytes?: (number|null);

            /** HelloResult epoch */
            epoch?: (string|null);
        }

        /** Represents a HelloResult. */
        class HelloResult implements IHelloResult {

            /**
             * Constructs a new HelloResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IHelloResult);

            /** HelloResult apiLevel. */
            public apiLevel: number;

            /** HelloResult agentVersion. */
            public agentVersion: string;

            /** HelloResult apiLevelsSupported. */
            public apiLevelsSupported: number[];

            /** HelloResult capabilities. */
            public capabilities: string[];

            /** HelloResult clientKeyName. */
            public clientKeyName: string;

            /** HelloResult role. */
            public role: idstation.v1.Role;

            /** HelloResult heartbeatIntervalMs. */
            public heartbeatIntervalMs: number;

            /** HelloResult heartbeatTimeoutMs. */
            public heartbeatTimeoutMs: number;

            /** HelloResult maxRequestBytes. */
            public maxRequestBytes: number;

            /** HelloResult epoch. */
            public epoch: string;

            /**
             * Creates a new HelloResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloResult instance
             */
            public static create(properties?: idstation.v1.IHelloResult): idstation.v1.HelloResult;

            /**
             * Encodes the specified HelloResult message. Does not implicitly {@link idstation.v1.HelloResult.verify|verify} messages.
             * @param message HelloResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IHelloResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns HelloResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.HelloResult;

            /**
             * Verifies a HelloResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.HelloResult;

            /**
             * Creates a plain object from a HelloResult message. Also converts values to other types if specified.
             * @param message HelloResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.HelloResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Ping. */
        interface IPing {

            /** Ping echoAttachment */
            echoAttachment?: (number|null);
        }

        /** Represents a Ping. */
        class Ping implements IPing {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPing);

            /** Ping echoAttachment. */
            public echoAttachment: number;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            public static create(properties?: idstation.v1.IPing): idstation.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link idstation.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPing, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Ping;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PingResult. */
        interface IPingResult {

            /** PingResult agentTimeMs */
            agentTimeMs?: (number|null);

            /** PingResult echoAttachment */
            echoAttachment?: (number|null);
        }

        /** Represents a PingResult. */
        class PingResult implements IPingResult {

            /**
             * Constructs a new PingResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPingResult);

            /** PingResult agentTimeMs. */
            public agentTimeMs: number;

            /** PingResult echoAttachment. */
            public echoAttachment: number;

            /**
             * Creates a new PingResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingResult instance
             */
            public static create(properties?: idstation.v1.IPingResult): idstation.v1.PingResult;

            /**
             * Encodes the specified PingResult message. Does not implicitly {@link idstation.v1.PingResult.verify|verify} messages.
             * @param message PingResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPingResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PingResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PingResult;

            /**
             * Verifies a PingResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PingResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PingResult;

            /**
             * Creates a plain object from a PingResult message. Also converts values to other types if specified.
             * @param message PingResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PingResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelRequest. */
        interface ICancelRequest {

            /** CancelRequest requestId */
            requestId?: (string|null);
        }

        /** Represents a CancelRequest. */
        class CancelRequest implements ICancelRequest {

            /**
             * Constructs a new CancelRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelRequest);

            /** CancelRequest requestId. */
            public requestId: string;

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRequest instance
             */
            public static create(properties?: idstation.v1.ICancelRequest): idstation.v1.CancelRequest;

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link idstation.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelRequest;

            /**
             * Verifies a CancelRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRequest
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelRequest;

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @param message CancelRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelRequestResult. */
        interface ICancelRequestResult {

            /** CancelRequestResult found */
            found?: (boolean|null);
        }

        /** Represents a CancelRequestResult. */
        class CancelRequestResult implements ICancelRequestResult {

            /**
             * Constructs a new CancelRequestResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelRequestResult);

            /** CancelRequestResult found. */
            public found: boolean;

            /**
             * Creates a new CancelRequestResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRequestResult instance
             */
            public static create(properties?: idstation.v1.ICancelRequestResult): idstation.v1.CancelRequestResult;

            /**
             * Encodes the specified CancelRequestResult message. Does not implicitly {@link idstation.v1.CancelRequestResult.verify|verify} messages.
             * @param message CancelRequestResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelRequestResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRequestResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelRequestResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelRequestResult;

            /**
             * Verifies a CancelRequestResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRequestResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRequestResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelRequestResult;

            /**
             * Creates a plain object from a CancelRequestResult message. Also converts values to other types if specified.
             * @param message CancelRequestResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelRequestResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRequestResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetStatus. */
        interface IGetStatus {
        }

        /** Represents a GetStatus. */
        class GetStatus implements IGetStatus {

            /**
             * Constructs a new GetStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetStatus);

            /**
             * Creates a new GetStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetStatus instance
             */
            public static create(properties?: idstation.v1.IGetStatus): idstation.v1.GetStatus;

            /**
             * Encodes the specified GetStatus message. Does not implicitly {@link idstation.v1.GetStatus.verify|verify} messages.
             * @param message GetStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetStatus;

            /**
             * Verifies a GetStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetStatus
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetStatus;

            /**
             * Creates a plain object from a GetStatus message. Also converts values to other types if specified.
             * @param message GetStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetStatusResult. */
        interface IGetStatusResult {

            /** GetStatusResult agentVersion */
            agentVersion?: (string|null);

            /** GetStatusResult pid */
            pid?: (number|null);

            /** GetStatusResult startedAtMs */
            startedAtMs?: (number|null);

            /** GetStatusResult uptimeMs */
            uptimeMs?: (number|null);

            /** GetStatusResult requestsEndpoint */
            requestsEndpoint?: (string|null);

            /** GetStatusResult eventsEndpoint */
            eventsEndpoint?: (string|null);

            /** GetStatusResult requestsInFlight */
            requestsInFlight?: (number|null);

            /** GetStatusResult eventSeq */
            eventSeq?: (number|null);

            /** GetStatusResult sessions */
            sessions?: (idstation.v1.ISessionInfo[]|null);

            /** GetStatusResult deviceCount */
            deviceCount?: (number|null);

            /** GetStatusResult leaseCount */
            leaseCount?: (number|null);

            /** GetStatusResult rssBytes */
            rssBytes?: (number|null);

            /** GetStatusResult eventLoopLagP99Ms */
            eventLoopLagP99Ms?: (number|null);

            /** GetStatusResult eventLoopLagMaxMs */
            eventLoopLagMaxMs?: (number|null);

            /** GetStatusResult openHandles */
            openHandles?: (number|null);

            /** GetStatusResult heapUsedBytes */
            heapUsedBytes?: (number|null);
        }

        /** Represents a GetStatusResult. */
        class GetStatusResult implements IGetStatusResult {

            /**
             * Constructs a new GetStatusResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetStatusResult);

            /** GetStatusResult agentVersion. */
            public agentVersion: string;

            /** GetStatusResult pid. */
            public pid: number;

            /** GetStatusResult startedAtMs. */
            public startedAtMs: number;

            /** GetStatusResult uptimeMs. */
            public uptimeMs: number;

            /** GetStatusResult requestsEndpoint. */
            public requestsEndpoint: string;

            /** GetStatusResult eventsEndpoint. */
            public eventsEndpoint: string;

            /** GetStatusResult requestsInFlight. */
            public requestsInFlight: number;

            /** GetStatusResult eventSeq. */
            public eventSeq: number;

            /** GetStatusResult sessions. */
            public sessions: idstation.v1.ISessionInfo[];

            /** GetStatusResult deviceCount. */
            public deviceCount: number;

            /** GetStatusResult leaseCount. */
            public leaseCount: number;

            /** GetStatusResult rssBytes. */
            public rssBytes: number;

            /** GetStatusResult eventLoopLagP99Ms. */
            public eventLoopLagP99Ms: number;

            /** GetStatusResult eventLoopLagMaxMs. */
            public eventLoopLagMaxMs: number;

            /** GetStatusResult openHandles. */
            public openHandles: number;

            /** GetStatusResult heapUsedBytes. */
            public heapUsedBytes: number;

            /**
             * Creates a new GetStatusResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetStatusResult instance
             */
            public static create(properties?: idstation.v1.IGetStatusResult): idstation.v1.GetStatusResult;

            /**
             * Encodes the specified GetStatusResult message. Does not implicitly {@link idstation.v1.GetStatusResult.verify|verify} messages.
             * @param message GetStatusResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetStatusResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetStatusResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetStatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetStatusResult;

            /**
             * Verifies a GetStatusResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetStatusResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetStatusResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetStatusResult;

            /**
             * Creates a plain object from a GetStatusResult message. Also converts values to other types if specified.
             * @param message GetStatusResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetStatusResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetStatusResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a SessionInfo. */
        interface ISessionInfo {

            /** SessionInfo clientId */
            clientId?: (string|null);

            /** SessionInfo keyName */
            keyName?: (string|null);

            /** SessionInfo role */
            role?: (idstation.v1.Role|null);

            /** SessionInfo clientName */
            clientName?: (string|null);

            /** SessionInfo apiLevel */
            apiLevel?: (number|null);

            /** SessionInfo openedAtMs */
            openedAtMs?: (number|null);

            /** SessionInfo idleMs */
            idleMs?: (number|null);

            /** SessionInfo requestsInFlight */
            requestsInFlight?: (number|null);
        }

        /** Represents a SessionInfo. */
        class SessionInfo implements ISessionInfo {

            /**
             * Constructs a new SessionInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ISessionInfo);

            /** SessionInfo clientId. */
            public clientId: string;

            /** SessionInfo keyName. */
            public keyName: string;

            /** SessionInfo role. */
            public role: idstation.v1.Role;

            /** SessionInfo clientName. */
            public clientName: string;

            /** SessionInfo apiLevel. */
            public apiLevel: number;

            /** SessionInfo openedAtMs. */
            public openedAtMs: number;

            /** SessionInfo idleMs. */
            public idleMs: number;

            /** SessionInfo requestsInFlight. */
            public requestsInFlight: number;

            /**
             * Creates a new SessionInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SessionInfo instance
             */
            public static create(properties?: idstation.v1.ISessionInfo): idstation.v1.SessionInfo;

            /**
             * Encodes the specified SessionInfo message. Does not implicitly {@link idstation.v1.SessionInfo.verify|verify} messages.
             * @param message SessionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ISessionInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SessionInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SessionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.SessionInfo;

            /**
             * Verifies a SessionInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SessionInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SessionInfo
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.SessionInfo;

            /**
             * Creates a plain object from a SessionInfo message. Also converts values to other types if specified.
             * @param message SessionInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.SessionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SessionInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetCardInfo. */
        interface IGetCardInfo {

            /** GetCardInfo deviceId */
            deviceId?: (string|null);
        }

        /** Represents a GetCardInfo. */
        class GetCardInfo implements IGetCardInfo {

            /**
             * Constructs a new GetCardInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetCardInfo);

            /** GetCardInfo deviceId. */
            public deviceId: string;

            /**
             * Creates a new GetCardInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetCardInfo instance
             */
            public static create(properties?: idstation.v1.IGetCardInfo): idstation.v1.GetCardInfo;

            /**
             * Encodes the specified GetCardInfo message. Does not implicitly {@link idstation.v1.GetCardInfo.verify|verify} messages.
             * @param message GetCardInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetCardInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetCardInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetCardInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetCardInfo;

            /**
             * Verifies a GetCardInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetCardInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetCardInfo
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetCardInfo;

            /**
             * Creates a plain object from a GetCardInfo message. Also converts values to other types if specified.
             * @param message GetCardInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetCardInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetCardInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetCardInfoResult. */
        interface IGetCardInfoResult {

            /** GetCardInfoResult present */
            present?: (boolean|null);

            /** GetCardInfoResult atr */
            atr?: (Uint8Array|null);

            /** GetCardInfoResult protocols */
            protocols?: (number[]|null);

            /** GetCardInfoResult historicalBytes */
            historicalBytes?: (Uint8Array|null);
        }

        /** Represents a GetCardInfoResult. */
        class GetCardInfoResult implements IGetCardInfoResult {

            /**
             * Constructs a new GetCardInfoResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetCardInfoResult);

            /** GetCardInfoResult present. */
            public present: boolean;

            /** GetCardInfoResult atr. */
            public atr: Uint8Array;

            /** GetCardInfoResult protocols. */
            public protocols: number[];

            /** GetCardInfoResult historicalBytes. */
            public historicalBytes: Uint8Array;

            /**
             * Creates a new GetCardInfoResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetCardInfoResult instance
             */
            public static create(properties?: idstation.v1.IGetCardInfoResult): idstation.v1.GetCardInfoResult;

            /**
             * Encodes the specified GetCardInfoResult message. Does not implicitly {@link idstation.v1.GetCardInfoResult.verify|verify} messages.
             * @param message GetCardInfoResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetCardInfoResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetCardInfoResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetCardInfoResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetCardInfoResult;

            /**
             * Verifies a GetCardInfoResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetCardInfoResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetCardInfoResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetCardInfoResult;

            /**
             * Creates a plain object from a GetCardInfoResult message. Also converts values to other types if specified.
             * @param message GetCardInfoResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetCardInfoResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetCardInfoResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Transmit. */
        interface ITransmit {

            /** Transmit deviceId */
            deviceId?: (string|null);

            /** Transmit apdu */
            apdu?: (Uint8Array|null);
        }

        /** Represents a Transmit. */
        class Transmit implements ITransmit {

            /**
             * Constructs a new Transmit.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ITransmit);

            /** Transmit deviceId. */
            public deviceId: string;

            /** Transmit apdu. */
            public apdu: Uint8Array;

            /**
             * Creates a new Transmit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Transmit instance
             */
            public static create(properties?: idstation.v1.ITransmit): idstation.v1.Transmit;

            /**
             * Encodes the specified Transmit message. Does not implicitly {@link idstation.v1.Transmit.verify|verify} messages.
             * @param message Transmit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ITransmit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Transmit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Transmit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Transmit;

            /**
             * Verifies a Transmit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Transmit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Transmit
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Transmit;

            /**
             * Creates a plain object from a Transmit message. Also converts values to other types if specified.
             * @param message Transmit
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Transmit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Transmit to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a TransmitResult. */
        interface ITransmitResult {

            /** TransmitResult response */
            response?: (Uint8Array|null);

            /** TransmitResult sw */
            sw?: (number|null);

            /** TransmitResult durationUs */
            durationUs?: (number|null);
        }

        /** Represents a TransmitResult. */
        class TransmitResult implements ITransmitResult {

            /**
             * Constructs a new TransmitResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ITransmitResult);

            /** TransmitResult response. */
            public response: Uint8Array;

            /** TransmitResult sw. */
            public sw: number;

            /** TransmitResult durationUs. */
            public durationUs: number;

            /**
             * Creates a new TransmitResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TransmitResult instance
             */
            public static create(properties?: idstation.v1.ITransmitResult): idstation.v1.TransmitResult;

            /**
             * Encodes the specified TransmitResult message. Does not implicitly {@link idstation.v1.TransmitResult.verify|verify} messages.
             * @param message TransmitResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ITransmitResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TransmitResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TransmitResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.TransmitResult;

            /**
             * Verifies a TransmitResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TransmitResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TransmitResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.TransmitResult;

            /**
             * Creates a plain object from a TransmitResult message. Also converts values to other types if specified.
             * @param message TransmitResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.TransmitResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TransmitResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CardPresenceChanged. */
        interface ICardPresenceChanged {

            /** CardPresenceChanged deviceId */
            deviceId?: (string|null);

            /** CardPresenceChanged present */
            present?: (boolean|null);

            /** CardPresenceChanged atr */
            atr?: (Uint8Array|null);
        }

        /** Represents a CardPresenceChanged. */
        class CardPresenceChanged implements ICardPresenceChanged {

            /**
             * Constructs a new CardPresenceChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICardPresenceChanged);

            /** CardPresenceChanged deviceId. */
            public deviceId: string;

            /** CardPresenceChanged present. */
            public present: boolean;

            /** CardPresenceChanged atr. */
            public atr: Uint8Array;

            /**
             * Creates a new CardPresenceChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CardPresenceChanged instance
             */
            public static create(properties?: idstation.v1.ICardPresenceChanged): idstation.v1.CardPresenceChanged;

            /**
             * Encodes the specified CardPresenceChanged message. Does not implicitly {@link idstation.v1.CardPresenceChanged.verify|verify} messages.
             * @param message CardPresenceChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICardPresenceChanged, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CardPresenceChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CardPresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CardPresenceChanged;

            /**
             * Verifies a CardPresenceChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CardPresenceChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CardPresenceChanged
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CardPresenceChanged;

            /**
             * Creates a plain object from a CardPresenceChanged message. Also converts values to other types if specified.
             * @param message CardPresenceChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CardPresenceChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CardPresenceChanged to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ReadChipFile. */
        interface IReadChipFile {

            /** ReadChipFile deviceId */
            deviceId?: (string|null);

            /** ReadChipFile documentNumber */
            documentNumber?: (string|null);

            /** ReadChipFile dateOfBirth */
            dateOfBirth?: (string|null);

            /** ReadChipFile dateOfExpiry */
            dateOfExpiry?: (string|null);

            /** ReadChipFile fileId */
            fileId?: (number|null);
        }

        /** Represents a ReadChipFile. */
        class ReadChipFile implements IReadChipFile {

            /**
             * Constructs a new ReadChipFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IReadChipFile);

            /** ReadChipFile deviceId. */
            public deviceId: string;

            /** ReadChipFile documentNumber. */
            public documentNumber: string;

            /** ReadChipFile dateOfBirth. */
            public dateOfBirth: string;

            /** ReadChipFile dateOfExpiry. */
            public dateOfExpiry: string;

            /** ReadChipFile fileId. */
            public fileId: number;

            /**
             * Creates a new ReadChipFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadChipFile instance
             */
            public static create(properties?: idstation.v1.IReadChipFile): idstation.v1.ReadChipFile;

            /**
             * Encodes the specified ReadChipFile message. Does not implicitly {@link idstation.v1.ReadChipFile.verify|verify} messages.
             * @param message ReadChipFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IReadChipFile, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadChipFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReadChipFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ReadChipFile;

            /**
             * Verifies a ReadChipFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadChipFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadChipFile
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ReadChipFile;

            /**
             * Creates a plain object from a ReadChipFile message. Also converts values to other types if specified.
             * @param message ReadChipFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ReadChipFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadChipFile to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ReadChipFileResult. */
        interface IReadChipFileResult {

            /** ReadChipFileResult fileId */
            fileId?: (number|null);

            /** ReadChipFileResult attachment */
            attachment?: (number|null);
        }

        /** Represents a ReadChipFileResult. */
        class ReadChipFileResult implements IReadChipFileResult {

            /**
             * Constructs a new ReadChipFileResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IReadChipFileResult);

            /** ReadChipFileResult fileId. */
            public fileId: number;

            /** ReadChipFileResult attachment. */
            public attachment: number;

            /**
             * Creates a new ReadChipFileResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadChipFileResult instance
             */
            public static create(properties?: idstation.v1.IReadChipFileResult): idstation.v1.ReadChipFileResult;

            /**
             * Encodes the specified ReadChipFileResult message. Does not implicitly {@link idstation.v1.ReadChipFileResult.verify|verify} messages.
             * @param message ReadChipFileResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IReadChipFileResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadChipFileResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReadChipFileResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ReadChipFileResult;

            /**
             * Verifies a ReadChipFileResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadChipFileResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadChipFileResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ReadChipFileResult;

            /**
             * Creates a plain object from a ReadChipFileResult message. Also converts values to other types if specified.
             * @param message ReadChipFileResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ReadChipFileResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadChipFileResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** DeviceKind enum. */
        enum DeviceKind {
            DEVICE_KIND_UNSPECIFIED = 0,
            DEVICE_KIND_CARD_ENCODER = 1,
            DEVICE_KIND_FINGERPRINT_SCANNER = 2,
            DEVICE_KIND_CARD_PRINTER = 3,
            DEVICE_KIND_PAGE_PRINTER = 4
        }

        /** TransportKind enum. */
        enum TransportKind {
            TRANSPORT_KIND_UNSPECIFIED = 0,
            TRANSPORT_KIND_PCSC = 1,
            TRANSPORT_KIND_HID = 2,
            TRANSPORT_KIND_SERIAL = 3
        }

        /** DeviceState enum. */
        enum DeviceState {
            DEVICE_STATE_UNSPECIFIED = 0,
            DEVICE_STATE_CLOSED = 1,
            DEVICE_STATE_OPENING = 2,
            DEVICE_STATE_READY = 3,
            DEVICE_STATE_BUSY = 4,
            DEVICE_STATE_ATTENTION = 5,
            DEVICE_STATE_FAULT = 6,
            DEVICE_STATE_DISCONNECTED = 7
        }

        /** Properties of a DeviceStatus. */
        interface IDeviceStatus {

            /** DeviceStatus state */
            state?: (idstation.v1.DeviceState|null);

            /** DeviceStatus operation */
            operation?: (string|null);

            /** DeviceStatus code */
            code?: (idstation.v1.ErrorCode|null);

            /** DeviceStatus message */
            message?: (string|null);
        }

        /** Represents a DeviceStatus. */
        class DeviceStatus implements IDeviceStatus {

            /**
             * Constructs a new DeviceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDeviceStatus);

            /** DeviceStatus state. */
            public state: idstation.v1.DeviceState;

            /** DeviceStatus operation. */
            public operation: string;

            /** DeviceStatus code. */
            public code: idstation.v1.ErrorCode;

            /** DeviceStatus message. */
            public message: string;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatus instance
             */
            public static create(properties?: idstation.v1.IDeviceStatus): idstation.v1.DeviceStatus;

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link idstation.v1.DeviceStatus.verify|verify} messages.
             * @param message DeviceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDeviceStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DeviceStatus;

            /**
             * Verifies a DeviceStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceStatus
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DeviceStatus;

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @param message DeviceStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DeviceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Lease. */
        interface ILease {

            /** Lease leaseId */
            leaseId?: (string|null);

            /** Lease deviceId */
            deviceId?: (string|null);

            /** Lease holder */
            holder?: (string|null);

            /** Lease acquiredAtMs */
            acquiredAtMs?: (number|null);
        }

        /** Represents a Lease. */
        class Lease implements ILease {

            /**
             * Constructs a new Lease.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ILease);

            /** Lease leaseId. */
            public leaseId: string;

            /** Lease deviceId. */
            public deviceId: string;

            /** Lease holder. */
            public holder: string;

            /** Lease acquiredAtMs. */
            public acquiredAtMs: number;

            /**
             * Creates a new Lease instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Lease instance
             */
            public static create(properties?: idstation.v1.ILease): idstation.v1.Lease;

            /**
             * Encodes the specified Lease message. Does not implicitly {@link idstation.v1.Lease.verify|verify} messages.
             * @param message Lease message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ILease, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Lease message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Lease
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Lease;

            /**
             * Verifies a Lease message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Lease message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Lease
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Lease;

            /**
             * Creates a plain object from a Lease message. Also converts values to other types if specified.
             * @param message Lease
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Lease, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Lease to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CardSlot. */
        interface ICardSlot {

            /** CardSlot present */
            present?: (boolean|null);

            /** CardSlot atr */
            atr?: (Uint8Array|null);
        }

        /** Represents a CardSlot. */
        class CardSlot implements ICardSlot {

            /**
             * Constructs a new CardSlot.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICardSlot);

            /** CardSlot present. */
            public present: boolean;

            /** CardSlot atr. */
            public atr: Uint8Array;

            /**
             * Creates a new CardSlot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CardSlot instance
             */
            public static create(properties?: idstation.v1.ICardSlot): idstation.v1.CardSlot;

            /**
             * Encodes the specified CardSlot message. Does not implicitly {@link idstation.v1.CardSlot.verify|verify} messages.
             * @param message CardSlot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICardSlot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CardSlot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CardSlot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CardSlot;

            /**
             * Verifies a CardSlot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CardSlot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CardSlot
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CardSlot;

            /**
             * Creates a plain object from a CardSlot message. Also converts values to other types if specified.
             * @param message CardSlot
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CardSlot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CardSlot to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a StationEncoder. */
        interface IStationEncoder {

            /** StationEncoder station */
            station?: (string|null);

            /** StationEncoder encoderId */
            encoderId?: (string|null);
        }

        /** Represents a StationEncoder. */
        class StationEncoder implements IStationEncoder {

            /**
             * Constructs a new StationEncoder.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IStationEncoder);

            /** StationEncoder station. */
            public station: string;

            /** StationEncoder encoderId. */
            public encoderId: string;

            /**
             * Creates a new StationEncoder instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StationEncoder instance
             */
            public static create(properties?: idstation.v1.IStationEncoder): idstation.v1.StationEncoder;

            /**
             * Encodes the specified StationEncoder message. Does not implicitly {@link idstation.v1.StationEncoder.verify|verify} messages.
             * @param message StationEncoder message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IStationEncoder, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StationEncoder message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns StationEncoder
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.StationEncoder;

            /**
             * Verifies a StationEncoder message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StationEncoder message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StationEncoder
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.StationEncoder;

            /**
             * Creates a plain object from a StationEncoder message. Also converts values to other types if specified.
             * @param message StationEncoder
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.StationEncoder, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StationEncoder to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Device. */
        interface IDevice {

            /** Device id */
            id?: (string|null);

            /** Device driverId */
            driverId?: (string|null);

            /** Device driverName */
            driverName?: (string|null);

            /** Device kind */
            kind?: (idstation.v1.DeviceKind|null);

            /** Device transport */
            transport?: (idstation.v1.TransportKind|null);

            /** Device path */
            path?: (string|null);

            /** Device vendorId */
            vendorId?: (number|null);

            /** Device productId */
            productId?: (number|null);

            /** Device serialNumber */
            serialNumber?: (string|null);

            /** Device product */
            product?: (string|null);

            /** Device status */
            status?: (idstation.v1.IDeviceStatus|null);

            /** Device lease */
            lease?: (idstation.v1.ILease|null);

            /** Device card */
            card?: (idstation.v1.ICardSlot|null);

            /** Device stationEncoders */
            stationEncoders?: (idstation.v1.IStationEncoder[]|null);

            /** Device printerId */
            printerId?: (string|null);

            /** Device printerStation */
            printerStation?: (string|null);
        }

        /** Represents a Device. */
        class Device implements IDevice {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDevice);

            /** Device id. */
            public id: string;

            /** Device driverId. */
            public driverId: string;

            /** Device driverName. */
            public driverName: string;

            /** Device kind. */
            public kind: idstation.v1.DeviceKind;

            /** Device transport. */
            public transport: idstation.v1.TransportKind;

            /** Device path. */
            public path: string;

            /** Device vendorId. */
            public vendorId: number;

            /** Device productId. */
            public productId: number;

            /** Device serialNumber. */
            public serialNumber: string;

            /** Device product. */
            public product: string;

            /** Device status. */
            public status?: (idstation.v1.IDeviceStatus|null);

            /** Device lease. */
            public lease?: (idstation.v1.ILease|null);

            /** Device card. */
            public card?: (idstation.v1.ICardSlot|null);

            /** Device stationEncoders. */
            public stationEncoders: idstation.v1.IStationEncoder[];

            /** Device printerId. */
            public printerId: string;

            /** Device printerStation. */
            public printerStation: string;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            public static create(properties?: idstation.v1.IDevice): idstation.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link idstation.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDevice, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Device;

            /**
             * Verifies a Device message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Device
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param message Device
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListDevices. */
        interface IListDevices {

            /** ListDevices kind */
            kind?: (idstation.v1.DeviceKind|null);
        }

        /** Represents a ListDevices. */
        class ListDevices implements IListDevices {

            /**
             * Constructs a new ListDevices.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListDevices);

            /** ListDevices kind. */
            public kind: idstation.v1.DeviceKind;

            /**
             * Creates a new ListDevices instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevices instance
             */
            public static create(properties?: idstation.v1.IListDevices): idstation.v1.ListDevices;

            /**
             * Encodes the specified ListDevices message. Does not implicitly {@link idstation.v1.ListDevices.verify|verify} messages.
             * @param message ListDevices message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListDevices, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevices message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListDevices
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListDevices;

            /**
             * Verifies a ListDevices message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDevices message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDevices
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListDevices;

            /**
             * Creates a plain object from a ListDevices message. Also converts values to other types if specified.
             * @param message ListDevices
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListDevices, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDevices to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListDevicesResult. */
        interface IListDevicesResult {

            /** ListDevicesResult devices */
            devices?: (idstation.v1.IDevice[]|null);
        }

        /** Represents a ListDevicesResult. */
        class ListDevicesResult implements IListDevicesResult {

            /**
             * Constructs a new ListDevicesResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListDevicesResult);

            /** ListDevicesResult devices. */
            public devices: idstation.v1.IDevice[];

            /**
             * Creates a new ListDevicesResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDevicesResult instance
             */
            public static create(properties?: idstation.v1.IListDevicesResult): idstation.v1.ListDevicesResult;

            /**
             * Encodes the specified ListDevicesResult message. Does not implicitly {@link idstation.v1.ListDevicesResult.verify|verify} messages.
             * @param message ListDevicesResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListDevicesResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDevicesResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListDevicesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListDevicesResult;

            /**
             * Verifies a ListDevicesResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDevicesResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDevicesResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListDevicesResult;

            /**
             * Creates a plain object from a ListDevicesResult message. Also converts values to other types if specified.
             * @param message ListDevicesResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListDevicesResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDevicesResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetDevice. */
        interface IGetDevice {

            /** GetDevice deviceId */
            deviceId?: (string|null);
        }

        /** Represents a GetDevice. */
        class GetDevice implements IGetDevice {

            /**
             * Constructs a new GetDevice.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetDevice);

            /** GetDevice deviceId. */
            public deviceId: string;

            /**
             * Creates a new GetDevice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetDevice instance
             */
            public static create(properties?: idstation.v1.IGetDevice): idstation.v1.GetDevice;

            /**
             * Encodes the specified GetDevice message. Does not implicitly {@link idstation.v1.GetDevice.verify|verify} messages.
             * @param message GetDevice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetDevice, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetDevice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetDevice;

            /**
             * Verifies a GetDevice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetDevice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetDevice
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetDevice;

            /**
             * Creates a plain object from a GetDevice message. Also converts values to other types if specified.
             * @param message GetDevice
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetDevice to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetDeviceResult. */
        interface IGetDeviceResult {

            /** GetDeviceResult device */
            device?: (idstation.v1.IDevice|null);
        }

        /** Represents a GetDeviceResult. */
        class GetDeviceResult implements IGetDeviceResult {

            /**
             * Constructs a new GetDeviceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetDeviceResult);

            /** GetDeviceResult device. */
            public device?: (idstation.v1.IDevice|null);

            /**
             * Creates a new GetDeviceResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetDeviceResult instance
             */
            public static create(properties?: idstation.v1.IGetDeviceResult): idstation.v1.GetDeviceResult;

            /**
             * Encodes the specified GetDeviceResult message. Does not implicitly {@link idstation.v1.GetDeviceResult.verify|verify} messages.
             * @param message GetDeviceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetDeviceResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetDeviceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetDeviceResult;

            /**
             * Verifies a GetDeviceResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetDeviceResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetDeviceResult;

            /**
             * Creates a plain object from a GetDeviceResult message. Also converts values to other types if specified.
             * @param message GetDeviceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetDeviceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetDeviceResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ClaimDevice. */
        interface IClaimDevice {

            /** ClaimDevice deviceId */
            deviceId?: (string|null);

            /** ClaimDevice wait */
            wait?: (boolean|null);
        }

        /** Represents a ClaimDevice. */
        class ClaimDevice implements IClaimDevice {

            /**
             * Constructs a new ClaimDevice.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IClaimDevice);

            /** ClaimDevice deviceId. */
            public deviceId: string;

            /** ClaimDevice wait. */
            public wait: boolean;

            /**
             * Creates a new ClaimDevice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClaimDevice instance
             */
            public static create(properties?: idstation.v1.IClaimDevice): idstation.v1.ClaimDevice;

            /**
             * Encodes the specified ClaimDevice message. Does not implicitly {@link idstation.v1.ClaimDevice.verify|verify} messages.
             * @param message ClaimDevice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IClaimDevice, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClaimDevice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ClaimDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ClaimDevice;

            /**
             * Verifies a ClaimDevice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClaimDevice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClaimDevice
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ClaimDevice;

            /**
             * Creates a plain object from a ClaimDevice message. Also converts values to other types if specified.
             * @param message ClaimDevice
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ClaimDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClaimDevice to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ClaimDeviceResult. */
        interface IClaimDeviceResult {

            /** ClaimDeviceResult lease */
            lease?: (idstation.v1.ILease|null);
        }

        /** Represents a ClaimDeviceResult. */
        class ClaimDeviceResult implements IClaimDeviceResult {

            /**
             * Constructs a new ClaimDeviceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IClaimDeviceResult);

            /** ClaimDeviceResult lease. */
            public lease?: (idstation.v1.ILease|null);

            /**
             * Creates a new ClaimDeviceResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClaimDeviceResult instance
             */
            public static create(properties?: idstation.v1.IClaimDeviceResult): idstation.v1.ClaimDeviceResult;

            /**
             * Encodes the specified ClaimDeviceResult message. Does not implicitly {@link idstation.v1.ClaimDeviceResult.verify|verify} messages.
             * @param message ClaimDeviceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IClaimDeviceResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClaimDeviceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ClaimDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ClaimDeviceResult;

            /**
             * Verifies a ClaimDeviceResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClaimDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClaimDeviceResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ClaimDeviceResult;

            /**
             * Creates a plain object from a ClaimDeviceResult message. Also converts values to other types if specified.
             * @param message ClaimDeviceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ClaimDeviceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClaimDeviceResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ReleaseDevice. */
        interface IReleaseDevice {

            /** ReleaseDevice leaseId */
            leaseId?: (string|null);
        }

        /** Represents a ReleaseDevice. */
        class ReleaseDevice implements IReleaseDevice {

            /**
             * Constructs a new ReleaseDevice.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IReleaseDevice);

            /** ReleaseDevice leaseId. */
            public leaseId: string;

            /**
             * Creates a new ReleaseDevice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseDevice instance
             */
            public static create(properties?: idstation.v1.IReleaseDevice): idstation.v1.ReleaseDevice;

            /**
             * Encodes the specified ReleaseDevice message. Does not implicitly {@link idstation.v1.ReleaseDevice.verify|verify} messages.
             * @param message ReleaseDevice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IReleaseDevice, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseDevice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReleaseDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ReleaseDevice;

            /**
             * Verifies a ReleaseDevice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseDevice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseDevice
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ReleaseDevice;

            /**
             * Creates a plain object from a ReleaseDevice message. Also converts values to other types if specified.
             * @param message ReleaseDevice
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ReleaseDevice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseDevice to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ReleaseDeviceResult. */
        interface IReleaseDeviceResult {
        }

        /** Represents a ReleaseDeviceResult. */
        class ReleaseDeviceResult implements IReleaseDeviceResult {

            /**
             * Constructs a new ReleaseDeviceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IReleaseDeviceResult);

            /**
             * Creates a new ReleaseDeviceResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleaseDeviceResult instance
             */
            public static create(properties?: idstation.v1.IReleaseDeviceResult): idstation.v1.ReleaseDeviceResult;

            /**
             * Encodes the specified ReleaseDeviceResult message. Does not implicitly {@link idstation.v1.ReleaseDeviceResult.verify|verify} messages.
             * @param message ReleaseDeviceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IReleaseDeviceResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleaseDeviceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ReleaseDeviceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ReleaseDeviceResult;

            /**
             * Verifies a ReleaseDeviceResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReleaseDeviceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReleaseDeviceResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ReleaseDeviceResult;

            /**
             * Creates a plain object from a ReleaseDeviceResult message. Also converts values to other types if specified.
             * @param message ReleaseDeviceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ReleaseDeviceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReleaseDeviceResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** ErrorCode enum. */
        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_INTERNAL = 1,
            ERROR_CODE_INVALID_ARGUMENT = 2,
            ERROR_CODE_MALFORMED_REQUEST = 3,
            ERROR_CODE_UNKNOWN_COMMAND = 4,
            ERROR_CODE_UNSUPPORTED_API_LEVEL = 5,
            ERROR_CODE_PAYLOAD_TOO_LARGE = 6,
            ERROR_CODE_RESOURCE_EXHAUSTED = 7,
            ERROR_CODE_DEADLINE_EXCEEDED = 8,
            ERROR_CODE_CANCELED = 9,
            ERROR_CODE_UNAUTHENTICATED = 10,
            ERROR_CODE_PERMISSION_DENIED = 11,
            ERROR_CODE_BAD_STATE = 12,
            ERROR_CODE_SHUTTING_DOWN = 13,
            ERROR_CODE_CONFIG_INVALID = 14,
            ERROR_CODE_DEVICE_NOT_FOUND = 20,
            ERROR_CODE_DEVICE_BUSY = 21,
            ERROR_CODE_DEVICE_OFFLINE = 22,
            ERROR_CODE_LEASE_NOT_FOUND = 23,
            ERROR_CODE_DEVICE_UNSUPPORTED = 24,
            ERROR_CODE_TRANSPORT_OPEN_FAILED = 30,
            ERROR_CODE_TRANSPORT_DISCONNECTED = 31,
            ERROR_CODE_TRANSPORT_TIMEOUT = 32,
            ERROR_CODE_TRANSPORT_BUSY = 33,
            ERROR_CODE_TRANSPORT_CANCELED = 34,
            ERROR_CODE_TRANSPORT_IO = 35,
            ERROR_CODE_TRANSPORT_UNAVAILABLE = 36,
            ERROR_CODE_CARD_NOT_BLANK = 40,
            ERROR_CODE_CHIP_ALREADY_USED = 41,
            ERROR_CODE_DOCUMENT_ALREADY_ISSUED = 42,
            ERROR_CODE_DOCUMENT_BLOCKED = 43,
            ERROR_CODE_JOB_NOT_FOUND = 44,
            ERROR_CODE_IDEMPOTENCY_CONFLICT = 45,
            ERROR_CODE_SIGNER_UNAVAILABLE = 46,
            ERROR_CODE_PASSIVE_AUTH_FAILED = 47,
            ERROR_CODE_CARD_WRITE_FAILED = 48,
            ERROR_CODE_PRINTER_ATTENTION = 50,
            ERROR_CODE_PRINTER_FAULT = 51
        }

        /** Properties of an Error. */
        interface IError {

            /** Error code */
            code?: (idstation.v1.ErrorCode|null);

            /** Error message */
            message?: (string|null);

            /** Error retryable */
            retryable?: (boolean|null);

            /** Error details */
            details?: ({ [k: string]: string }|null);
        }

        /** Represents an Error. */
        class Error implements IError {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IError);

            /** Error code. */
            public code: idstation.v1.ErrorCode;

            /** Error message. */
            public message: string;

            /** Error retryable. */
            public retryable: boolean;

            /** Error details. */
            public details: { [k: string]: string };

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            public static create(properties?: idstation.v1.IError): idstation.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link idstation.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IError, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Error;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an Applicant. */
        interface IApplicant {

            /** Applicant primaryName */
            primaryName?: (string|null);

            /** Applicant secondaryName */
            secondaryName?: (string|null);

            /** Applicant primaryNameLatin */
            primaryNameLatin?: (string|null);

            /** Applicant secondaryNameLatin */
            secondaryNameLatin?: (string|null);

            /** Applicant placeOfBirth */
            placeOfBirth?: (string|null);

            /** Applicant placeOfBirthLatin */
            placeOfBirthLatin?: (string|null);

            /** Applicant dateOfBirth */
            dateOfBirth?: (string|null);

            /** Applicant sex */
            sex?: (string|null);

            /** Applicant nationality */
            nationality?: (string|null);

            /** Applicant nationalNumber */
            nationalNumber?: (string|null);

            /** Applicant documentNumber */
            documentNumber?: (string|null);

            /** Applicant dateOfIssue */
            dateOfIssue?: (string|null);

            /** Applicant dateOfExpiry */
            dateOfExpiry?: (string|null);

            /** Applicant address */
            address?: (string|null);
        }

        /** Represents an Applicant. */
        class Applicant implements IApplicant {

            /**
             * Constructs a new Applicant.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IApplicant);

            /** Applicant primaryName. */
            public primaryName: string;

            /** Applicant secondaryName. */
            public secondaryName: string;

            /** Applicant primaryNameLatin. */
            public primaryNameLatin: string;

            /** Applicant secondaryNameLatin. */
            public secondaryNameLatin: string;

            /** Applicant placeOfBirth. */
            public placeOfBirth: string;

            /** Applicant placeOfBirthLatin. */
            public placeOfBirthLatin: string;

            /** Applicant dateOfBirth. */
            public dateOfBirth: string;

            /** Applicant sex. */
            public sex: string;

            /** Applicant nationality. */
            public nationality: string;

            /** Applicant nationalNumber. */
            public nationalNumber: string;

            /** Applicant documentNumber. */
            public documentNumber: string;

            /** Applicant dateOfIssue. */
            public dateOfIssue: string;

            /** Applicant dateOfExpiry. */
            public dateOfExpiry: string;

            /** Applicant address. */
            public address: string;

            /**
             * Creates a new Applicant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Applicant instance
             */
            public static create(properties?: idstation.v1.IApplicant): idstation.v1.Applicant;

            /**
             * Encodes the specified Applicant message. Does not implicitly {@link idstation.v1.Applicant.verify|verify} messages.
             * @param message Applicant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IApplicant, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Applicant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Applicant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Applicant;

            /**
             * Verifies an Applicant message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Applicant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Applicant
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Applicant;

            /**
             * Creates a plain object from an Applicant message. Also converts values to other types if specified.
             * @param message Applicant
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Applicant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Applicant to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a RenderDocument. */
        interface IRenderDocument {

            /** RenderDocument profile */
            profile?: (string|null);

            /** RenderDocument applicant */
            applicant?: (idstation.v1.IApplicant|null);

            /** RenderDocument portraitAttachment */
            portraitAttachment?: (number|null);

            /** RenderDocument printerId */
            printerId?: (string|null);

            /** RenderDocument document */
            document?: (idstation.v1.IDocumentData|null);
        }

        /** Represents a RenderDocument. */
        class RenderDocument implements IRenderDocument {

            /**
             * Constructs a new RenderDocument.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRenderDocument);

            /** RenderDocument profile. */
            public profile: string;

            /** RenderDocument applicant. */
            public applicant?: (idstation.v1.IApplicant|null);

            /** RenderDocument portraitAttachment. */
            public portraitAttachment: number;

            /** RenderDocument printerId. */
            public printerId: string;

            /** RenderDocument document. */
            public document?: (idstation.v1.IDocumentData|null);

            /**
             * Creates a new RenderDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenderDocument instance
             */
            public static create(properties?: idstation.v1.IRenderDocument): idstation.v1.RenderDocument;

            /**
             * Encodes the specified RenderDocument message. Does not implicitly {@link idstation.v1.RenderDocument.verify|verify} messages.
             * @param message RenderDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRenderDocument, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenderDocument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RenderDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.RenderDocument;

            /**
             * Verifies a RenderDocument message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RenderDocument message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenderDocument
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.RenderDocument;

            /**
             * Creates a plain object from a RenderDocument message. Also converts values to other types if specified.
             * @param message RenderDocument
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.RenderDocument, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenderDocument to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a RenderedFace. */
        interface IRenderedFace {

            /** RenderedFace side */
            side?: (string|null);

            /** RenderedFace attachment */
            attachment?: (number|null);

            /** RenderedFace widthPx */
            widthPx?: (number|null);

            /** RenderedFace heightPx */
            heightPx?: (number|null);
        }

        /** Represents a RenderedFace. */
        class RenderedFace implements IRenderedFace {

            /**
             * Constructs a new RenderedFace.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRenderedFace);

            /** RenderedFace side. */
            public side: string;

            /** RenderedFace attachment. */
            public attachment: number;

            /** RenderedFace widthPx. */
            public widthPx: number;

            /** RenderedFace heightPx. */
            public heightPx: number;

            /**
             * Creates a new RenderedFace instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenderedFace instance
             */
            public static create(properties?: idstation.v1.IRenderedFace): idstation.v1.RenderedFace;

            /**
             * Encodes the specified RenderedFace message. Does not implicitly {@link idstation.v1.RenderedFace.verify|verify} messages.
             * @param message RenderedFace message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRenderedFace, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenderedFace message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RenderedFace
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.RenderedFace;

            /**
             * Verifies a RenderedFace message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RenderedFace message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenderedFace
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.RenderedFace;

            /**
             * Creates a plain object from a RenderedFace message. Also converts values to other types if specified.
             * @param message RenderedFace
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.RenderedFace, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenderedFace to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a RenderDocumentResult. */
        interface IRenderDocumentResult {

            /** RenderDocumentResult faces */
            faces?: (idstation.v1.IRenderedFace[]|null);

            /** RenderDocumentResult mrzLines */
            mrzLines?: (string[]|null);

            /** RenderDocumentResult nameSource */
            nameSource?: (string|null);

            /** RenderDocumentResult specimen */
            specimen?: (boolean|null);
        }

        /** Represents a RenderDocumentResult. */
        class RenderDocumentResult implements IRenderDocumentResult {

            /**
             * Constructs a new RenderDocumentResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRenderDocumentResult);

            /** RenderDocumentResult faces. */
            public faces: idstation.v1.IRenderedFace[];

            /** RenderDocumentResult mrzLines. */
            public mrzLines: string[];

            /** RenderDocumentResult nameSource. */
            public nameSource: string;

            /** RenderDocumentResult specimen. */
            public specimen: boolean;

            /**
             * Creates a new RenderDocumentResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenderDocumentResult instance
             */
            public static create(properties?: idstation.v1.IRenderDocumentResult): idstation.v1.RenderDocumentResult;

            /**
             * Encodes the specified RenderDocumentResult message. Does not implicitly {@link idstation.v1.RenderDocumentResult.verify|verify} messages.
             * @param message RenderDocumentResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRenderDocumentResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenderDocumentResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RenderDocumentResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.RenderDocumentResult;

            /**
             * Verifies a RenderDocumentResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RenderDocumentResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenderDocumentResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.RenderDocumentResult;

            /**
             * Creates a plain object from a RenderDocumentResult message. Also converts values to other types if specified.
             * @param message RenderDocumentResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.RenderDocumentResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenderDocumentResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListDocumentProfiles. */
        interface IListDocumentProfiles {
        }

        /** Represents a ListDocumentProfiles. */
        class ListDocumentProfiles implements IListDocumentProfiles {

            /**
             * Constructs a new ListDocumentProfiles.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListDocumentProfiles);

            /**
             * Creates a new ListDocumentProfiles instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDocumentProfiles instance
             */
            public static create(properties?: idstation.v1.IListDocumentProfiles): idstation.v1.ListDocumentProfiles;

            /**
             * Encodes the specified ListDocumentProfiles message. Does not implicitly {@link idstation.v1.ListDocumentProfiles.verify|verify} messages.
             * @param message ListDocumentProfiles message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListDocumentProfiles, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDocumentProfiles message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListDocumentProfiles
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListDocumentProfiles;

            /**
             * Verifies a ListDocumentProfiles message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDocumentProfiles message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDocumentProfiles
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListDocumentProfiles;

            /**
             * Creates a plain object from a ListDocumentProfiles message. Also converts values to other types if specified.
             * @param message ListDocumentProfiles
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListDocumentProfiles, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDocumentProfiles to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a DocumentProfileInfo. */
        interface IDocumentProfileInfo {

            /** DocumentProfileInfo id */
            id?: (string|null);

            /** DocumentProfileInfo title */
            title?: (string|null);

            /** DocumentProfileInfo titleNational */
            titleNational?: (string|null);

            /** DocumentProfileInfo format */
            format?: (idstation.v1.DocumentFormat|null);

            /** DocumentProfileInfo documentCode */
            documentCode?: (string|null);

            /** DocumentProfileInfo issuingState */
            issuingState?: (string|null);

            /** DocumentProfileInfo sides */
            sides?: (string[]|null);

            /** DocumentProfileInfo specimen */
            specimen?: (boolean|null);

            /** DocumentProfileInfo validityYears */
            validityYears?: (number|null);
        }

        /** Represents a DocumentProfileInfo. */
        class DocumentProfileInfo implements IDocumentProfileInfo {

            /**
             * Constructs a new DocumentProfileInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDocumentProfileInfo);

            /** DocumentProfileInfo id. */
            public id: string;

            /** DocumentProfileInfo title. */
            public title: string;

            /** DocumentProfileInfo titleNational. */
            public titleNational: string;

            /** DocumentProfileInfo format. */
            public format: idstation.v1.DocumentFormat;

            /** DocumentProfileInfo documentCode. */
            public documentCode: string;

            /** DocumentProfileInfo issuingState. */
            public issuingState: string;

            /** DocumentProfileInfo sides. */
            public sides: string[];

            /** DocumentProfileInfo specimen. */
            public specimen: boolean;

            /** DocumentProfileInfo validityYears. */
            public validityYears: number;

            /**
             * Creates a new DocumentProfileInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DocumentProfileInfo instance
             */
            public static create(properties?: idstation.v1.IDocumentProfileInfo): idstation.v1.DocumentProfileInfo;

            /**
             * Encodes the specified DocumentProfileInfo message. Does not implicitly {@link idstation.v1.DocumentProfileInfo.verify|verify} messages.
             * @param message DocumentProfileInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDocumentProfileInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DocumentProfileInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DocumentProfileInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DocumentProfileInfo;

            /**
             * Verifies a DocumentProfileInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DocumentProfileInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DocumentProfileInfo
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DocumentProfileInfo;

            /**
             * Creates a plain object from a DocumentProfileInfo message. Also converts values to other types if specified.
             * @param message DocumentProfileInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DocumentProfileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DocumentProfileInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListDocumentProfilesResult. */
        interface IListDocumentProfilesResult {

            /** ListDocumentProfilesResult profiles */
            profiles?: (idstation.v1.IDocumentProfileInfo[]|null);
        }

        /** Represents a ListDocumentProfilesResult. */
        class ListDocumentProfilesResult implements IListDocumentProfilesResult {

            /**
             * Constructs a new ListDocumentProfilesResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListDocumentProfilesResult);

            /** ListDocumentProfilesResult profiles. */
            public profiles: idstation.v1.IDocumentProfileInfo[];

            /**
             * Creates a new ListDocumentProfilesResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListDocumentProfilesResult instance
             */
            public static create(properties?: idstation.v1.IListDocumentProfilesResult): idstation.v1.ListDocumentProfilesResult;

            /**
             * Encodes the specified ListDocumentProfilesResult message. Does not implicitly {@link idstation.v1.ListDocumentProfilesResult.verify|verify} messages.
             * @param message ListDocumentProfilesResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListDocumentProfilesResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListDocumentProfilesResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListDocumentProfilesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListDocumentProfilesResult;

            /**
             * Verifies a ListDocumentProfilesResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListDocumentProfilesResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListDocumentProfilesResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListDocumentProfilesResult;

            /**
             * Creates a plain object from a ListDocumentProfilesResult message. Also converts values to other types if specified.
             * @param message ListDocumentProfilesResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListDocumentProfilesResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListDocumentProfilesResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** DocumentFormat enum. */
        enum DocumentFormat {
            DOCUMENT_FORMAT_UNSPECIFIED = 0,
            DOCUMENT_FORMAT_TD1 = 1,
            DOCUMENT_FORMAT_TD3 = 2
        }

        /** Properties of a DocumentData. */
        interface IDocumentData {

            /** DocumentData format */
            format?: (idstation.v1.DocumentFormat|null);

            /** DocumentData documentCode */
            documentCode?: (string|null);

            /** DocumentData issuingState */
            issuingState?: (string|null);

            /** DocumentData nationality */
            nationality?: (string|null);

            /** DocumentData primaryIdentifier */
            primaryIdentifier?: (string|null);

            /** DocumentData secondaryIdentifier */
            secondaryIdentifier?: (string|null);

            /** DocumentData documentNumber */
            documentNumber?: (string|null);

            /** DocumentData dateOfBirth */
            dateOfBirth?: (string|null);

            /** DocumentData sex */
            sex?: (string|null);

            /** DocumentData dateOfExpiry */
            dateOfExpiry?: (string|null);

            /** DocumentData optionalData */
            optionalData?: (string|null);

            /** DocumentData optionalData_2 */
            optionalData_2?: (string|null);

            /** DocumentData fullName */
            fullName?: (string|null);

            /** DocumentData personalNumber */
            personalNumber?: (string|null);

            /** DocumentData placeOfBirth */
            placeOfBirth?: (string|null);

            /** DocumentData address */
            address?: (string|null);

            /** DocumentData issuingAuthority */
            issuingAuthority?: (string|null);

            /** DocumentData dateOfIssue */
            dateOfIssue?: (string|null);
        }

        /** Represents a DocumentData. */
        class DocumentData implements IDocumentData {

            /**
             * Constructs a new DocumentData.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDocumentData);

            /** DocumentData format. */
            public format: idstation.v1.DocumentFormat;

            /** DocumentData documentCode. */
            public documentCode: string;

            /** DocumentData issuingState. */
            public issuingState: string;

            /** DocumentData nationality. */
            public nationality: string;

            /** DocumentData primaryIdentifier. */
            public primaryIdentifier: string;

            /** DocumentData secondaryIdentifier. */
            public secondaryIdentifier: string;

            /** DocumentData documentNumber. */
            public documentNumber: string;

            /** DocumentData dateOfBirth. */
            public dateOfBirth: string;

            /** DocumentData sex. */
            public sex: string;

            /** DocumentData dateOfExpiry. */
            public dateOfExpiry: string;

            /** DocumentData optionalData. */
            public optionalData: string;

            /** DocumentData optionalData_2. */
            public optionalData_2: string;

            /** DocumentData fullName. */
            public fullName: string;

            /** DocumentData personalNumber. */
            public personalNumber: string;

            /** DocumentData placeOfBirth. */
            public placeOfBirth: string;

            /** DocumentData address. */
            public address: string;

            /** DocumentData issuingAuthority. */
            public issuingAuthority: string;

            /** DocumentData dateOfIssue. */
            public dateOfIssue: string;

            /**
             * Creates a new DocumentData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DocumentData instance
             */
            public static create(properties?: idstation.v1.IDocumentData): idstation.v1.DocumentData;

            /**
             * Encodes the specified DocumentData message. Does not implicitly {@link idstation.v1.DocumentData.verify|verify} messages.
             * @param message DocumentData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDocumentData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DocumentData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DocumentData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DocumentData;

            /**
             * Verifies a DocumentData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DocumentData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DocumentData
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DocumentData;

            /**
             * Creates a plain object from a DocumentData message. Also converts values to other types if specified.
             * @param message DocumentData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DocumentData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DocumentData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PersonalizeCard. */
        interface IPersonalizeCard {

            /** PersonalizeCard deviceId */
            deviceId?: (string|null);

            /** PersonalizeCard document */
            document?: (idstation.v1.IDocumentData|null);

            /** PersonalizeCard faceAttachment */
            faceAttachment?: (number|null);

            /** PersonalizeCard fingerAttachments */
            fingerAttachments?: (number[]|null);

            /** PersonalizeCard activeAuthentication */
            activeAuthentication?: (boolean|null);
        }

        /** Represents a PersonalizeCard. */
        class PersonalizeCard implements IPersonalizeCard {

            /**
             * Constructs a new PersonalizeCard.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPersonalizeCard);

            /** PersonalizeCard deviceId. */
            public deviceId: string;

            /** PersonalizeCard document. */
            public document?: (idstation.v1.IDocumentData|null);

            /** PersonalizeCard faceAttachment. */
            public faceAttachment: number;

            /** PersonalizeCard fingerAttachments. */
            public fingerAttachments: number[];

            /** PersonalizeCard activeAuthentication. */
            public activeAuthentication: boolean;

            /**
             * Creates a new PersonalizeCard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersonalizeCard instance
             */
            public static create(properties?: idstation.v1.IPersonalizeCard): idstation.v1.PersonalizeCard;

            /**
             * Encodes the specified PersonalizeCard message. Does not implicitly {@link idstation.v1.PersonalizeCard.verify|verify} messages.
             * @param message PersonalizeCard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPersonalizeCard, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersonalizeCard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PersonalizeCard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PersonalizeCard;

            /**
             * Verifies a PersonalizeCard message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PersonalizeCard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PersonalizeCard
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PersonalizeCard;

            /**
             * Creates a plain object from a PersonalizeCard message. Also converts values to other types if specified.
             * @param message PersonalizeCard
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PersonalizeCard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PersonalizeCard to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PersonalizeCardResult. */
        interface IPersonalizeCardResult {

            /** PersonalizeCardResult job */
            job?: (idstation.v1.IJob|null);

            /** PersonalizeCardResult replayed */
            replayed?: (boolean|null);
        }

        /** Represents a PersonalizeCardResult. */
        class PersonalizeCardResult implements IPersonalizeCardResult {

            /**
             * Constructs a new PersonalizeCardResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPersonalizeCardResult);

            /** PersonalizeCardResult job. */
            public job?: (idstation.v1.IJob|null);

            /** PersonalizeCardResult replayed. */
            public replayed: boolean;

            /**
             * Creates a new PersonalizeCardResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersonalizeCardResult instance
             */
            public static create(properties?: idstation.v1.IPersonalizeCardResult): idstation.v1.PersonalizeCardResult;

            /**
             * Encodes the specified PersonalizeCardResult message. Does not implicitly {@link idstation.v1.PersonalizeCardResult.verify|verify} messages.
             * @param message PersonalizeCardResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPersonalizeCardResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersonalizeCardResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PersonalizeCardResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PersonalizeCardResult;

            /**
             * Verifies a PersonalizeCardResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PersonalizeCardResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PersonalizeCardResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PersonalizeCardResult;

            /**
             * Creates a plain object from a PersonalizeCardResult message. Also converts values to other types if specified.
             * @param message PersonalizeCardResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PersonalizeCardResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PersonalizeCardResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** JobState enum. */
        enum JobState {
            JOB_STATE_UNSPECIFIED = 0,
            JOB_STATE_ACCEPTED = 1,
            JOB_STATE_RUNNING = 2,
            JOB_STATE_SUCCEEDED = 3,
            JOB_STATE_FAILED = 4,
            JOB_STATE_CANCELED = 5,
            JOB_STATE_SPOILED = 6,
            JOB_STATE_INTERRUPTED = 7
        }

        /** JobResolution enum. */
        enum JobResolution {
            JOB_RESOLUTION_UNSPECIFIED = 0,
            JOB_RESOLUTION_SPOILED = 1,
            JOB_RESOLUTION_ISSUED = 2
        }

        /** Properties of a JobOutcomeSummary. */
        interface IJobOutcomeSummary {

            /** JobOutcomeSummary apduCount */
            apduCount?: (number|null);

            /** JobOutcomeSummary bytesWritten */
            bytesWritten?: (number|null);

            /** JobOutcomeSummary durationMs */
            durationMs?: (number|null);

            /** JobOutcomeSummary dataGroups */
            dataGroups?: (number[]|null);

            /** JobOutcomeSummary passiveAuthentication */
            passiveAuthentication?: (boolean|null);

            /** JobOutcomeSummary activeAuthentication */
            activeAuthentication?: (boolean|null);

            /** JobOutcomeSummary facesPrinted */
            facesPrinted?: (number|null);

            /** JobOutcomeSummary encoderId */
            encoderId?: (string|null);

            /** JobOutcomeSummary fingersCaptured */
            fingersCaptured?: (number|null);

            /** JobOutcomeSummary mediumDisposition */
            mediumDisposition?: (string|null);
        }

        /** Represents a JobOutcomeSummary. */
        class JobOutcomeSummary implements IJobOutcomeSummary {

            /**
             * Constructs a new JobOutcomeSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IJobOutcomeSummary);

            /** JobOutcomeSummary apduCount. */
            public apduCount: number;

            /** JobOutcomeSummary bytesWritten. */
            public bytesWritten: number;

            /** JobOutcomeSummary durationMs. */
            public durationMs: number;

            /** JobOutcomeSummary dataGroups. */
            public dataGroups: number[];

            /** JobOutcomeSummary passiveAuthentication. */
            public passiveAuthentication: boolean;

            /** JobOutcomeSummary activeAuthentication. */
            public activeAuthentication: boolean;

            /** JobOutcomeSummary facesPrinted. */
            public facesPrinted: number;

            /** JobOutcomeSummary encoderId. */
            public encoderId: string;

            /** JobOutcomeSummary fingersCaptured. */
            public fingersCaptured: number;

            /** JobOutcomeSummary mediumDisposition. */
            public mediumDisposition: string;

            /**
             * Creates a new JobOutcomeSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobOutcomeSummary instance
             */
            public static create(properties?: idstation.v1.IJobOutcomeSummary): idstation.v1.JobOutcomeSummary;

            /**
             * Encodes the specified JobOutcomeSummary message. Does not implicitly {@link idstation.v1.JobOutcomeSummary.verify|verify} messages.
             * @param message JobOutcomeSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IJobOutcomeSummary, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobOutcomeSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns JobOutcomeSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.JobOutcomeSummary;

            /**
             * Verifies a JobOutcomeSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobOutcomeSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobOutcomeSummary
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.JobOutcomeSummary;

            /**
             * Creates a plain object from a JobOutcomeSummary message. Also converts values to other types if specified.
             * @param message JobOutcomeSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.JobOutcomeSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobOutcomeSummary to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Job. */
        interface IJob {

            /** Job jobId */
            jobId?: (string|null);

            /** Job kind */
            kind?: (string|null);

            /** Job state */
            state?: (idstation.v1.JobState|null);

            /** Job step */
            step?: (string|null);

            /** Job percent */
            percent?: (number|null);

            /** Job deviceId */
            deviceId?: (string|null);

            /** Job chipSerial */
            chipSerial?: (string|null);

            /** Job error */
            error?: (idstation.v1.IError|null);

            /** Job outcome */
            outcome?: (idstation.v1.IJobOutcomeSummary|null);

            /** Job resolution */
            resolution?: (idstation.v1.JobResolution|null);

            /** Job createdAtMs */
            createdAtMs?: (number|null);

            /** Job updatedAtMs */
            updatedAtMs?: (number|null);

            /** Job pendingPrompt */
            pendingPrompt?: (idstation.v1.IJobPrompt|null);

            /** Job eventSeq */
            eventSeq?: (number|null);
        }

        /** Represents a Job. */
        class Job implements IJob {

            /**
             * Constructs a new Job.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IJob);

            /** Job jobId. */
            public jobId: string;

            /** Job kind. */
            public kind: string;

            /** Job state. */
            public state: idstation.v1.JobState;

            /** Job step. */
            public step: string;

            /** Job percent. */
            public percent: number;

            /** Job deviceId. */
            public deviceId: string;

            /** Job chipSerial. */
            public chipSerial: string;

            /** Job error. */
            public error?: (idstation.v1.IError|null);

            /** Job outcome. */
            public outcome?: (idstation.v1.IJobOutcomeSummary|null);

            /** Job resolution. */
            public resolution: idstation.v1.JobResolution;

            /** Job createdAtMs. */
            public createdAtMs: number;

            /** Job updatedAtMs. */
            public updatedAtMs: number;

            /** Job pendingPrompt. */
            public pendingPrompt?: (idstation.v1.IJobPrompt|null);

            /** Job eventSeq. */
            public eventSeq: number;

            /**
             * Creates a new Job instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Job instance
             */
            public static create(properties?: idstation.v1.IJob): idstation.v1.Job;

            /**
             * Encodes the specified Job message. Does not implicitly {@link idstation.v1.Job.verify|verify} messages.
             * @param message Job message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IJob, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Job message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Job
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Job;

            /**
             * Verifies a Job message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Job message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Job
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Job;

            /**
             * Creates a plain object from a Job message. Also converts values to other types if specified.
             * @param message Job
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Job, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Job to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a JobChanged. */
        interface IJobChanged {

            /** JobChanged job */
            job?: (idstation.v1.IJob|null);
        }

        /** Represents a JobChanged. */
        class JobChanged implements IJobChanged {

            /**
             * Constructs a new JobChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IJobChanged);

            /** JobChanged job. */
            public job?: (idstation.v1.IJob|null);

            /**
             * Creates a new JobChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobChanged instance
             */
            public static create(properties?: idstation.v1.IJobChanged): idstation.v1.JobChanged;

            /**
             * Encodes the specified JobChanged message. Does not implicitly {@link idstation.v1.JobChanged.verify|verify} messages.
             * @param message JobChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IJobChanged, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns JobChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.JobChanged;

            /**
             * Verifies a JobChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobChanged
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.JobChanged;

            /**
             * Creates a plain object from a JobChanged message. Also converts values to other types if specified.
             * @param message JobChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.JobChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobChanged to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a JobPrompt. */
        interface IJobPrompt {

            /** JobPrompt jobId */
            jobId?: (string|null);

            /** JobPrompt promptId */
            promptId?: (string|null);

            /** JobPrompt kind */
            kind?: (string|null);

            /** JobPrompt message */
            message?: (string|null);
        }

        /** Represents a JobPrompt. */
        class JobPrompt implements IJobPrompt {

            /**
             * Constructs a new JobPrompt.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IJobPrompt);

            /** JobPrompt jobId. */
            public jobId: string;

            /** JobPrompt promptId. */
            public promptId: string;

            /** JobPrompt kind. */
            public kind: string;

            /** JobPrompt message. */
            public message: string;

            /**
             * Creates a new JobPrompt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobPrompt instance
             */
            public static create(properties?: idstation.v1.IJobPrompt): idstation.v1.JobPrompt;

            /**
             * Encodes the specified JobPrompt message. Does not implicitly {@link idstation.v1.JobPrompt.verify|verify} messages.
             * @param message JobPrompt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IJobPrompt, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobPrompt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns JobPrompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.JobPrompt;

            /**
             * Verifies a JobPrompt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a JobPrompt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobPrompt
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.JobPrompt;

            /**
             * Creates a plain object from a JobPrompt message. Also converts values to other types if specified.
             * @param message JobPrompt
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.JobPrompt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobPrompt to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetJob. */
        interface IGetJob {

            /** GetJob jobId */
            jobId?: (string|null);
        }

        /** Represents a GetJob. */
        class GetJob implements IGetJob {

            /**
             * Constructs a new GetJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetJob);

            /** GetJob jobId. */
            public jobId: string;

            /**
             * Creates a new GetJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetJob instance
             */
            public static create(properties?: idstation.v1.IGetJob): idstation.v1.GetJob;

            /**
             * Encodes the specified GetJob message. Does not implicitly {@link idstation.v1.GetJob.verify|verify} messages.
             * @param message GetJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetJob, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetJob;

            /**
             * Verifies a GetJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetJob
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetJob;

            /**
             * Creates a plain object from a GetJob message. Also converts values to other types if specified.
             * @param message GetJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetJob to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetJobResult. */
        interface IGetJobResult {

            /** GetJobResult job */
            job?: (idstation.v1.IJob|null);
        }

        /** Represents a GetJobResult. */
        class GetJobResult implements IGetJobResult {

            /**
             * Constructs a new GetJobResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetJobResult);

            /** GetJobResult job. */
            public job?: (idstation.v1.IJob|null);

            /**
             * Creates a new GetJobResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetJobResult instance
             */
            public static create(properties?: idstation.v1.IGetJobResult): idstation.v1.GetJobResult;

            /**
             * Encodes the specified GetJobResult message. Does not implicitly {@link idstation.v1.GetJobResult.verify|verify} messages.
             * @param message GetJobResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetJobResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetJobResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetJobResult;

            /**
             * Verifies a GetJobResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetJobResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetJobResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetJobResult;

            /**
             * Creates a plain object from a GetJobResult message. Also converts values to other types if specified.
             * @param message GetJobResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetJobResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetJobResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListJobs. */
        interface IListJobs {

            /** ListJobs states */
            states?: (idstation.v1.JobState[]|null);

            /** ListJobs limit */
            limit?: (number|null);

            /** ListJobs before */
            before?: (string|null);
        }

        /** Represents a ListJobs. */
        class ListJobs implements IListJobs {

            /**
             * Constructs a new ListJobs.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListJobs);

            /** ListJobs states. */
            public states: idstation.v1.JobState[];

            /** ListJobs limit. */
            public limit: number;

            /** ListJobs before. */
            public before: string;

            /**
             * Creates a new ListJobs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListJobs instance
             */
            public static create(properties?: idstation.v1.IListJobs): idstation.v1.ListJobs;

            /**
             * Encodes the specified ListJobs message. Does not implicitly {@link idstation.v1.ListJobs.verify|verify} messages.
             * @param message ListJobs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListJobs, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListJobs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListJobs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListJobs;

            /**
             * Verifies a ListJobs message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListJobs message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListJobs
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListJobs;

            /**
             * Creates a plain object from a ListJobs message. Also converts values to other types if specified.
             * @param message ListJobs
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListJobs, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListJobs to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ListJobsResult. */
        interface IListJobsResult {

            /** ListJobsResult jobs */
            jobs?: (idstation.v1.IJob[]|null);

            /** ListJobsResult nextBefore */
            nextBefore?: (string|null);
        }

        /** Represents a ListJobsResult. */
        class ListJobsResult implements IListJobsResult {

            /**
             * Constructs a new ListJobsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IListJobsResult);

            /** ListJobsResult jobs. */
            public jobs: idstation.v1.IJob[];

            /** ListJobsResult nextBefore. */
            public nextBefore: string;

            /**
             * Creates a new ListJobsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListJobsResult instance
             */
            public static create(properties?: idstation.v1.IListJobsResult): idstation.v1.ListJobsResult;

            /**
             * Encodes the specified ListJobsResult message. Does not implicitly {@link idstation.v1.ListJobsResult.verify|verify} messages.
             * @param message ListJobsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IListJobsResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListJobsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ListJobsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ListJobsResult;

            /**
             * Verifies a ListJobsResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListJobsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListJobsResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ListJobsResult;

            /**
             * Creates a plain object from a ListJobsResult message. Also converts values to other types if specified.
             * @param message ListJobsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ListJobsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListJobsResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelJob. */
        interface ICancelJob {

            /** CancelJob jobId */
            jobId?: (string|null);
        }

        /** Represents a CancelJob. */
        class CancelJob implements ICancelJob {

            /**
             * Constructs a new CancelJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelJob);

            /** CancelJob jobId. */
            public jobId: string;

            /**
             * Creates a new CancelJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelJob instance
             */
            public static create(properties?: idstation.v1.ICancelJob): idstation.v1.CancelJob;

            /**
             * Encodes the specified CancelJob message. Does not implicitly {@link idstation.v1.CancelJob.verify|verify} messages.
             * @param message CancelJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelJob, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelJob;

            /**
             * Verifies a CancelJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelJob
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelJob;

            /**
             * Creates a plain object from a CancelJob message. Also converts values to other types if specified.
             * @param message CancelJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelJob to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelJobResult. */
        interface ICancelJobResult {

            /** CancelJobResult job */
            job?: (idstation.v1.IJob|null);
        }

        /** Represents a CancelJobResult. */
        class CancelJobResult implements ICancelJobResult {

            /**
             * Constructs a new CancelJobResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelJobResult);

            /** CancelJobResult job. */
            public job?: (idstation.v1.IJob|null);

            /**
             * Creates a new CancelJobResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelJobResult instance
             */
            public static create(properties?: idstation.v1.ICancelJobResult): idstation.v1.CancelJobResult;

            /**
             * Encodes the specified CancelJobResult message. Does not implicitly {@link idstation.v1.CancelJobResult.verify|verify} messages.
             * @param message CancelJobResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelJobResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelJobResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelJobResult;

            /**
             * Verifies a CancelJobResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelJobResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelJobResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelJobResult;

            /**
             * Creates a plain object from a CancelJobResult message. Also converts values to other types if specified.
             * @param message CancelJobResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelJobResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelJobResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** PromptAnswer enum. */
        enum PromptAnswer {
            PROMPT_ANSWER_UNSPECIFIED = 0,
            PROMPT_ANSWER_CONTINUE = 1,
            PROMPT_ANSWER_CANCEL = 2
        }

        /** Properties of an AnswerPrompt. */
        interface IAnswerPrompt {

            /** AnswerPrompt jobId */
            jobId?: (string|null);

            /** AnswerPrompt promptId */
            promptId?: (string|null);

            /** AnswerPrompt answer */
            answer?: (idstation.v1.PromptAnswer|null);
        }

        /** Represents an AnswerPrompt. */
        class AnswerPrompt implements IAnswerPrompt {

            /**
             * Constructs a new AnswerPrompt.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IAnswerPrompt);

            /** AnswerPrompt jobId. */
            public jobId: string;

            /** AnswerPrompt promptId. */
            public promptId: string;

            /** AnswerPrompt answer. */
            public answer: idstation.v1.PromptAnswer;

            /**
             * Creates a new AnswerPrompt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnswerPrompt instance
             */
            public static create(properties?: idstation.v1.IAnswerPrompt): idstation.v1.AnswerPrompt;

            /**
             * Encodes the specified AnswerPrompt message. Does not implicitly {@link idstation.v1.AnswerPrompt.verify|verify} messages.
             * @param message AnswerPrompt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IAnswerPrompt, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnswerPrompt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AnswerPrompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.AnswerPrompt;

            /**
             * Verifies an AnswerPrompt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnswerPrompt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnswerPrompt
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.AnswerPrompt;

            /**
             * Creates a plain object from an AnswerPrompt message. Also converts values to other types if specified.
             * @param message AnswerPrompt
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.AnswerPrompt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnswerPrompt to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an AnswerPromptResult. */
        interface IAnswerPromptResult {
        }

        /** Represents an AnswerPromptResult. */
        class AnswerPromptResult implements IAnswerPromptResult {

            /**
             * Constructs a new AnswerPromptResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IAnswerPromptResult);

            /**
             * Creates a new AnswerPromptResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnswerPromptResult instance
             */
            public static create(properties?: idstation.v1.IAnswerPromptResult): idstation.v1.AnswerPromptResult;

            /**
             * Encodes the specified AnswerPromptResult message. Does not implicitly {@link idstation.v1.AnswerPromptResult.verify|verify} messages.
             * @param message AnswerPromptResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IAnswerPromptResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnswerPromptResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns AnswerPromptResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.AnswerPromptResult;

            /**
             * Verifies an AnswerPromptResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnswerPromptResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnswerPromptResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.AnswerPromptResult;

            /**
             * Creates a plain object from an AnswerPromptResult message. Also converts values to other types if specified.
             * @param message AnswerPromptResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.AnswerPromptResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnswerPromptResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ResolveJob. */
        interface IResolveJob {

            /** ResolveJob jobId */
            jobId?: (string|null);

            /** ResolveJob resolution */
            resolution?: (idstation.v1.JobResolution|null);

            /** ResolveJob note */
            note?: (string|null);
        }

        /** Represents a ResolveJob. */
        class ResolveJob implements IResolveJob {

            /**
             * Constructs a new ResolveJob.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IResolveJob);

            /** ResolveJob jobId. */
            public jobId: string;

            /** ResolveJob resolution. */
            public resolution: idstation.v1.JobResolution;

            /** ResolveJob note. */
            public note: string;

            /**
             * Creates a new ResolveJob instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveJob instance
             */
            public static create(properties?: idstation.v1.IResolveJob): idstation.v1.ResolveJob;

            /**
             * Encodes the specified ResolveJob message. Does not implicitly {@link idstation.v1.ResolveJob.verify|verify} messages.
             * @param message ResolveJob message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IResolveJob, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveJob message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResolveJob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ResolveJob;

            /**
             * Verifies a ResolveJob message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveJob message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveJob
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ResolveJob;

            /**
             * Creates a plain object from a ResolveJob message. Also converts values to other types if specified.
             * @param message ResolveJob
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ResolveJob, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveJob to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a ResolveJobResult. */
        interface IResolveJobResult {

            /** ResolveJobResult job */
            job?: (idstation.v1.IJob|null);
        }

        /** Represents a ResolveJobResult. */
        class ResolveJobResult implements IResolveJobResult {

            /**
             * Constructs a new ResolveJobResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IResolveJobResult);

            /** ResolveJobResult job. */
            public job?: (idstation.v1.IJob|null);

            /**
             * Creates a new ResolveJobResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveJobResult instance
             */
            public static create(properties?: idstation.v1.IResolveJobResult): idstation.v1.ResolveJobResult;

            /**
             * Encodes the specified ResolveJobResult message. Does not implicitly {@link idstation.v1.ResolveJobResult.verify|verify} messages.
             * @param message ResolveJobResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IResolveJobResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveJobResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResolveJobResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.ResolveJobResult;

            /**
             * Verifies a ResolveJobResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveJobResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveJobResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.ResolveJobResult;

            /**
             * Creates a plain object from a ResolveJobResult message. Also converts values to other types if specified.
             * @param message ResolveJobResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.ResolveJobResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveJobResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an Event. */
        interface IEvent {

            /** Event seq */
            seq?: (number|null);

            /** Event timeMs */
            timeMs?: (number|null);

            /** Event epoch */
            epoch?: (string|null);

            /** Event jobSeq */
            jobSeq?: (number|null);

            /** Event deviceAttached */
            deviceAttached?: (idstation.v1.IDeviceAttached|null);

            /** Event deviceDetached */
            deviceDetached?: (idstation.v1.IDeviceDetached|null);

            /** Event deviceStatusChanged */
            deviceStatusChanged?: (idstation.v1.IDeviceStatusChanged|null);

            /** Event heartbeat */
            heartbeat?: (idstation.v1.IHeartbeat|null);

            /** Event cardPresenceChanged */
            cardPresenceChanged?: (idstation.v1.ICardPresenceChanged|null);

            /** Event jobChanged */
            jobChanged?: (idstation.v1.IJobChanged|null);

            /** Event jobPrompt */
            jobPrompt?: (idstation.v1.IJobPrompt|null);

            /** Event fingerprintPreview */
            fingerprintPreview?: (idstation.v1.IFingerprintPreview|null);
        }

        /** Represents an Event. */
        class Event implements IEvent {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IEvent);

            /** Event seq. */
            public seq: number;

            /** Event timeMs. */
            public timeMs: number;

            /** Event epoch. */
            public epoch: string;

            /** Event jobSeq. */
            public jobSeq: number;

            /** Event deviceAttached. */
            public deviceAttached?: (idstation.v1.IDeviceAttached|null);

            /** Event deviceDetached. */
            public deviceDetached?: (idstation.v1.IDeviceDetached|null);

            /** Event deviceStatusChanged. */
            public deviceStatusChanged?: (idstation.v1.IDeviceStatusChanged|null);

            /** Event heartbeat. */
            public heartbeat?: (idstation.v1.IHeartbeat|null);

            /** Event cardPresenceChanged. */
            public cardPresenceChanged?: (idstation.v1.ICardPresenceChanged|null);

            /** Event jobChanged. */
            public jobChanged?: (idstation.v1.IJobChanged|null);

            /** Event jobPrompt. */
            public jobPrompt?: (idstation.v1.IJobPrompt|null);

            /** Event fingerprintPreview. */
            public fingerprintPreview?: (idstation.v1.IFingerprintPreview|null);

            /** Event payload. */
            public payload?: ("deviceAttached"|"deviceDetached"|"deviceStatusChanged"|"heartbeat"|"cardPresenceChanged"|"jobChanged"|"jobPrompt"|"fingerprintPreview");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            public static create(properties?: idstation.v1.IEvent): idstation.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link idstation.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Event;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a DeviceAttached. */
        interface IDeviceAttached {

            /** DeviceAttached device */
            device?: (idstation.v1.IDevice|null);
        }

        /** Represents a DeviceAttached. */
        class DeviceAttached implements IDeviceAttached {

            /**
             * Constructs a new DeviceAttached.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDeviceAttached);

            /** DeviceAttached device. */
            public device?: (idstation.v1.IDevice|null);

            /**
             * Creates a new DeviceAttached instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceAttached instance
             */
            public static create(properties?: idstation.v1.IDeviceAttached): idstation.v1.DeviceAttached;

            /**
             * Encodes the specified DeviceAttached message. Does not implicitly {@link idstation.v1.DeviceAttached.verify|verify} messages.
             * @param message DeviceAttached message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDeviceAttached, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceAttached message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeviceAttached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DeviceAttached;

            /**
             * Verifies a DeviceAttached message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceAttached message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceAttached
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DeviceAttached;

            /**
             * Creates a plain object from a DeviceAttached message. Also converts values to other types if specified.
             * @param message DeviceAttached
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DeviceAttached, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceAttached to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a DeviceDetached. */
        interface IDeviceDetached {

            /** DeviceDetached deviceId */
            deviceId?: (string|null);
        }

        /** Represents a DeviceDetached. */
        class DeviceDetached implements IDeviceDetached {

            /**
             * Constructs a new DeviceDetached.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDeviceDetached);

            /** DeviceDetached deviceId. */
            public deviceId: string;

            /**
             * Creates a new DeviceDetached instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceDetached instance
             */
            public static create(properties?: idstation.v1.IDeviceDetached): idstation.v1.DeviceDetached;

            /**
             * Encodes the specified DeviceDetached message. Does not implicitly {@link idstation.v1.DeviceDetached.verify|verify} messages.
             * @param message DeviceDetached message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDeviceDetached, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceDetached message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeviceDetached
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DeviceDetached;

            /**
             * Verifies a DeviceDetached message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceDetached message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceDetached
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DeviceDetached;

            /**
             * Creates a plain object from a DeviceDetached message. Also converts values to other types if specified.
             * @param message DeviceDetached
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DeviceDetached, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceDetached to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a DeviceStatusChanged. */
        interface IDeviceStatusChanged {

            /** DeviceStatusChanged device */
            device?: (idstation.v1.IDevice|null);
        }

        /** Represents a DeviceStatusChanged. */
        class DeviceStatusChanged implements IDeviceStatusChanged {

            /**
             * Constructs a new DeviceStatusChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDeviceStatusChanged);

            /** DeviceStatusChanged device. */
            public device?: (idstation.v1.IDevice|null);

            /**
             * Creates a new DeviceStatusChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceStatusChanged instance
             */
            public static create(properties?: idstation.v1.IDeviceStatusChanged): idstation.v1.DeviceStatusChanged;

            /**
             * Encodes the specified DeviceStatusChanged message. Does not implicitly {@link idstation.v1.DeviceStatusChanged.verify|verify} messages.
             * @param message DeviceStatusChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDeviceStatusChanged, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceStatusChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DeviceStatusChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DeviceStatusChanged;

            /**
             * Verifies a DeviceStatusChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceStatusChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceStatusChanged
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DeviceStatusChanged;

            /**
             * Creates a plain object from a DeviceStatusChanged message. Also converts values to other types if specified.
             * @param message DeviceStatusChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DeviceStatusChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceStatusChanged to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a Heartbeat. */
        interface IHeartbeat {
        }

        /** Represents a Heartbeat. */
        class Heartbeat implements IHeartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IHeartbeat);

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            public static create(properties?: idstation.v1.IHeartbeat): idstation.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link idstation.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IHeartbeat, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.Heartbeat;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetSnapshot. */
        interface IGetSnapshot {
        }

        /** Represents a GetSnapshot. */
        class GetSnapshot implements IGetSnapshot {

            /**
             * Constructs a new GetSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetSnapshot);

            /**
             * Creates a new GetSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSnapshot instance
             */
            public static create(properties?: idstation.v1.IGetSnapshot): idstation.v1.GetSnapshot;

            /**
             * Encodes the specified GetSnapshot message. Does not implicitly {@link idstation.v1.GetSnapshot.verify|verify} messages.
             * @param message GetSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetSnapshot, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetSnapshot;

            /**
             * Verifies a GetSnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSnapshot
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetSnapshot;

            /**
             * Creates a plain object from a GetSnapshot message. Also converts values to other types if specified.
             * @param message GetSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSnapshot to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetSnapshotResult. */
        interface IGetSnapshotResult {

            /** GetSnapshotResult seq */
            seq?: (number|null);

            /** GetSnapshotResult epoch */
            epoch?: (string|null);

            /** GetSnapshotResult devices */
            devices?: (idstation.v1.IDevice[]|null);
        }

        /** Represents a GetSnapshotResult. */
        class GetSnapshotResult implements IGetSnapshotResult {

            /**
             * Constructs a new GetSnapshotResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetSnapshotResult);

            /** GetSnapshotResult seq. */
            public seq: number;

            /** GetSnapshotResult epoch. */
            public epoch: string;

            /** GetSnapshotResult devices. */
            public devices: idstation.v1.IDevice[];

            /**
             * Creates a new GetSnapshotResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSnapshotResult instance
             */
            public static create(properties?: idstation.v1.IGetSnapshotResult): idstation.v1.GetSnapshotResult;

            /**
             * Encodes the specified GetSnapshotResult message. Does not implicitly {@link idstation.v1.GetSnapshotResult.verify|verify} messages.
             * @param message GetSnapshotResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetSnapshotResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSnapshotResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetSnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetSnapshotResult;

            /**
             * Verifies a GetSnapshotResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSnapshotResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSnapshotResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetSnapshotResult;

            /**
             * Creates a plain object from a GetSnapshotResult message. Also converts values to other types if specified.
             * @param message GetSnapshotResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetSnapshotResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSnapshotResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** FingerPosition enum. */
        enum FingerPosition {
            FINGER_POSITION_UNKNOWN = 0,
            FINGER_POSITION_RIGHT_THUMB = 1,
            FINGER_POSITION_RIGHT_INDEX = 2,
            FINGER_POSITION_RIGHT_MIDDLE = 3,
            FINGER_POSITION_RIGHT_RING = 4,
            FINGER_POSITION_RIGHT_LITTLE = 5,
            FINGER_POSITION_LEFT_THUMB = 6,
            FINGER_POSITION_LEFT_INDEX = 7,
            FINGER_POSITION_LEFT_MIDDLE = 8,
            FINGER_POSITION_LEFT_RING = 9,
            FINGER_POSITION_LEFT_LITTLE = 10
        }

        /** CaptureUnit enum. */
        enum CaptureUnit {
            CAPTURE_UNIT_UNSPECIFIED = 0,
            CAPTURE_UNIT_SINGLE_FINGER = 1,
            CAPTURE_UNIT_LEFT_SLAP = 2,
            CAPTURE_UNIT_RIGHT_SLAP = 3,
            CAPTURE_UNIT_TWO_THUMBS = 4
        }

        /** ExceptionReason enum. */
        enum ExceptionReason {
            EXCEPTION_REASON_UNSPECIFIED = 0,
            EXCEPTION_REASON_AMPUTATED = 1,
            EXCEPTION_REASON_UNABLE_TO_PRINT = 2,
            EXCEPTION_REASON_BANDAGED = 3,
            EXCEPTION_REASON_SCAR = 4,
            EXCEPTION_REASON_TEMPORARY = 5
        }

        /** Properties of a FingerException. */
        interface IFingerException {

            /** FingerException position */
            position?: (idstation.v1.FingerPosition|null);

            /** FingerException reason */
            reason?: (idstation.v1.ExceptionReason|null);
        }

        /** Represents a FingerException. */
        class FingerException implements IFingerException {

            /**
             * Constructs a new FingerException.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IFingerException);

            /** FingerException position. */
            public position: idstation.v1.FingerPosition;

            /** FingerException reason. */
            public reason: idstation.v1.ExceptionReason;

            /**
             * Creates a new FingerException instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerException instance
             */
            public static create(properties?: idstation.v1.IFingerException): idstation.v1.FingerException;

            /**
             * Encodes the specified FingerException message. Does not implicitly {@link idstation.v1.FingerException.verify|verify} messages.
             * @param message FingerException message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IFingerException, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerException message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FingerException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.FingerException;

            /**
             * Verifies a FingerException message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerException message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerException
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.FingerException;

            /**
             * Creates a plain object from a FingerException message. Also converts values to other types if specified.
             * @param message FingerException
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.FingerException, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerException to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetScannerInfo. */
        interface IGetScannerInfo {

            /** GetScannerInfo deviceId */
            deviceId?: (string|null);
        }

        /** Represents a GetScannerInfo. */
        class GetScannerInfo implements IGetScannerInfo {

            /**
             * Constructs a new GetScannerInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetScannerInfo);

            /** GetScannerInfo deviceId. */
            public deviceId: string;

            /**
             * Creates a new GetScannerInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetScannerInfo instance
             */
            public static create(properties?: idstation.v1.IGetScannerInfo): idstation.v1.GetScannerInfo;

            /**
             * Encodes the specified GetScannerInfo message. Does not implicitly {@link idstation.v1.GetScannerInfo.verify|verify} messages.
             * @param message GetScannerInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetScannerInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetScannerInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetScannerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetScannerInfo;

            /**
             * Verifies a GetScannerInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetScannerInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetScannerInfo
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetScannerInfo;

            /**
             * Creates a plain object from a GetScannerInfo message. Also converts values to other types if specified.
             * @param message GetScannerInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetScannerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetScannerInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetScannerInfoResult. */
        interface IGetScannerInfoResult {

            /** GetScannerInfoResult model */
            model?: (string|null);

            /** GetScannerInfoResult serialNumber */
            serialNumber?: (string|null);

            /** GetScannerInfoResult firmware */
            firmware?: (string|null);

            /** GetScannerInfoResult units */
            units?: (idstation.v1.CaptureUnit[]|null);

            /** GetScannerInfoResult resolutionPpi */
            resolutionPpi?: (number|null);

            /** GetScannerInfoResult deviceTemplates */
            deviceTemplates?: (boolean|null);

            /** GetScannerInfoResult deviceQuality */
            deviceQuality?: (boolean|null);

            /** GetScannerInfoResult deviceMatch */
            deviceMatch?: (boolean|null);
        }

        /** Represents a GetScannerInfoResult. */
        class GetScannerInfoResult implements IGetScannerInfoResult {

            /**
             * Constructs a new GetScannerInfoResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetScannerInfoResult);

            /** GetScannerInfoResult model. */
            public model: string;

            /** GetScannerInfoResult serialNumber. */
            public serialNumber: string;

            /** GetScannerInfoResult firmware. */
            public firmware: string;

            /** GetScannerInfoResult units. */
            public units: idstation.v1.CaptureUnit[];

            /** GetScannerInfoResult resolutionPpi. */
            public resolutionPpi: number;

            /** GetScannerInfoResult deviceTemplates. */
            public deviceTemplates: boolean;

            /** GetScannerInfoResult deviceQuality. */
            public deviceQuality: boolean;

            /** GetScannerInfoResult deviceMatch. */
            public deviceMatch: boolean;

            /**
             * Creates a new GetScannerInfoResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetScannerInfoResult instance
             */
            public static create(properties?: idstation.v1.IGetScannerInfoResult): idstation.v1.GetScannerInfoResult;

            /**
             * Encodes the specified GetScannerInfoResult message. Does not implicitly {@link idstation.v1.GetScannerInfoResult.verify|verify} messages.
             * @param message GetScannerInfoResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetScannerInfoResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetScannerInfoResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetScannerInfoResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetScannerInfoResult;

            /**
             * Verifies a GetScannerInfoResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetScannerInfoResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetScannerInfoResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetScannerInfoResult;

            /**
             * Creates a plain object from a GetScannerInfoResult message. Also converts values to other types if specified.
             * @param message GetScannerInfoResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetScannerInfoResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetScannerInfoResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a SelfTestScanner. */
        interface ISelfTestScanner {

            /** SelfTestScanner deviceId */
            deviceId?: (string|null);
        }

        /** Represents a SelfTestScanner. */
        class SelfTestScanner implements ISelfTestScanner {

            /**
             * Constructs a new SelfTestScanner.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ISelfTestScanner);

            /** SelfTestScanner deviceId. */
            public deviceId: string;

            /**
             * Creates a new SelfTestScanner instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelfTestScanner instance
             */
            public static create(properties?: idstation.v1.ISelfTestScanner): idstation.v1.SelfTestScanner;

            /**
             * Encodes the specified SelfTestScanner message. Does not implicitly {@link idstation.v1.SelfTestScanner.verify|verify} messages.
             * @param message SelfTestScanner message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ISelfTestScanner, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelfTestScanner message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SelfTestScanner
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.SelfTestScanner;

            /**
             * Verifies a SelfTestScanner message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelfTestScanner message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelfTestScanner
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.SelfTestScanner;

            /**
             * Creates a plain object from a SelfTestScanner message. Also converts values to other types if specified.
             * @param message SelfTestScanner
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.SelfTestScanner, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelfTestScanner to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a SelfTestScannerResult. */
        interface ISelfTestScannerResult {

            /** SelfTestScannerResult passed */
            passed?: (boolean|null);

            /** SelfTestScannerResult checks */
            checks?: ({ [k: string]: string }|null);
        }

        /** Represents a SelfTestScannerResult. */
        class SelfTestScannerResult implements ISelfTestScannerResult {

            /**
             * Constructs a new SelfTestScannerResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ISelfTestScannerResult);

            /** SelfTestScannerResult passed. */
            public passed: boolean;

            /** SelfTestScannerResult checks. */
            public checks: { [k: string]: string };

            /**
             * Creates a new SelfTestScannerResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SelfTestScannerResult instance
             */
            public static create(properties?: idstation.v1.ISelfTestScannerResult): idstation.v1.SelfTestScannerResult;

            /**
             * Encodes the specified SelfTestScannerResult message. Does not implicitly {@link idstation.v1.SelfTestScannerResult.verify|verify} messages.
             * @param message SelfTestScannerResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ISelfTestScannerResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SelfTestScannerResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SelfTestScannerResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.SelfTestScannerResult;

            /**
             * Verifies a SelfTestScannerResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SelfTestScannerResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SelfTestScannerResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.SelfTestScannerResult;

            /**
             * Creates a plain object from a SelfTestScannerResult message. Also converts values to other types if specified.
             * @param message SelfTestScannerResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.SelfTestScannerResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SelfTestScannerResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CaptureFingerprints. */
        interface ICaptureFingerprints {

            /** CaptureFingerprints deviceId */
            deviceId?: (string|null);

            /** CaptureFingerprints transactionId */
            transactionId?: (string|null);

            /** CaptureFingerprints unit */
            unit?: (idstation.v1.CaptureUnit|null);

            /** CaptureFingerprints finger */
            finger?: (idstation.v1.FingerPosition|null);

            /** CaptureFingerprints exceptions */
            exceptions?: (idstation.v1.IFingerException[]|null);

            /** CaptureFingerprints count */
            count?: (number|null);

            /** CaptureFingerprints requestedScore */
            requestedScore?: (number|null);

            /** CaptureFingerprints timeoutMs */
            timeoutMs?: (number|null);

            /** CaptureFingerprints previewFps */
            previewFps?: (number|null);

            /** CaptureFingerprints enrolmentId */
            enrolmentId?: (string|null);

            /** CaptureFingerprints retries */
            retries?: (number|null);
        }

        /** Represents a CaptureFingerprints. */
        class CaptureFingerprints implements ICaptureFingerprints {

            /**
             * Constructs a new CaptureFingerprints.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICaptureFingerprints);

            /** CaptureFingerprints deviceId. */
            public deviceId: string;

            /** CaptureFingerprints transactionId. */
            public transactionId: string;

            /** CaptureFingerprints unit. */
            public unit: idstation.v1.CaptureUnit;

            /** CaptureFingerprints finger. */
            public finger: idstation.v1.FingerPosition;

            /** CaptureFingerprints exceptions. */
            public exceptions: idstation.v1.IFingerException[];

            /** CaptureFingerprints count. */
            public count: number;

            /** CaptureFingerprints requestedScore. */
            public requestedScore: number;

            /** CaptureFingerprints timeoutMs. */
            public timeoutMs: number;

            /** CaptureFingerprints previewFps. */
            public previewFps: number;

            /** CaptureFingerprints enrolmentId. */
            public enrolmentId: string;

            /** CaptureFingerprints retries. */
            public retries: number;

            /**
             * Creates a new CaptureFingerprints instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureFingerprints instance
             */
            public static create(properties?: idstation.v1.ICaptureFingerprints): idstation.v1.CaptureFingerprints;

            /**
             * Encodes the specified CaptureFingerprints message. Does not implicitly {@link idstation.v1.CaptureFingerprints.verify|verify} messages.
             * @param message CaptureFingerprints message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICaptureFingerprints, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureFingerprints message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CaptureFingerprints
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CaptureFingerprints;

            /**
             * Verifies a CaptureFingerprints message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CaptureFingerprints message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CaptureFingerprints
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CaptureFingerprints;

            /**
             * Creates a plain object from a CaptureFingerprints message. Also converts values to other types if specified.
             * @param message CaptureFingerprints
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CaptureFingerprints, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CaptureFingerprints to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** FingerStatus enum. */
        enum FingerStatus {
            FINGER_STATUS_UNSPECIFIED = 0,
            FINGER_STATUS_CAPTURED = 1,
            FINGER_STATUS_EXCEPTION_DECLARED = 2,
            FINGER_STATUS_NOT_DETECTED = 3
        }

        /** Properties of a CapturedFingerprint. */
        interface ICapturedFingerprint {

            /** CapturedFingerprint position */
            position?: (idstation.v1.FingerPosition|null);

            /** CapturedFingerprint status */
            status?: (idstation.v1.FingerStatus|null);

            /** CapturedFingerprint qualityScore */
            qualityScore?: (number|null);

            /** CapturedFingerprint qualityMethod */
            qualityMethod?: (string|null);

            /** CapturedFingerprint recordAttachment */
            recordAttachment?: (number|null);

            /** CapturedFingerprint pngAttachment */
            pngAttachment?: (number|null);

            /** CapturedFingerprint width */
            width?: (number|null);

            /** CapturedFingerprint height */
            height?: (number|null);

            /** CapturedFingerprint resolutionPpi */
            resolutionPpi?: (number|null);

            /** CapturedFingerprint templateSource */
            templateSource?: (string|null);

            /** CapturedFingerprint exceptionReason */
            exceptionReason?: (idstation.v1.ExceptionReason|null);
        }

        /** Represents a CapturedFingerprint. */
        class CapturedFingerprint implements ICapturedFingerprint {

            /**
             * Constructs a new CapturedFingerprint.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICapturedFingerprint);

            /** CapturedFingerprint position. */
            public position: idstation.v1.FingerPosition;

            /** CapturedFingerprint status. */
            public status: idstation.v1.FingerStatus;

            /** CapturedFingerprint qualityScore. */
            public qualityScore: number;

            /** CapturedFingerprint qualityMethod. */
            public qualityMethod: string;

            /** CapturedFingerprint recordAttachment. */
            public recordAttachment: number;

            /** CapturedFingerprint pngAttachment. */
            public pngAttachment: number;

            /** CapturedFingerprint width. */
            public width: number;

            /** CapturedFingerprint height. */
            public height: number;

            /** CapturedFingerprint resolutionPpi. */
            public resolutionPpi: number;

            /** CapturedFingerprint templateSource. */
            public templateSource: string;

            /** CapturedFingerprint exceptionReason. */
            public exceptionReason: idstation.v1.ExceptionReason;

            /**
             * Creates a new CapturedFingerprint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CapturedFingerprint instance
             */
            public static create(properties?: idstation.v1.ICapturedFingerprint): idstation.v1.CapturedFingerprint;

            /**
             * Encodes the specified CapturedFingerprint message. Does not implicitly {@link idstation.v1.CapturedFingerprint.verify|verify} messages.
             * @param message CapturedFingerprint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICapturedFingerprint, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CapturedFingerprint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CapturedFingerprint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CapturedFingerprint;

            /**
             * Verifies a CapturedFingerprint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CapturedFingerprint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CapturedFingerprint
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CapturedFingerprint;

            /**
             * Creates a plain object from a CapturedFingerprint message. Also converts values to other types if specified.
             * @param message CapturedFingerprint
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CapturedFingerprint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CapturedFingerprint to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a DuplicateFinger. */
        interface IDuplicateFinger {

            /** DuplicateFinger position */
            position?: (idstation.v1.FingerPosition|null);

            /** DuplicateFinger matchesPosition */
            matchesPosition?: (idstation.v1.FingerPosition|null);

            /** DuplicateFinger matchesTransactionId */
            matchesTransactionId?: (string|null);

            /** DuplicateFinger score */
            score?: (number|null);
        }

        /** Represents a DuplicateFinger. */
        class DuplicateFinger implements IDuplicateFinger {

            /**
             * Constructs a new DuplicateFinger.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IDuplicateFinger);

            /** DuplicateFinger position. */
            public position: idstation.v1.FingerPosition;

            /** DuplicateFinger matchesPosition. */
            public matchesPosition: idstation.v1.FingerPosition;

            /** DuplicateFinger matchesTransactionId. */
            public matchesTransactionId: string;

            /** DuplicateFinger score. */
            public score: number;

            /**
             * Creates a new DuplicateFinger instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DuplicateFinger instance
             */
            public static create(properties?: idstation.v1.IDuplicateFinger): idstation.v1.DuplicateFinger;

            /**
             * Encodes the specified DuplicateFinger message. Does not implicitly {@link idstation.v1.DuplicateFinger.verify|verify} messages.
             * @param message DuplicateFinger message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IDuplicateFinger, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DuplicateFinger message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DuplicateFinger
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.DuplicateFinger;

            /**
             * Verifies a DuplicateFinger message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DuplicateFinger message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DuplicateFinger
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.DuplicateFinger;

            /**
             * Creates a plain object from a DuplicateFinger message. Also converts values to other types if specified.
             * @param message DuplicateFinger
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.DuplicateFinger, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DuplicateFinger to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** CaptureOutcomeKind enum. */
        enum CaptureOutcomeKind {
            CAPTURE_OUTCOME_KIND_UNSPECIFIED = 0,
            CAPTURE_OUTCOME_KIND_CAPTURED = 1,
            CAPTURE_OUTCOME_KIND_NO_FINGER = 2,
            CAPTURE_OUTCOME_KIND_CANCELED = 3
        }

        /** Properties of a CaptureFingerprintsResult. */
        interface ICaptureFingerprintsResult {

            /** CaptureFingerprintsResult transactionId */
            transactionId?: (string|null);

            /** CaptureFingerprintsResult outcome */
            outcome?: (idstation.v1.CaptureOutcomeKind|null);

            /** CaptureFingerprintsResult metThreshold */
            metThreshold?: (boolean|null);

            /** CaptureFingerprintsResult fingers */
            fingers?: (idstation.v1.ICapturedFingerprint[]|null);

            /** CaptureFingerprintsResult duplicates */
            duplicates?: (idstation.v1.IDuplicateFinger[]|null);

            /** CaptureFingerprintsResult deviceMs */
            deviceMs?: (number|null);

            /** CaptureFingerprintsResult agentMs */
            agentMs?: (number|null);

            /** CaptureFingerprintsResult retriesUsed */
            retriesUsed?: (number|null);

            /** CaptureFingerprintsResult deviceCallMs */
            deviceCallMs?: (number|null);
        }

        /** Represents a CaptureFingerprintsResult. */
        class CaptureFingerprintsResult implements ICaptureFingerprintsResult {

            /**
             * Constructs a new CaptureFingerprintsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICaptureFingerprintsResult);

            /** CaptureFingerprintsResult transactionId. */
            public transactionId: string;

            /** CaptureFingerprintsResult outcome. */
            public outcome: idstation.v1.CaptureOutcomeKind;

            /** CaptureFingerprintsResult metThreshold. */
            public metThreshold: boolean;

            /** CaptureFingerprintsResult fingers. */
            public fingers: idstation.v1.ICapturedFingerprint[];

            /** CaptureFingerprintsResult duplicates. */
            public duplicates: idstation.v1.IDuplicateFinger[];

            /** CaptureFingerprintsResult deviceMs. */
            public deviceMs: number;

            /** CaptureFingerprintsResult agentMs. */
            public agentMs: number;

            /** CaptureFingerprintsResult retriesUsed. */
            public retriesUsed: number;

            /** CaptureFingerprintsResult deviceCallMs. */
            public deviceCallMs: number;

            /**
             * Creates a new CaptureFingerprintsResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CaptureFingerprintsResult instance
             */
            public static create(properties?: idstation.v1.ICaptureFingerprintsResult): idstation.v1.CaptureFingerprintsResult;

            /**
             * Encodes the specified CaptureFingerprintsResult message. Does not implicitly {@link idstation.v1.CaptureFingerprintsResult.verify|verify} messages.
             * @param message CaptureFingerprintsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICaptureFingerprintsResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CaptureFingerprintsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CaptureFingerprintsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CaptureFingerprintsResult;

            /**
             * Verifies a CaptureFingerprintsResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CaptureFingerprintsResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CaptureFingerprintsResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CaptureFingerprintsResult;

            /**
             * Creates a plain object from a CaptureFingerprintsResult message. Also converts values to other types if specified.
             * @param message CaptureFingerprintsResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CaptureFingerprintsResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CaptureFingerprintsResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelCapture. */
        interface ICancelCapture {

            /** CancelCapture deviceId */
            deviceId?: (string|null);

            /** CancelCapture transactionId */
            transactionId?: (string|null);
        }

        /** Represents a CancelCapture. */
        class CancelCapture implements ICancelCapture {

            /**
             * Constructs a new CancelCapture.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelCapture);

            /** CancelCapture deviceId. */
            public deviceId: string;

            /** CancelCapture transactionId. */
            public transactionId: string;

            /**
             * Creates a new CancelCapture instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelCapture instance
             */
            public static create(properties?: idstation.v1.ICancelCapture): idstation.v1.CancelCapture;

            /**
             * Encodes the specified CancelCapture message. Does not implicitly {@link idstation.v1.CancelCapture.verify|verify} messages.
             * @param message CancelCapture message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelCapture, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelCapture message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelCapture
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelCapture;

            /**
             * Verifies a CancelCapture message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelCapture message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelCapture
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelCapture;

            /**
             * Creates a plain object from a CancelCapture message. Also converts values to other types if specified.
             * @param message CancelCapture
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelCapture, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelCapture to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a CancelCaptureResult. */
        interface ICancelCaptureResult {
        }

        /** Represents a CancelCaptureResult. */
        class CancelCaptureResult implements ICancelCaptureResult {

            /**
             * Constructs a new CancelCaptureResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.ICancelCaptureResult);

            /**
             * Creates a new CancelCaptureResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelCaptureResult instance
             */
            public static create(properties?: idstation.v1.ICancelCaptureResult): idstation.v1.CancelCaptureResult;

            /**
             * Encodes the specified CancelCaptureResult message. Does not implicitly {@link idstation.v1.CancelCaptureResult.verify|verify} messages.
             * @param message CancelCaptureResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.ICancelCaptureResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelCaptureResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns CancelCaptureResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.CancelCaptureResult;

            /**
             * Verifies a CancelCaptureResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelCaptureResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelCaptureResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.CancelCaptureResult;

            /**
             * Creates a plain object from a CancelCaptureResult message. Also converts values to other types if specified.
             * @param message CancelCaptureResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.CancelCaptureResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelCaptureResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a FingerQuality. */
        interface IFingerQuality {

            /** FingerQuality position */
            position?: (idstation.v1.FingerPosition|null);

            /** FingerQuality score */
            score?: (number|null);
        }

        /** Represents a FingerQuality. */
        class FingerQuality implements IFingerQuality {

            /**
             * Constructs a new FingerQuality.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IFingerQuality);

            /** FingerQuality position. */
            public position: idstation.v1.FingerPosition;

            /** FingerQuality score. */
            public score: number;

            /**
             * Creates a new FingerQuality instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerQuality instance
             */
            public static create(properties?: idstation.v1.IFingerQuality): idstation.v1.FingerQuality;

            /**
             * Encodes the specified FingerQuality message. Does not implicitly {@link idstation.v1.FingerQuality.verify|verify} messages.
             * @param message FingerQuality message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IFingerQuality, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerQuality message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FingerQuality
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.FingerQuality;

            /**
             * Verifies a FingerQuality message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerQuality message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerQuality
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.FingerQuality;

            /**
             * Creates a plain object from a FingerQuality message. Also converts values to other types if specified.
             * @param message FingerQuality
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.FingerQuality, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerQuality to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a FingerprintPreview. */
        interface IFingerprintPreview {

            /** FingerprintPreview deviceId */
            deviceId?: (string|null);

            /** FingerprintPreview transactionId */
            transactionId?: (string|null);

            /** FingerprintPreview sequence */
            sequence?: (number|null);

            /** FingerprintPreview width */
            width?: (number|null);

            /** FingerprintPreview height */
            height?: (number|null);

            /** FingerprintPreview pixels */
            pixels?: (Uint8Array|null);

            /** FingerprintPreview quality */
            quality?: (idstation.v1.IFingerQuality[]|null);
        }

        /** Represents a FingerprintPreview. */
        class FingerprintPreview implements IFingerprintPreview {

            /**
             * Constructs a new FingerprintPreview.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IFingerprintPreview);

            /** FingerprintPreview deviceId. */
            public deviceId: string;

            /** FingerprintPreview transactionId. */
            public transactionId: string;

            /** FingerprintPreview sequence. */
            public sequence: number;

            /** FingerprintPreview width. */
            public width: number;

            /** FingerprintPreview height. */
            public height: number;

            /** FingerprintPreview pixels. */
            public pixels: Uint8Array;

            /** FingerprintPreview quality. */
            public quality: idstation.v1.IFingerQuality[];

            /**
             * Creates a new FingerprintPreview instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FingerprintPreview instance
             */
            public static create(properties?: idstation.v1.IFingerprintPreview): idstation.v1.FingerprintPreview;

            /**
             * Encodes the specified FingerprintPreview message. Does not implicitly {@link idstation.v1.FingerprintPreview.verify|verify} messages.
             * @param message FingerprintPreview message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IFingerprintPreview, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FingerprintPreview message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FingerprintPreview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.FingerprintPreview;

            /**
             * Verifies a FingerprintPreview message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FingerprintPreview message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FingerprintPreview
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.FingerprintPreview;

            /**
             * Creates a plain object from a FingerprintPreview message. Also converts values to other types if specified.
             * @param message FingerprintPreview
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.FingerprintPreview, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FingerprintPreview to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an IssuanceFingerprints. */
        interface IIssuanceFingerprints {

            /** IssuanceFingerprints deviceId */
            deviceId?: (string|null);

            /** IssuanceFingerprints positions */
            positions?: (idstation.v1.FingerPosition[]|null);

            /** IssuanceFingerprints timeoutMs */
            timeoutMs?: (number|null);

            /** IssuanceFingerprints requestedScore */
            requestedScore?: (number|null);
        }

        /** Represents an IssuanceFingerprints. */
        class IssuanceFingerprints implements IIssuanceFingerprints {

            /**
             * Constructs a new IssuanceFingerprints.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IIssuanceFingerprints);

            /** IssuanceFingerprints deviceId. */
            public deviceId: string;

            /** IssuanceFingerprints positions. */
            public positions: idstation.v1.FingerPosition[];

            /** IssuanceFingerprints timeoutMs. */
            public timeoutMs: number;

            /** IssuanceFingerprints requestedScore. */
            public requestedScore: number;

            /**
             * Creates a new IssuanceFingerprints instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssuanceFingerprints instance
             */
            public static create(properties?: idstation.v1.IIssuanceFingerprints): idstation.v1.IssuanceFingerprints;

            /**
             * Encodes the specified IssuanceFingerprints message. Does not implicitly {@link idstation.v1.IssuanceFingerprints.verify|verify} messages.
             * @param message IssuanceFingerprints message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IIssuanceFingerprints, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssuanceFingerprints message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns IssuanceFingerprints
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.IssuanceFingerprints;

            /**
             * Verifies an IssuanceFingerprints message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IssuanceFingerprints message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssuanceFingerprints
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.IssuanceFingerprints;

            /**
             * Creates a plain object from an IssuanceFingerprints message. Also converts values to other types if specified.
             * @param message IssuanceFingerprints
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.IssuanceFingerprints, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssuanceFingerprints to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an IssueIdCard. */
        interface IIssueIdCard {

            /** IssueIdCard printerId */
            printerId?: (string|null);

            /** IssueIdCard encoderId */
            encoderId?: (string|null);

            /** IssueIdCard document */
            document?: (idstation.v1.IDocumentData|null);

            /** IssueIdCard faceAttachment */
            faceAttachment?: (number|null);

            /** IssueIdCard frontAttachment */
            frontAttachment?: (number|null);

            /** IssueIdCard backAttachment */
            backAttachment?: (number|null);

            /** IssueIdCard fingerAttachments */
            fingerAttachments?: (number[]|null);

            /** IssueIdCard fingerprints */
            fingerprints?: (idstation.v1.IIssuanceFingerprints|null);

            /** IssueIdCard activeAuthentication */
            activeAuthentication?: (boolean|null);

            /** IssueIdCard profile */
            profile?: (string|null);

            /** IssueIdCard applicant */
            applicant?: (idstation.v1.IApplicant|null);
        }

        /** Represents an IssueIdCard. */
        class IssueIdCard implements IIssueIdCard {

            /**
             * Constructs a new IssueIdCard.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IIssueIdCard);

            /** IssueIdCard printerId. */
            public printerId: string;

            /** IssueIdCard encoderId. */
            public encoderId: string;

            /** IssueIdCard document. */
            public document?: (idstation.v1.IDocumentData|null);

            /** IssueIdCard faceAttachment. */
            public faceAttachment: number;

            /** IssueIdCard frontAttachment. */
            public frontAttachment: number;

            /** IssueIdCard backAttachment. */
            public backAttachment: number;

            /** IssueIdCard fingerAttachments. */
            public fingerAttachments: number[];

            /** IssueIdCard fingerprints. */
            public fingerprints?: (idstation.v1.IIssuanceFingerprints|null);

            /** IssueIdCard activeAuthentication. */
            public activeAuthentication: boolean;

            /** IssueIdCard profile. */
            public profile: string;

            /** IssueIdCard applicant. */
            public applicant?: (idstation.v1.IApplicant|null);

            /**
             * Creates a new IssueIdCard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssueIdCard instance
             */
            public static create(properties?: idstation.v1.IIssueIdCard): idstation.v1.IssueIdCard;

            /**
             * Encodes the specified IssueIdCard message. Does not implicitly {@link idstation.v1.IssueIdCard.verify|verify} messages.
             * @param message IssueIdCard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IIssueIdCard, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssueIdCard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns IssueIdCard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.IssueIdCard;

            /**
             * Verifies an IssueIdCard message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IssueIdCard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssueIdCard
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.IssueIdCard;

            /**
             * Creates a plain object from an IssueIdCard message. Also converts values to other types if specified.
             * @param message IssueIdCard
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.IssueIdCard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssueIdCard to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an IssuePassport. */
        interface IIssuePassport {

            /** IssuePassport printerId */
            printerId?: (string|null);

            /** IssuePassport encoderId */
            encoderId?: (string|null);

            /** IssuePassport document */
            document?: (idstation.v1.IDocumentData|null);

            /** IssuePassport faceAttachment */
            faceAttachment?: (number|null);

            /** IssuePassport dataPageAttachment */
            dataPageAttachment?: (number|null);

            /** IssuePassport fingerAttachments */
            fingerAttachments?: (number[]|null);

            /** IssuePassport fingerprints */
            fingerprints?: (idstation.v1.IIssuanceFingerprints|null);

            /** IssuePassport activeAuthentication */
            activeAuthentication?: (boolean|null);

            /** IssuePassport profile */
            profile?: (string|null);

            /** IssuePassport applicant */
            applicant?: (idstation.v1.IApplicant|null);
        }

        /** Represents an IssuePassport. */
        class IssuePassport implements IIssuePassport {

            /**
             * Constructs a new IssuePassport.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IIssuePassport);

            /** IssuePassport printerId. */
            public printerId: string;

            /** IssuePassport encoderId. */
            public encoderId: string;

            /** IssuePassport document. */
            public document?: (idstation.v1.IDocumentData|null);

            /** IssuePassport faceAttachment. */
            public faceAttachment: number;

            /** IssuePassport dataPageAttachment. */
            public dataPageAttachment: number;

            /** IssuePassport fingerAttachments. */
            public fingerAttachments: number[];

            /** IssuePassport fingerprints. */
            public fingerprints?: (idstation.v1.IIssuanceFingerprints|null);

            /** IssuePassport activeAuthentication. */
            public activeAuthentication: boolean;

            /** IssuePassport profile. */
            public profile: string;

            /** IssuePassport applicant. */
            public applicant?: (idstation.v1.IApplicant|null);

            /**
             * Creates a new IssuePassport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssuePassport instance
             */
            public static create(properties?: idstation.v1.IIssuePassport): idstation.v1.IssuePassport;

            /**
             * Encodes the specified IssuePassport message. Does not implicitly {@link idstation.v1.IssuePassport.verify|verify} messages.
             * @param message IssuePassport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IIssuePassport, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssuePassport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns IssuePassport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.IssuePassport;

            /**
             * Verifies an IssuePassport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IssuePassport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssuePassport
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.IssuePassport;

            /**
             * Creates a plain object from an IssuePassport message. Also converts values to other types if specified.
             * @param message IssuePassport
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.IssuePassport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssuePassport to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an IssueResult. */
        interface IIssueResult {

            /** IssueResult job */
            job?: (idstation.v1.IJob|null);

            /** IssueResult replayed */
            replayed?: (boolean|null);
        }

        /** Represents an IssueResult. */
        class IssueResult implements IIssueResult {

            /**
             * Constructs a new IssueResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IIssueResult);

            /** IssueResult job. */
            public job?: (idstation.v1.IJob|null);

            /** IssueResult replayed. */
            public replayed: boolean;

            /**
             * Creates a new IssueResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IssueResult instance
             */
            public static create(properties?: idstation.v1.IIssueResult): idstation.v1.IssueResult;

            /**
             * Encodes the specified IssueResult message. Does not implicitly {@link idstation.v1.IssueResult.verify|verify} messages.
             * @param message IssueResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IIssueResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IssueResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns IssueResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.IssueResult;

            /**
             * Verifies an IssueResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IssueResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IssueResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.IssueResult;

            /**
             * Creates a plain object from an IssueResult message. Also converts values to other types if specified.
             * @param message IssueResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.IssueResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IssueResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PrinterInfo. */
        interface IPrinterInfo {

            /** PrinterInfo model */
            model?: (string|null);

            /** PrinterInfo serialNumber */
            serialNumber?: (string|null);

            /** PrinterInfo firmware */
            firmware?: (string|null);

            /** PrinterInfo medium */
            medium?: (string|null);

            /** PrinterInfo stations */
            stations?: (string[]|null);

            /** PrinterInfo faces */
            faces?: (string[]|null);

            /** PrinterInfo dpi */
            dpi?: (number|null);

            /** PrinterInfo widthPx */
            widthPx?: (number|null);

            /** PrinterInfo heightPx */
            heightPx?: (number|null);
        }

        /** Represents a PrinterInfo. */
        class PrinterInfo implements IPrinterInfo {

            /**
             * Constructs a new PrinterInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPrinterInfo);

            /** PrinterInfo model. */
            public model: string;

            /** PrinterInfo serialNumber. */
            public serialNumber: string;

            /** PrinterInfo firmware. */
            public firmware: string;

            /** PrinterInfo medium. */
            public medium: string;

            /** PrinterInfo stations. */
            public stations: string[];

            /** PrinterInfo faces. */
            public faces: string[];

            /** PrinterInfo dpi. */
            public dpi: number;

            /** PrinterInfo widthPx. */
            public widthPx: number;

            /** PrinterInfo heightPx. */
            public heightPx: number;

            /**
             * Creates a new PrinterInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrinterInfo instance
             */
            public static create(properties?: idstation.v1.IPrinterInfo): idstation.v1.PrinterInfo;

            /**
             * Encodes the specified PrinterInfo message. Does not implicitly {@link idstation.v1.PrinterInfo.verify|verify} messages.
             * @param message PrinterInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPrinterInfo, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrinterInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PrinterInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PrinterInfo;

            /**
             * Verifies a PrinterInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrinterInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrinterInfo
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PrinterInfo;

            /**
             * Creates a plain object from a PrinterInfo message. Also converts values to other types if specified.
             * @param message PrinterInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PrinterInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrinterInfo to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PrinterCounters. */
        interface IPrinterCounters {

            /** PrinterCounters fed */
            fed?: (number|null);

            /** PrinterCounters printed */
            printed?: (number|null);

            /** PrinterCounters ejected */
            ejected?: (number|null);

            /** PrinterCounters rejected */
            rejected?: (number|null);
        }

        /** Represents a PrinterCounters. */
        class PrinterCounters implements IPrinterCounters {

            /**
             * Constructs a new PrinterCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPrinterCounters);

            /** PrinterCounters fed. */
            public fed: number;

            /** PrinterCounters printed. */
            public printed: number;

            /** PrinterCounters ejected. */
            public ejected: number;

            /** PrinterCounters rejected. */
            public rejected: number;

            /**
             * Creates a new PrinterCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrinterCounters instance
             */
            public static create(properties?: idstation.v1.IPrinterCounters): idstation.v1.PrinterCounters;

            /**
             * Encodes the specified PrinterCounters message. Does not implicitly {@link idstation.v1.PrinterCounters.verify|verify} messages.
             * @param message PrinterCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPrinterCounters, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrinterCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PrinterCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PrinterCounters;

            /**
             * Verifies a PrinterCounters message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrinterCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrinterCounters
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PrinterCounters;

            /**
             * Creates a plain object from a PrinterCounters message. Also converts values to other types if specified.
             * @param message PrinterCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PrinterCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrinterCounters to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PrinterStatus. */
        interface IPrinterStatus {

            /** PrinterStatus position */
            position?: (string|null);

            /** PrinterStatus attention */
            attention?: (string[]|null);

            /** PrinterStatus faults */
            faults?: (string[]|null);

            /** PrinterStatus feederRemaining */
            feederRemaining?: (number|null);

            /** PrinterStatus ribbonRemaining */
            ribbonRemaining?: (number|null);

            /** PrinterStatus counters */
            counters?: (idstation.v1.IPrinterCounters|null);
        }

        /** Represents a PrinterStatus. */
        class PrinterStatus implements IPrinterStatus {

            /**
             * Constructs a new PrinterStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPrinterStatus);

            /** PrinterStatus position. */
            public position: string;

            /** PrinterStatus attention. */
            public attention: string[];

            /** PrinterStatus faults. */
            public faults: string[];

            /** PrinterStatus feederRemaining. */
            public feederRemaining: number;

            /** PrinterStatus ribbonRemaining. */
            public ribbonRemaining: number;

            /** PrinterStatus counters. */
            public counters?: (idstation.v1.IPrinterCounters|null);

            /**
             * Creates a new PrinterStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrinterStatus instance
             */
            public static create(properties?: idstation.v1.IPrinterStatus): idstation.v1.PrinterStatus;

            /**
             * Encodes the specified PrinterStatus message. Does not implicitly {@link idstation.v1.PrinterStatus.verify|verify} messages.
             * @param message PrinterStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPrinterStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrinterStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PrinterStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PrinterStatus;

            /**
             * Verifies a PrinterStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrinterStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrinterStatus
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PrinterStatus;

            /**
             * Creates a plain object from a PrinterStatus message. Also converts values to other types if specified.
             * @param message PrinterStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PrinterStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrinterStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetPrinterStatus. */
        interface IGetPrinterStatus {

            /** GetPrinterStatus deviceId */
            deviceId?: (string|null);
        }

        /** Represents a GetPrinterStatus. */
        class GetPrinterStatus implements IGetPrinterStatus {

            /**
             * Constructs a new GetPrinterStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetPrinterStatus);

            /** GetPrinterStatus deviceId. */
            public deviceId: string;

            /**
             * Creates a new GetPrinterStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetPrinterStatus instance
             */
            public static create(properties?: idstation.v1.IGetPrinterStatus): idstation.v1.GetPrinterStatus;

            /**
             * Encodes the specified GetPrinterStatus message. Does not implicitly {@link idstation.v1.GetPrinterStatus.verify|verify} messages.
             * @param message GetPrinterStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetPrinterStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetPrinterStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetPrinterStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetPrinterStatus;

            /**
             * Verifies a GetPrinterStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetPrinterStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetPrinterStatus
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetPrinterStatus;

            /**
             * Creates a plain object from a GetPrinterStatus message. Also converts values to other types if specified.
             * @param message GetPrinterStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetPrinterStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetPrinterStatus to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a GetPrinterStatusResult. */
        interface IGetPrinterStatusResult {

            /** GetPrinterStatusResult info */
            info?: (idstation.v1.IPrinterInfo|null);

            /** GetPrinterStatusResult status */
            status?: (idstation.v1.IPrinterStatus|null);
        }

        /** Represents a GetPrinterStatusResult. */
        class GetPrinterStatusResult implements IGetPrinterStatusResult {

            /**
             * Constructs a new GetPrinterStatusResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IGetPrinterStatusResult);

            /** GetPrinterStatusResult info. */
            public info?: (idstation.v1.IPrinterInfo|null);

            /** GetPrinterStatusResult status. */
            public status?: (idstation.v1.IPrinterStatus|null);

            /**
             * Creates a new GetPrinterStatusResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetPrinterStatusResult instance
             */
            public static create(properties?: idstation.v1.IGetPrinterStatusResult): idstation.v1.GetPrinterStatusResult;

            /**
             * Encodes the specified GetPrinterStatusResult message. Does not implicitly {@link idstation.v1.GetPrinterStatusResult.verify|verify} messages.
             * @param message GetPrinterStatusResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IGetPrinterStatusResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetPrinterStatusResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GetPrinterStatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.GetPrinterStatusResult;

            /**
             * Verifies a GetPrinterStatusResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetPrinterStatusResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetPrinterStatusResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.GetPrinterStatusResult;

            /**
             * Creates a plain object from a GetPrinterStatusResult message. Also converts values to other types if specified.
             * @param message GetPrinterStatusResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.GetPrinterStatusResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetPrinterStatusResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PrintTestCard. */
        interface IPrintTestCard {

            /** PrintTestCard deviceId */
            deviceId?: (string|null);
        }

        /** Represents a PrintTestCard. */
        class PrintTestCard implements IPrintTestCard {

            /**
             * Constructs a new PrintTestCard.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPrintTestCard);

            /** PrintTestCard deviceId. */
            public deviceId: string;

            /**
             * Creates a new PrintTestCard instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrintTestCard instance
             */
            public static create(properties?: idstation.v1.IPrintTestCard): idstation.v1.PrintTestCard;

            /**
             * Encodes the specified PrintTestCard message. Does not implicitly {@link idstation.v1.PrintTestCard.verify|verify} messages.
             * @param message PrintTestCard message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPrintTestCard, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrintTestCard message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PrintTestCard
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PrintTestCard;

            /**
             * Verifies a PrintTestCard message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrintTestCard message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrintTestCard
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PrintTestCard;

            /**
             * Creates a plain object from a PrintTestCard message. Also converts values to other types if specified.
             * @param message PrintTestCard
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PrintTestCard, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrintTestCard to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a PrintTestCardResult. */
        interface IPrintTestCardResult {

            /** PrintTestCardResult status */
            status?: (idstation.v1.IPrinterStatus|null);
        }

        /** Represents a PrintTestCardResult. */
        class PrintTestCardResult implements IPrintTestCardResult {

            /**
             * Constructs a new PrintTestCardResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IPrintTestCardResult);

            /** PrintTestCardResult status. */
            public status?: (idstation.v1.IPrinterStatus|null);

            /**
             * Creates a new PrintTestCardResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PrintTestCardResult instance
             */
            public static create(properties?: idstation.v1.IPrintTestCardResult): idstation.v1.PrintTestCardResult;

            /**
             * Encodes the specified PrintTestCardResult message. Does not implicitly {@link idstation.v1.PrintTestCardResult.verify|verify} messages.
             * @param message PrintTestCardResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IPrintTestCardResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PrintTestCardResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PrintTestCardResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.PrintTestCardResult;

            /**
             * Verifies a PrintTestCardResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PrintTestCardResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PrintTestCardResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.PrintTestCardResult;

            /**
             * Creates a plain object from a PrintTestCardResult message. Also converts values to other types if specified.
             * @param message PrintTestCardResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.PrintTestCardResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PrintTestCardResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an EjectMedium. */
        interface IEjectMedium {

            /** EjectMedium deviceId */
            deviceId?: (string|null);
        }

        /** Represents an EjectMedium. */
        class EjectMedium implements IEjectMedium {

            /**
             * Constructs a new EjectMedium.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IEjectMedium);

            /** EjectMedium deviceId. */
            public deviceId: string;

            /**
             * Creates a new EjectMedium instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EjectMedium instance
             */
            public static create(properties?: idstation.v1.IEjectMedium): idstation.v1.EjectMedium;

            /**
             * Encodes the specified EjectMedium message. Does not implicitly {@link idstation.v1.EjectMedium.verify|verify} messages.
             * @param message EjectMedium message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IEjectMedium, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EjectMedium message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EjectMedium
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.EjectMedium;

            /**
             * Verifies an EjectMedium message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EjectMedium message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EjectMedium
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.EjectMedium;

            /**
             * Creates a plain object from an EjectMedium message. Also converts values to other types if specified.
             * @param message EjectMedium
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.EjectMedium, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EjectMedium to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of an EjectMediumResult. */
        interface IEjectMediumResult {

            /** EjectMediumResult status */
            status?: (idstation.v1.IPrinterStatus|null);
        }

        /** Represents an EjectMediumResult. */
        class EjectMediumResult implements IEjectMediumResult {

            /**
             * Constructs a new EjectMediumResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IEjectMediumResult);

            /** EjectMediumResult status. */
            public status?: (idstation.v1.IPrinterStatus|null);

            /**
             * Creates a new EjectMediumResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EjectMediumResult instance
             */
            public static create(properties?: idstation.v1.IEjectMediumResult): idstation.v1.EjectMediumResult;

            /**
             * Encodes the specified EjectMediumResult message. Does not implicitly {@link idstation.v1.EjectMediumResult.verify|verify} messages.
             * @param message EjectMediumResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IEjectMediumResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EjectMediumResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EjectMediumResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.EjectMediumResult;

            /**
             * Verifies an EjectMediumResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EjectMediumResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EjectMediumResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.EjectMediumResult;

            /**
             * Creates a plain object from an EjectMediumResult message. Also converts values to other types if specified.
             * @param message EjectMediumResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.EjectMediumResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EjectMediumResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a RejectMedium. */
        interface IRejectMedium {

            /** RejectMedium deviceId */
            deviceId?: (string|null);
        }

        /** Represents a RejectMedium. */
        class RejectMedium implements IRejectMedium {

            /**
             * Constructs a new RejectMedium.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRejectMedium);

            /** RejectMedium deviceId. */
            public deviceId: string;

            /**
             * Creates a new RejectMedium instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RejectMedium instance
             */
            public static create(properties?: idstation.v1.IRejectMedium): idstation.v1.RejectMedium;

            /**
             * Encodes the specified RejectMedium message. Does not implicitly {@link idstation.v1.RejectMedium.verify|verify} messages.
             * @param message RejectMedium message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRejectMedium, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RejectMedium message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RejectMedium
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.RejectMedium;

            /**
             * Verifies a RejectMedium message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RejectMedium message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RejectMedium
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.RejectMedium;

            /**
             * Creates a plain object from a RejectMedium message. Also converts values to other types if specified.
             * @param message RejectMedium
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.RejectMedium, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RejectMedium to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }

        /** Properties of a RejectMediumResult. */
        interface IRejectMediumResult {

            /** RejectMediumResult status */
            status?: (idstation.v1.IPrinterStatus|null);
        }

        /** Represents a RejectMediumResult. */
        class RejectMediumResult implements IRejectMediumResult {

            /**
             * Constructs a new RejectMediumResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: idstation.v1.IRejectMediumResult);

            /** RejectMediumResult status. */
            public status?: (idstation.v1.IPrinterStatus|null);

            /**
             * Creates a new RejectMediumResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RejectMediumResult instance
             */
            public static create(properties?: idstation.v1.IRejectMediumResult): idstation.v1.RejectMediumResult;

            /**
             * Encodes the specified RejectMediumResult message. Does not implicitly {@link idstation.v1.RejectMediumResult.verify|verify} messages.
             * @param message RejectMediumResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: idstation.v1.IRejectMediumResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RejectMediumResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RejectMediumResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): idstation.v1.RejectMediumResult;

            /**
             * Verifies a RejectMediumResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RejectMediumResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RejectMediumResult
             */
            public static fromObject(object: { [k: string]: any }): idstation.v1.RejectMediumResult;

            /**
             * Creates a plain object from a RejectMediumResult message. Also converts values to other types if specified.
             * @param message RejectMediumResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: idstation.v1.RejectMediumResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RejectMediumResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };
        }
    }
}
