#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(349);
// CLI entry: hands the process's arguments and environment to runCli and sets the exit code.

process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: ./src/engine/errors.ts
// Typed errors. Each says what was wrong, where (file, field), the value and the limit, so the
// caller can act without reading our code. `kind` drives exit codes and caching:
// malformed input is permanent and never cached; network errors say whether a retry can help;
// configuration errors are the user's to fix.
class ProvenanceError extends Error {
}
/** The bytes of a model, tokenizer, database or archive break their format. Permanent. */
class MalformedInputError extends ProvenanceError {
    kind = "malformed";
    file;
    field;
    constructor(details, message) {
        super(`${details.file}${details.field === undefined ? "" : ` [${details.field}]`}: ${message}`);
        this.name = "MalformedInputError";
        this.file = details.file;
        this.field = details.field;
    }
}
/** A request failed: the server said no, broke the protocol, or could not be reached. */
class NetworkError extends ProvenanceError {
    kind = "network";
    url;
    status;
    retryable;
    constructor(details, message) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = "NetworkError";
        this.url = details.url;
        this.status = details.status;
        this.retryable = details.retryable;
    }
}
/** 401/403: the repository is private or gated and the request carried no usable token. */
class AccessDeniedError extends NetworkError {
    constructor(details, message) {
        super({ ...details, retryable: false }, message);
        this.name = "AccessDeniedError";
    }
}
/** 404: the repository, revision or file does not exist (or is hidden from this token). */
class NotFoundError extends NetworkError {
    constructor(details, message) {
        super({ ...details, retryable: false }, message);
        this.name = "NotFoundError";
    }
}
/** The user's input (a flag, a manifest, a model reference) is wrong; the message says the fix. */
class ConfigError extends ProvenanceError {
    kind = "config";
    file;
    line;
    column;
    constructor(details, message) {
        const where = details.file === undefined
            ? ""
            : `${details.file}${details.line === undefined ? "" : `:${details.line}`}${details.column === undefined ? "" : `:${details.column}`}: `;
        super(`${where}${message}`);
        this.name = "ConfigError";
        this.file = details.file;
        this.line = details.line;
        this.column = details.column;
    }
}

;// CONCATENATED MODULE: ./src/version.ts
// The release version; a test keeps it equal to package.json's.
const VERSION = "0.1.0";

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line parsing: one table of commands and flags, parsed once into a typed value before any
// work starts. Usage mistakes become UsageError (exit 2) with the fix in the message.

class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = "UsageError";
    }
}
const COMMON = {
    "hub-url": { type: "string" },
    token: { type: "string" },
    verbose: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
const COMMANDS = {
    inspect: {
        usage: "provenance-gate inspect <ref> [--json]",
        summary: "files, config summary, tensor table, and the bytes and requests it took",
        positionals: ["ref"],
        options: { json: { type: "boolean" } },
    },
    fingerprint: {
        usage: "provenance-gate fingerprint <ref> [--profile sampled|full] [--json]",
        summary: "metadata (MFI), tokenizer (TFV) and weight fingerprints with the reference's field names",
        positionals: ["ref"],
        options: { json: { type: "boolean" }, profile: { type: "string" } },
    },
    compare: {
        usage: "provenance-gate compare <a> <b> [--profile sampled|full] [--json | --plain]",
        summary: "MFI tier and score, weight signals, identity score, TFV, VOA, tokenizer score, verdict",
        positionals: ["a", "b"],
        options: { json: { type: "boolean" }, plain: { type: "boolean" }, profile: { type: "string" } },
    },
    "db check": {
        usage: "provenance-gate db check <dir> [--json]",
        summary: "re-derive arch_hash and param_bucket of every entry of a reference database",
        positionals: ["dir"],
        options: { json: { type: "boolean" } },
    },
};
function helpText() {
    const lines = ["Usage: provenance-gate <command> [options]", "", "Commands:"];
    for (const spec of Object.values(COMMANDS))
        lines.push(`  ${spec.usage}`, `      ${spec.summary}`);
    lines.push("", "Common options:", "  --hub-url URL   Hugging Face endpoint (default: HF_ENDPOINT or https://huggingface.co)", "  --token T       Hub access token (default: HF_TOKEN)", "  --verbose       more detail on errors", "  --help, -h      this text;  --version  the version", "", "Exit codes: 0 ok; 1 findings that fail, or a failed operation; 2 usage or configuration error");
    return lines.join("\n");
}
/** "db check …" is one command of two words; everything else is one word. */
function splitCommand(argv) {
    const [first = "", second, ...rest] = argv;
    if (first === "db" && second !== undefined && !second.startsWith("-"))
        return [`db ${second}`, rest];
    return [first, argv.slice(1)];
}
function parseCommandLine(argv) {
    const first = argv[0];
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
        return { kind: "help", text: helpText() };
    }
    if (first === "--version" || first === "-V")
        return { kind: "version" };
    const [name, rest] = splitCommand(argv);
    if (!Object.hasOwn(COMMANDS, name)) {
        const names = Object.keys(COMMANDS).join(", ");
        throw new UsageError(`unknown command "${name}"; commands: ${names} (see --help)`);
    }
    const command = name;
    const spec = COMMANDS[command];
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...rest],
            options: { ...COMMON, ...spec.options },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        throw new UsageError(`${err.message}\nusage: ${spec.usage}`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { kind: "help", text: `usage: ${spec.usage}\n  ${spec.summary}` };
    if (positionals.length !== spec.positionals.length) {
        const wanted = spec.positionals.map((p) => `<${p}>`).join(" ");
        throw new UsageError(`${command} takes ${wanted}, got ${positionals.length} argument(s)\nusage: ${spec.usage}`);
    }
    const common = {
        hubUrl: values["hub-url"],
        token: values.token,
        verbose: values.verbose === true,
    };
    if (values.json === true && values.plain === true) {
        throw new UsageError(`--json and --plain are mutually exclusive\nusage: ${spec.usage}`);
    }
    const profile = values.profile;
    if (profile !== undefined && profile !== "sampled" && profile !== "full") {
        throw new UsageError(`--profile must be sampled or full, got "${String(profile)}"\nusage: ${spec.usage}`);
    }
    return {
        kind: "run",
        name: command,
        args: positionals,
        json: values.json === true,
        plain: values.plain === true,
        profile,
        common,
    };
}

;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/utils.js
/**
 * Test whether a string contains an integer number
 */
function utils_isInteger(value) {
  return INTEGER_REGEX.test(value);
}
const INTEGER_REGEX = /^-?[0-9]+$/;

/**
 * Test whether a string contains a number
 * http://stackoverflow.com/questions/13340717/json-numbers-regular-expression
 */
function utils_isNumber(value) {
  return NUMBER_REGEX.test(value);
}
const NUMBER_REGEX = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Test whether a string can be safely represented with a number
 * without information loss.
 *
 * When approx is true, floating point numbers that lose a few digits but
 * are still approximately equal in value are considered safe too.
 * Integer numbers must still be exactly equal.
 */
function isSafeNumber(value, config) {
  if (utils_isInteger(value)) {
    return Number.isSafeInteger(Number.parseInt(value, 10));
  }
  const num = Number.parseFloat(value);
  // Reject unsafe integers written as floats, like '9007199254740992.0', which isInteger(value) misses.
  if (Number.isInteger(num) && !Number.isSafeInteger(num)) {
    return false;
  }
  const parsed = String(num);
  if (value === parsed) {
    return true;
  }
  const valueDigits = extractSignificantDigits(value);
  const parsedDigits = extractSignificantDigits(parsed);
  if (valueDigits === parsedDigits) {
    return true;
  }
  if (config?.approx === true) {
    // A floating point value is approximately equal when:
    // 1. it has at least 14 digits
    // 2. the first 14 digits are equal
    const requiredDigits = 14;
    if (parsedDigits.length >= requiredDigits && valueDigits.startsWith(parsedDigits.substring(0, requiredDigits))) {
      return true;
    }
  }
  return false;
}
let UnsafeNumberReason = /*#__PURE__*/function (UnsafeNumberReason) {
  UnsafeNumberReason["underflow"] = "underflow";
  UnsafeNumberReason["overflow"] = "overflow";
  UnsafeNumberReason["truncate_integer"] = "truncate_integer";
  UnsafeNumberReason["truncate_float"] = "truncate_float";
  return UnsafeNumberReason;
}({});

/**
 * When the provided value is an unsafe number, describe what the reason is:
 * overflow, underflow, truncate_integer, or truncate_float.
 * Returns undefined when the value is safe.
 */
function getUnsafeNumberReason(value) {
  if (isSafeNumber(value, {
    approx: false
  })) {
    return undefined;
  }
  if (utils_isInteger(value)) {
    return UnsafeNumberReason.truncate_integer;
  }
  const num = Number.parseFloat(value);
  if (!Number.isFinite(num)) {
    return UnsafeNumberReason.overflow;
  }
  if (num === 0) {
    return UnsafeNumberReason.underflow;
  }
  return UnsafeNumberReason.truncate_float;
}

/**
 * Convert a string into a number when it is safe to do so.
 * Throws an error otherwise, explaining the reason.
 */
function toSafeNumberOrThrow(value, config) {
  const number = Number.parseFloat(value);
  const unsafeReason = getUnsafeNumberReason(value);
  if (config?.approx === true ? unsafeReason && unsafeReason !== UnsafeNumberReason.truncate_float : unsafeReason) {
    const unsafeReasonText = unsafeReason?.replace(/_\w+$/, '');
    throw new Error(`Cannot safely convert to number: the value '${value}' would ${unsafeReasonText} and become ${number}`);
  }
  return number;
}

/**
 * Split a number into sign, digits, and exponent.
 * Leading zeros and non-canonical zeros are normalized.
 *
 * The value can be constructed again from a split number by inserting a dot
 * at the second character of the digits if there is more than one digit,
 * prepending it with the sign, and appending an "e" and the exponent as follows:
 *
 *     const reconstructed = `${sign}${digits[0]}.${digits.slice(1)}e${exponent}`
 *
 */
function splitNumber(value) {
  const match = value.match(/^(-?)(\d+(?:\.\d*)?)([eE]([+-]?\d+))?$/);
  if (!match) {
    throw new SyntaxError(`Invalid number: ${value}`);
  }
  const sign = match[1];
  const digitsStr = match[2];
  let exponent = match[4] !== undefined ? Number.parseInt(match[4], 10) : 0;
  const dot = digitsStr.indexOf('.');
  exponent += dot !== -1 ? dot - 1 : digitsStr.length - 1;
  const coefficient = digitsStr.replace('.', '');
  const {
    start,
    end
  } = getSignificantDigitRange(coefficient);
  exponent -= start;
  const digits = coefficient.slice(start, end);

  // normalize zero, for example normalizes 0e5 or -0 into 0
  return digits.length > 0 ? {
    sign,
    digits,
    exponent
  } : {
    sign: '',
    digits: '0',
    exponent: 0
  };
}

/**
 * Compare two strings containing a numeric value
 * Returns 1 when a is larger than b, 0 when they are equal,
 * and -1 when a is smaller than b.
 */
function utils_compareNumber(a, b) {
  if (a === b) {
    return 0;
  }
  const aa = splitNumber(a);
  const bb = splitNumber(b);
  const sign = aa.sign === '-' ? -1 : 1;
  if (aa.sign !== bb.sign) {
    return sign;
  }
  if (aa.digits === '0') {
    return bb.digits === '0' ? 0 : -1;
  }
  if (bb.digits === '0') {
    return 1;
  }
  if (aa.exponent !== bb.exponent) {
    return aa.exponent > bb.exponent ? sign : aa.exponent < bb.exponent ? -sign : 0;
  }
  return aa.digits > bb.digits ? sign : aa.digits < bb.digits ? -sign : 0;
}

/**
 * Count the significant digits of a number.
 *
 * For example:
 *   '2.34' returns 3
 *   '-77' returns 2
 *   '0.003400' returns 2
 *   '120.5e+30' returns 4
 **/
function utils_countSignificantDigits(value) {
  const {
    start,
    end
  } = getSignificantDigitRange(value);
  const dot = value.indexOf('.');
  if (dot === -1 || dot < start || dot > end) {
    return end - start;
  }
  return end - start - 1;
}

/**
 * Get the significant digits of a number.
 *
 * For example:
 *   '2.34' returns '234'
 *   '-77' returns '77'
 *   '0.003400' returns '34'
 *   '120.5e+30' returns '1205'
 **/
function extractSignificantDigits(value) {
  const {
    start,
    end
  } = getSignificantDigitRange(value);
  const digits = value.substring(start, end);
  const dot = digits.indexOf('.');
  if (dot === -1) {
    return digits;
  }
  return digits.substring(0, dot) + digits.substring(dot + 1);
}

/**
 * Returns the range (start to end) of the significant digits of a value.
 * Note that this range _may_ contain the decimal dot.
 *
 * For example:
 *
 *     getSignificantDigitRange('0.0325900') // { start: 3, end: 7 }
 *     getSignificantDigitRange('2.0300')    // { start: 0, end: 3 }
 *     getSignificantDigitRange('0.0')       // { start: 3, end: 3 }
 *
 */
function getSignificantDigitRange(value) {
  let start = 0;
  if (value[0] === '-') {
    start++;
  }
  while (value[start] === '0' || value[start] === '.') {
    start++;
  }
  let end = value.lastIndexOf('e');
  if (end === -1) {
    end = value.lastIndexOf('E');
  }
  if (end === -1) {
    end = value.length;
  }
  while ((value[end - 1] === '0' || value[end - 1] === '.') && end > start) {
    end--;
  }
  return {
    start,
    end
  };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/LosslessNumber.js


// A shared symbol recognizes numbers from separate library copies where instanceof fails.
const losslessNumberMarker = Symbol.for('lossless-json.LosslessNumber');

/**
 * A lossless number. Stores its numeric value as string
 */
class LosslessNumber {
  // numeric value as string
  value;

  /**
   * @deprecated Use the isLosslessNumber(value) function instead.
   *
   * Ordinary objects may also have an isLosslessNumber property, so this
   * field cannot reliably identify lossless numbers.
   */
  isLosslessNumber = true;
  get [losslessNumberMarker]() {
    return true;
  }
  constructor(value) {
    if (!utils_isNumber(value)) {
      throw new Error(`Invalid number (value: "${value}")`);
    }
    this.value = value;
  }

  /**
   * Get the value of the LosslessNumber as number or bigint.
   *
   * - a number is returned for safe numbers and decimal values that only lose some insignificant digits
   * - a bigint is returned for big integer numbers
   * - an Error is thrown for values that will overflow or underflow
   *
   * Note that you can implement your own strategy for conversion by just getting the value as string
   * via .toString(), and using util functions like isInteger, isSafeNumber, getUnsafeNumberReason,
   * and toSafeNumberOrThrow to convert it to a numeric value.
   */
  valueOf() {
    const unsafeReason = getUnsafeNumberReason(this.value);

    // safe or truncate_float
    if (unsafeReason === undefined || unsafeReason === UnsafeNumberReason.truncate_float) {
      return Number.parseFloat(this.value);
    }

    // truncate_integer
    if (utils_isInteger(this.value)) {
      return BigInt(this.value);
    }

    // overflow or underflow
    throw new Error(`Cannot safely convert to number: the value '${this.value}' would ${unsafeReason} and become ${Number.parseFloat(this.value)}`);
  }

  /**
   * Get the value of the LosslessNumber as string.
   */
  toString() {
    return this.value;
  }

  // Note: we do NOT implement a .toJSON() method, and you should not implement
  // or use that, it cannot safely turn the numeric value in the string into
  // stringified JSON since it has to be parsed into a number first.
}

/**
 * Test whether a value is a LosslessNumber
 */
function LosslessNumber_isLosslessNumber(value) {
  return value !== null && typeof value === 'object' && value[losslessNumberMarker] === true;
}

/**
 * Convert a number into a LosslessNumber if this is possible in a safe way
 * If the value has too many digits, or is NaN or Infinity, an error will be thrown
 */
function toLosslessNumber(value) {
  const maxDigits = 15;
  if (countSignificantDigits(String(value)) > maxDigits) {
    throw new Error(`Invalid number: contains more than 15 digits and is most likely truncated and unsafe by itself (value: ${value})`);
  }
  if (Number.isNaN(value)) {
    throw new Error('Invalid number: NaN');
  }
  if (!Number.isFinite(value)) {
    throw new Error(`Invalid number: ${value}`);
  }
  return new LosslessNumber(String(value));
}

/**
 * Compare two lossless numbers.
 * Returns 1 when a is larger than b, 0 when they are equal,
 * and -1 when a is smaller than b.
 */
function compareLosslessNumber(a, b) {
  return compareNumber(a.value, b.value);
}
//# sourceMappingURL=LosslessNumber.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/numberParsers.js


function parseLosslessNumber(value) {
  return new LosslessNumber(value);
}
function parseNumberAndBigInt(value) {
  return isInteger(value) ? BigInt(value) : Number.parseFloat(value);
}
//# sourceMappingURL=numberParsers.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/revive.js

/**
 * Revive a json object.
 * Applies the reviver function recursively on all values in the JSON object.
 * @param json   A JSON Object, Array, or value
 * @param reviver
 *              A reviver function invoked with arguments `key` and `value`,
 *              which must return a replacement value. The function context
 *              (`this`) is the Object or Array that contains the currently
 *              handled value.
 */
function revive(json, reviver) {
  return reviveValue({
    '': json
  }, '', json, reviver);
}

/**
 * Revive a value
 */
function reviveValue(context, key, value, reviver) {
  if (Array.isArray(value)) {
    return reviver.call(context, key, reviveArray(value, reviver));
  }
  if (value && typeof value === 'object' && !LosslessNumber_isLosslessNumber(value)) {
    // note the special case for LosslessNumber,
    // we don't want to iterate over the internals of a LosslessNumber
    return reviver.call(context, key, reviveObject(value, reviver));
  }
  return reviver.call(context, key, value);
}

/**
 * Revive the properties of an object
 */
function reviveObject(object, reviver) {
  for (const key of Object.keys(object)) {
    const value = reviveValue(object, key, object[key], reviver);
    if (value !== undefined) {
      object[key] = value;
    } else {
      delete object[key];
    }
  }
  return object;
}

/**
 * Revive the properties of an Array
 */
function reviveArray(array, reviver) {
  for (let i = 0; i < array.length; i++) {
    const value = reviveValue(array, String(i), array[i], reviver);
    if (value === undefined) {
      // Remove the own property entirely, like native JSON.parse does: the
      // position becomes a genuine hole (no own key, and `Object.keys` omits
      // it) while the length stays unchanged. Assigning `array[i] = undefined`
      // would leave an own property holding `undefined` instead.
      delete array[i];
    } else {
      // Assign right away rather than after the loop: the reviver observes the
      // holder through `this`, so later items must see the already revived
      // values (e.g. a preceding `null` replacement).
      array[i] = value;
    }
  }
  return array;
}
//# sourceMappingURL=revive.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/parse.js


/**
 * The LosslessJSON.parse() method parses a string as JSON, optionally transforming
 * the value produced by parsing.
 *
 * The parser is based on the parser of Tan Li Hou shared in
 * https://lihautan.com/json-parser-with-javascript/
 *
 * @param text
 * The string to parse as JSON. See the JSON object for a description of JSON syntax.
 *
 * @param [reviver]
 * If a function, prescribes how the value originally produced by parsing is
 * transformed, before being returned.
 *
 * @param [options=ParseOptions | NumberParserArgument]
 * Pass a custom number parser. Input is a string, and the output can be unknown
 * numeric value: number, bigint, LosslessNumber, or a custom BigNumber library.
 *
 * @returns Returns the Object corresponding to the given JSON text.
 *
 * @throws Throws a SyntaxError exception if the string to parse is not valid JSON.
 */
function parse(text, reviver, options) {
  const optionsObj = typeof options === 'function' ? {
    parseNumber: options
  } : options;
  const parseNumber = optionsObj?.parseNumber ?? parseLosslessNumber;
  const onDuplicateKey = optionsObj?.onDuplicateKey ?? throwDuplicateKey;
  let i = 0;
  const value = parseValue();
  expectValue(value);
  expectEndOfInput();
  return reviver ? revive(value, reviver) : value;
  function parseObject() {
    if (text.charCodeAt(i) === codeOpeningBrace) {
      i++;
      skipWhitespace();
      const object = {};
      let initial = true;
      while (i < text.length && text.charCodeAt(i) !== codeClosingBrace) {
        if (!initial) {
          eatComma();
          skipWhitespace();
        } else {
          initial = false;
        }
        const start = i;
        const key = parseString();
        if (key === undefined) {
          throwObjectKeyExpected();
          return; // To make TS happy
        }
        skipWhitespace();
        eatColon();
        const value = parseValue();
        if (value === undefined) {
          throwObjectValueExpected();
          return; // To make TS happy
        }

        // handle duplicate keys
        // TODO: replace with hasOwn one day, when browser support is high enough
        if (Object.prototype.hasOwnProperty.call(object, key) && !isDeepEqual(value, object[key])) {
          // Note that we could also test `if(key in object) {...}`
          // or `if (object[key] !== 'undefined') {...}`, but that is slower.
          const returnedValue = onDuplicateKey({
            key,
            position: start + 1,
            oldValue: object[key],
            newValue: value
          });
          if (returnedValue !== undefined) {
            setObjectKey(object, key, returnedValue);
          }
        } else {
          setObjectKey(object, key, value);
        }
      }
      if (text.charCodeAt(i) !== codeClosingBrace) {
        throwObjectKeyOrEndExpected();
      }
      i++;
      return object;
    }
  }
  function parseArray() {
    if (text.charCodeAt(i) === codeOpeningBracket) {
      i++;
      skipWhitespace();
      const array = [];
      let initial = true;
      while (i < text.length && text.charCodeAt(i) !== codeClosingBracket) {
        if (!initial) {
          eatComma();
        } else {
          initial = false;
        }
        const value = parseValue();
        expectArrayItem(value);
        array.push(value);
      }
      if (text.charCodeAt(i) !== codeClosingBracket) {
        throwArrayItemOrEndExpected();
      }
      i++;
      return array;
    }
  }
  function parseValue() {
    skipWhitespace();
    const value = parseString() ?? parseNumeric() ?? parseObject() ?? parseArray() ?? parseKeyword('true', true) ?? parseKeyword('false', false) ?? parseKeyword('null', null);
    skipWhitespace();
    return value;
  }
  function parseKeyword(name, value) {
    if (text.slice(i, i + name.length) === name) {
      i += name.length;
      return value;
    }
  }
  function skipWhitespace() {
    while (isWhitespace(text.charCodeAt(i))) {
      i++;
    }
  }
  function parseString() {
    if (text.charCodeAt(i) === codeDoubleQuote) {
      i++;
      let result = '';
      while (i < text.length && text.charCodeAt(i) !== codeDoubleQuote) {
        if (text.charCodeAt(i) === codeBackslash) {
          const char = text[i + 1];
          const escapeChar = escapeCharacters[char];
          if (escapeChar !== undefined) {
            result += escapeChar;
            i++;
          } else if (char === 'u') {
            if (isHex(text.charCodeAt(i + 2)) && isHex(text.charCodeAt(i + 3)) && isHex(text.charCodeAt(i + 4)) && isHex(text.charCodeAt(i + 5))) {
              result += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
              i += 5;
            } else {
              throwInvalidUnicodeCharacter(i);
            }
          } else {
            throwInvalidEscapeCharacter(i);
          }
        } else {
          if (isValidStringCharacter(text.charCodeAt(i))) {
            result += text[i];
          } else {
            throwInvalidCharacter(text[i]);
          }
        }
        i++;
      }
      expectEndOfString();
      i++;
      return result;
    }
  }
  function parseNumeric() {
    const start = i;
    if (text.charCodeAt(i) === codeMinus) {
      i++;
      expectDigit(start);
    }
    if (text.charCodeAt(i) === codeZero) {
      i++;
    } else if (isNonZeroDigit(text.charCodeAt(i))) {
      i++;
      while (isDigit(text.charCodeAt(i))) {
        i++;
      }
    } else {
      // A JSON number must have an integer part, so a leading dot like '.5'
      // is not a number at all.
      return undefined;
    }
    if (text.charCodeAt(i) === codeDot) {
      i++;
      expectDigit(start);
      while (isDigit(text.charCodeAt(i))) {
        i++;
      }
    }
    if (text.charCodeAt(i) === codeLowercaseE || text.charCodeAt(i) === codeUppercaseE) {
      i++;
      if (text.charCodeAt(i) === codeMinus || text.charCodeAt(i) === codePlus) {
        i++;
      }
      expectDigit(start);
      while (isDigit(text.charCodeAt(i))) {
        i++;
      }
    }
    if (i > start) {
      return parseNumber(text.slice(start, i));
    }
  }
  function eatComma() {
    if (text.charCodeAt(i) !== codeComma) {
      throw new SyntaxError(`Comma ',' expected after value ${gotAt()}`);
    }
    i++;
  }
  function eatColon() {
    if (text.charCodeAt(i) !== codeColon) {
      throw new SyntaxError(`Colon ':' expected after property name ${gotAt()}`);
    }
    i++;
  }
  function expectValue(value) {
    if (value === undefined) {
      throw new SyntaxError(`JSON value expected ${gotAt()}`);
    }
  }
  function expectArrayItem(value) {
    if (value === undefined) {
      throw new SyntaxError(`Array item expected ${gotAt()}`);
    }
  }
  function expectEndOfInput() {
    if (i < text.length) {
      throw new SyntaxError(`Expected end of input ${gotAt()}`);
    }
  }
  function expectDigit(start) {
    if (!isDigit(text.charCodeAt(i))) {
      const numSoFar = text.slice(start, i);
      throw new SyntaxError(`Invalid number '${numSoFar}', expecting a digit ${gotAt()}`);
    }
  }
  function expectEndOfString() {
    if (text.charCodeAt(i) !== codeDoubleQuote) {
      throw new SyntaxError(`End of string '"' expected ${gotAt()}`);
    }
  }
  function throwObjectKeyExpected() {
    throw new SyntaxError(`Quoted object key expected ${gotAt()}`);
  }
  function throwDuplicateKey({
    key,
    position
  }) {
    throw new SyntaxError(`Duplicate key '${key}' encountered at position ${position}`);
  }
  function throwObjectKeyOrEndExpected() {
    throw new SyntaxError(`Quoted object key or end of object '}' expected ${gotAt()}`);
  }
  function throwArrayItemOrEndExpected() {
    throw new SyntaxError(`Array item or end of array ']' expected ${gotAt()}`);
  }
  function throwInvalidCharacter(char) {
    throw new SyntaxError(`Invalid character '${char}' ${pos()}`);
  }
  function throwInvalidEscapeCharacter(start) {
    const chars = text.slice(start, start + 2);
    throw new SyntaxError(`Invalid escape character '${chars}' ${pos()}`);
  }
  function throwObjectValueExpected() {
    throw new SyntaxError(`Object value expected after ':' ${pos()}`);
  }
  function throwInvalidUnicodeCharacter(start) {
    const chars = text.slice(start, start + 6);
    throw new SyntaxError(`Invalid unicode character '${chars}' ${pos()}`);
  }

  // zero based character position
  function pos() {
    return `at position ${i}`;
  }
  function got() {
    return i < text.length ? `but got '${text[i]}'` : 'but reached end of input';
  }
  function gotAt() {
    return `${got()} ${pos()}`;
  }
}
function setObjectKey(object, key, value) {
  if (key === '__proto__') {
    // Plain assignment would trigger the `__proto__` setter inherited from
    // Object.prototype, changing the object's prototype instead of storing the
    // key. Define an ordinary own property, like JSON.parse does.
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  } else {
    object[key] = value;
  }
}
function isWhitespace(code) {
  return code === codeSpace || code === codeNewline || code === codeTab || code === codeReturn;
}
function isHex(code) {
  return code >= codeZero && code <= codeNine || code >= codeUppercaseA && code <= codeUppercaseF || code >= codeLowercaseA && code <= codeLowercaseF;
}
function isDigit(code) {
  return code >= codeZero && code <= codeNine;
}
function isNonZeroDigit(code) {
  return code >= codeOne && code <= codeNine;
}
function isValidStringCharacter(code) {
  return code >= 0x20 && code <= 0x10ffff;
}
function isDeepEqual(a, b) {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isDeepEqual(item, b[index]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.every(key => isDeepEqual(a[key], b[key]));
  }
  return false;
}
function isObject(value) {
  return typeof value === 'object' && value !== null;
}

// map with all escape characters
const escapeCharacters = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
  // note that \u is handled separately in parseString()
};
const codeBackslash = 0x5c; // "\"
const codeOpeningBrace = 0x7b; // "{"
const codeClosingBrace = 0x7d; // "}"
const codeOpeningBracket = 0x5b; // "["
const codeClosingBracket = 0x5d; // "]"
const codeSpace = 0x20; // " "
const codeNewline = 0xa; // "\n"
const codeTab = 0x9; // "\t"
const codeReturn = 0xd; // "\r"
const codeDoubleQuote = 0x0022; // "
const codePlus = 0x2b; // "+"
const codeMinus = 0x2d; // "-"
const codeZero = 0x30;
const codeOne = 0x31;
const codeNine = 0x39;
const codeComma = 0x2c; // ","
const codeDot = 0x2e; // "." (dot, period)
const codeColon = 0x3a; // ":"
const codeUppercaseA = 0x41; // "A"
const codeLowercaseA = 0x61; // "a"
const codeUppercaseE = 0x45; // "E"
const codeLowercaseE = 0x65; // "e"
const codeUppercaseF = 0x46; // "F"
const codeLowercaseF = 0x66; // "f"
//# sourceMappingURL=parse.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/stringify.js



/**
 * The LosslessJSON.stringify() method converts a JavaScript value to a JSON string,
 * optionally replacing values if a replacer function is specified, or
 * optionally including only the specified properties if a replacer array is specified.
 *
 * @param value
 * The value to convert to a JSON string.
 *
 * @param [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of String and Number objects that serve as a whitelist for
 * selecting the properties of the value object to be included in the JSON string.
 * If this value is null or not provided, all properties of the object are
 * included in the resulting JSON string.
 *
 * @param [space]
 * A String or Number object that's used to insert white space into the output
 * JSON string for readability purposes. If this is a Number, it indicates the
 * number of space characters to use as white space; this number is capped at 10
 * if it's larger than that. Values less than 1 indicate that no space should be
 * used. If this is a String, the string (or the first 10 characters of the string,
 * if it's longer than that) is used as white space. If this parameter is not
 * provided (or is null), no white space is used.
 *
 * @param [numberStringifiers]
 * An optional list with additional number stringifiers, for example to serialize
 * a BigNumber. The output of the function must be valid stringified JSON.
 * When `undefined` is returned, the property will be deleted from the object.
 * The difference with using a `replacer` is that the output of a `replacer`
 * must be JSON and will be stringified afterwards, whereas the output of the
 * `numberStringifiers` is already stringified JSON.
 *
 * @returns Returns the string representation of the JSON object.
 */
function stringify(value, replacer, space, numberStringifiers) {
  const resolvedSpace = resolveSpace(space);
  const replacedValue = typeof replacer === 'function' ? replacer.call({
    '': value
  }, '', value) : value;
  return stringifyValue(replacedValue, '');

  /**
   * Stringify a value
   */
  function stringifyValue(value, indent) {
    if (Array.isArray(numberStringifiers)) {
      const stringifier = numberStringifiers.find(item => item.test(value));
      if (stringifier) {
        const str = stringifier.stringify(value);
        if (typeof str !== 'string' || !isNumber(str)) {
          throw new Error(`Invalid JSON number: output of a number stringifier must be a string containing a JSON number (output: ${str})`);
        }
        return str;
      }
    }

    // boolean, null, number, string, or date
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string' || value === null || value instanceof Date || value instanceof Boolean || value instanceof Number || value instanceof String) {
      return JSON.stringify(value);
    }

    // lossless number, the secret ingredient :)
    if (isLosslessNumber(value)) {
      return value.toString();
    }

    // BigInt
    if (typeof value === 'bigint') {
      return value.toString();
    }

    // Array
    if (Array.isArray(value)) {
      return stringifyArray(value, indent);
    }

    // Object (test lastly!)
    if (value && typeof value === 'object') {
      return stringifyObject(value, indent);
    }
    return undefined;
  }

  /**
   * Stringify an array
   */
  function stringifyArray(array, indent) {
    if (array.length === 0) {
      return '[]';
    }
    const childIndent = resolvedSpace ? indent + resolvedSpace : undefined;
    let str = resolvedSpace ? '[\n' : '[';
    for (let i = 0; i < array.length; i++) {
      const item = typeof replacer === 'function' ? replacer.call(array, String(i), array[i]) : array[i];
      if (resolvedSpace) {
        str += childIndent;
      }
      if (typeof item !== 'undefined' && typeof item !== 'function') {
        const serialized = stringifyValue(item, childIndent);
        // Values without a JSON representation (a symbol, or an object whose
        // toJSON() returns undefined) become null inside an array.
        str += serialized === undefined ? 'null' : serialized;
      } else {
        str += 'null';
      }
      if (i < array.length - 1) {
        str += resolvedSpace ? ',\n' : ',';
      }
    }
    str += resolvedSpace ? `\n${indent}]` : ']';
    return str;
  }

  /**
   * Stringify an object
   */
  function stringifyObject(object, indent) {
    if (typeof object.toJSON === 'function') {
      return stringifyValue(object.toJSON(), indent);
    }

    // A replacer array is a property whitelist: duplicates must not produce
    // duplicate keys in the output.
    const keys = Array.isArray(replacer) ? [...new Set(replacer.map(String))] : Object.keys(object);
    if (keys.length === 0) {
      return '{}';
    }
    const childIndent = resolvedSpace ? indent + resolvedSpace : undefined;
    let first = true;
    let str = resolvedSpace ? '{\n' : '{';
    for (const key of keys) {
      const value = typeof replacer === 'function' ? replacer.call(object, key, object[key]) : object[key];
      if (includeProperty(key, value)) {
        const serialized = stringifyValue(value, childIndent);
        // Like JSON.stringify, omit properties that have no JSON
        // representation (e.g. an object whose toJSON() returns undefined).
        if (serialized === undefined) {
          continue;
        }
        if (first) {
          first = false;
        } else {
          str += resolvedSpace ? ',\n' : ',';
        }
        const keyStr = JSON.stringify(key);
        str += resolvedSpace ? `${childIndent + keyStr}: ` : `${keyStr}:`;
        str += serialized;
      }
    }
    str += resolvedSpace ? `\n${indent}}` : '}';
    return str;
  }

  /**
   * Test whether to include a property in a stringified object or not.
   */
  function includeProperty(_key, value) {
    return typeof value !== 'undefined' && typeof value !== 'function' && typeof value !== 'symbol';
  }
}

/**
 * The number of spaces or characters a space is capped to, like JSON.stringify does
 */
const MAX_SPACE_LENGTH = 10;

/**
 * Resolve a JSON stringify space:
 * replace a number with a string containing that number of spaces
 */
function resolveSpace(space) {
  if (typeof space === 'number') {
    // same rules as JSON.stringify: truncate towards zero, cap at 10,
    // and treat anything below 1 (including NaN and negatives) as no indent
    const count = Math.min(Math.trunc(space), MAX_SPACE_LENGTH);
    return count >= 1 ? ' '.repeat(count) : undefined;
  }
  if (typeof space === 'string' && space !== '') {
    return space.slice(0, MAX_SPACE_LENGTH);
  }
  return undefined;
}
//# sourceMappingURL=stringify.js.map
;// CONCATENATED MODULE: ./node_modules/lossless-json/lib/esm/index.js








//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/engine/pycompat/py-float.ts
// Python float semantics the reference's hashes and rounding depend on (spec §0.2, §0.3):
// round(x, n) on the exact binary value with ties to even, and repr(float).
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
/** x = sign · mant · 2^exp exactly, mant a non-negative integer. */
function exactParts(x) {
    f64[0] = x;
    const bits = u64[0];
    const neg = bits >> 63n === 1n;
    const e = Number((bits >> 52n) & 0x7ffn);
    const frac = bits & 0xfffffffffffffn;
    if (e === 0)
        return { neg, mant: frac, exp: -1074 };
    return { neg, mant: frac | (1n << 52n), exp: e - 1075 };
}
/**
 * Python's round(x, n) for a float: the float nearest to x rounded to n decimals, where x is taken
 * at its exact binary value and exact ties go to the even last digit. n may be negative.
 */
function pyRound(x, n = 0) {
    if (!Number.isFinite(x) || x === 0)
        return x;
    const { neg, mant, exp } = exactParts(x);
    // value · 10^n = num / den, exactly.
    let num = mant;
    let den = 1n;
    if (exp >= 0)
        num <<= BigInt(exp);
    else
        den <<= BigInt(-exp);
    if (n >= 0)
        num *= 10n ** BigInt(n);
    else
        den *= 10n ** BigInt(-n);
    let q = num / den;
    const twiceRem = 2n * (num - q * den);
    if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n))
        q += 1n;
    const digits = q.toString();
    // Parsing the decimal gives the correctly rounded nearest double, as Python's strtod does.
    const r = Number(n >= 0 ? `${digits}e-${n}` : `${digits}e${-n}`);
    return neg ? -r : r;
}
/** Python repr(float): shortest round-trip digits; exponent form when exp10 < -4 or ≥ 16. */
function pyFloatRepr(x) {
    if (Number.isNaN(x))
        return "nan";
    if (x === Infinity)
        return "inf";
    if (x === -Infinity)
        return "-inf";
    if (x === 0)
        return Object.is(x, -0) ? "-0.0" : "0.0";
    const sign = x < 0 ? "-" : "";
    // toExponential() without digits gives the shortest round-trip digits in JS (as repr does).
    const [mantissa, expText] = Math.abs(x).toExponential().split("e");
    const digits = mantissa.replace(".", "");
    const exp10 = Number(expText); // x = d.ddd × 10^exp10
    const decpt = exp10 + 1; // Python's decpt: x = 0.dddd × 10^decpt
    if (decpt > 16 || decpt < -3) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp10).toString().padStart(2, "0");
        return `${sign}${m}e${exp10 < 0 ? "-" : "+"}${e}`;
    }
    if (decpt <= 0)
        return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length)
        return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

;// CONCATENATED MODULE: ./src/engine/pycompat/py-json.ts
// Python's json.dumps with default options (spec §0.4), for every hash input the reference
// computes: ", " and ": " separators, ensure_ascii escapes with lowercase hex, floats as repr,
// NaN/Infinity literals. Numbers read from config.json keep their int/float lexical form through
// PyNumber, since 4096 and 4096.0 hash differently.

/** A number as Python would hold it after json.loads: an int (arbitrary size) or a float. */
class py_json_PyNumber {
    kind;
    int;
    float;
    constructor(kind, 
    /** int: decimal digits with optional "-"; float: the double. */
    int, float) {
        this.kind = kind;
        this.int = int;
        this.float = float;
    }
    static int(v) {
        return new py_json_PyNumber("int", BigInt(v), undefined);
    }
    static float(v) {
        return new py_json_PyNumber("float", undefined, v);
    }
    /** From a JSON number literal exactly as written: "4096" is an int, "4096.0" and "1e6" floats. */
    static fromLiteral(text) {
        return /^-?\d+$/.test(text) ? py_json_PyNumber.int(BigInt(text)) : py_json_PyNumber.float(Number(text));
    }
    toNumber() {
        return this.kind === "int" ? Number(this.int) : this.float;
    }
    /** Python str(): "4096" for ints, repr for floats. */
    toString() {
        return this.kind === "int" ? this.int.toString() : pyFloatRepr(this.float);
    }
}
function pyJsonDumps(value, options = {}) {
    const integralAsInt = options.integralAsInt ?? true;
    const enc = (v) => {
        if (v === null)
            return "null";
        if (v === true)
            return "true";
        if (v === false)
            return "false";
        if (typeof v === "string")
            return pyJsonString(v);
        if (typeof v === "number") {
            return integralAsInt && Number.isInteger(v) && !Object.is(v, -0)
                ? BigInt(v).toString()
                : floatLiteral(v);
        }
        if (v instanceof py_json_PyNumber) {
            return v.kind === "float" ? floatLiteral(v.float) : v.int.toString();
        }
        if (Array.isArray(v))
            return `[${v.map(enc).join(", ")}]`;
        const obj = v;
        let keys = Object.keys(obj);
        if (options.sortKeys)
            keys = keys.sort(compareCodePoints);
        return `{${keys.map((k) => `${pyJsonString(k)}: ${enc(obj[k])}`).join(", ")}}`;
    };
    return enc(value);
}
function floatLiteral(x) {
    if (Number.isNaN(x))
        return "NaN";
    if (x === Infinity)
        return "Infinity";
    if (x === -Infinity)
        return "-Infinity";
    return pyFloatRepr(x);
}
/** Python string order: by code point (JS's default sort compares UTF-16 units). */
function compareCodePoints(a, b) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    for (;;) {
        const x = ia.next();
        const y = ib.next();
        if (x.done || y.done)
            return x.done && y.done ? 0 : x.done ? -1 : 1;
        const cx = x.value.codePointAt(0);
        const cy = y.value.codePointAt(0);
        if (cx !== cy)
            return cx - cy;
    }
}
const SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
};
/** ensure_ascii: every UTF-16 unit above 0x7e or below 0x20 as \uXXXX (lowercase hex). */
function pyJsonString(s) {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        const c = s.charCodeAt(i);
        const short = SHORT_ESCAPES[ch];
        if (short)
            out += short;
        else if (c < 0x20 || c > 0x7e)
            out += `\\u${c.toString(16).padStart(4, "0")}`;
        else
            out += ch;
    }
    return out + '"';
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/config-json.ts
// JSON read the way Python's json.loads sees it: every number keeps its int/float lexical form
// (4096 and 4096.0 hash differently in the reference, spec §1.4), so config.json and stored
// feature bundles are parsed with lossless-json into PyNumber leaves, never with JSON.parse.



/** config.json files of real models are a few KB; anything past this is not a config. */
const MAX_CONFIG_JSON_BYTES = 4 * 1024 * 1024;
/**
 * Parses UTF-8 JSON text keeping number literals. Throws MalformedInputError naming `file` for
 * invalid UTF-8, invalid JSON and duplicate keys with different values (Python keeps the last
 * one, other parsers the first: a security tool refuses the ambiguity instead of picking one).
 */
function parseLosslessJson(bytes, file) {
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new MalformedInputError({ file }, "not valid UTF-8; save the file as UTF-8 JSON");
    }
    try {
        // lossless-json builds only objects, arrays, strings, booleans, null and what parseNumber
        // returns, so the result is a ConfigValue by construction.
        return parse(text, undefined, (literal) => py_json_PyNumber.fromLiteral(literal));
    }
    catch (err) {
        // RangeError (nesting deeper than the stack) lands here too: it is malformed input as well.
        throw new MalformedInputError({ file }, `not valid JSON (${err.message})`);
    }
}
/** config.json bytes → the top-level object. `file` names the file in every error. */
function readConfigJson(bytes, file) {
    if (bytes.length > MAX_CONFIG_JSON_BYTES) {
        throw new MalformedInputError({ file }, `file is ${bytes.length} bytes, over the ${MAX_CONFIG_JSON_BYTES}-byte limit for config.json`);
    }
    const value = parseLosslessJson(bytes, file);
    if (!isConfigObject(value)) {
        throw new MalformedInputError({ file }, `expected a JSON object at the top level, found ${describe(value)}`);
    }
    return value;
}
function isConfigObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof py_json_PyNumber);
}
/** Own keys only: a config key named "constructor" or "__proto__" is just a key. */
function ownValue(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
/** Python truthiness of a JSON value (0, "", [], {}, null and false are falsy). */
function pyTruthy(v) {
    if (v === undefined || v === null)
        return false;
    if (typeof v === "boolean")
        return v;
    if (typeof v === "string")
        return v.length > 0;
    if (v instanceof py_json_PyNumber)
        return v.toNumber() !== 0;
    if (Array.isArray(v))
        return v.length > 0;
    return Object.keys(v).length > 0;
}
/** For messages: "a string (\"4096\")", "a list", "null". */
function describe(v) {
    if (v === undefined)
        return "nothing";
    if (v === null)
        return "null";
    if (typeof v === "boolean")
        return `a boolean (${v})`;
    if (typeof v === "string")
        return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
    if (v instanceof py_json_PyNumber)
        return `${v.kind === "int" ? "an integer" : "a float"} (${v.toString()})`;
    if (Array.isArray(v))
        return "a list";
    return "an object";
}
/** Numbers become JS numbers (display and cache form); structure and key order are kept. */
function toPlainJson(v) {
    if (v instanceof py_json_PyNumber)
        return v.toNumber();
    if (Array.isArray(v))
        return v.map(toPlainJson);
    if (isConfigObject(v)) {
        const out = {};
        for (const key of Object.keys(v)) {
            Object.defineProperty(out, key, {
                value: toPlainJson(v[key]),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    return v;
}
/** A ConfigValue is a PyValue: hash inputs can be built from raw config values directly. */
function asPyValue(v) {
    return v;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/model-types.ts
// The one place where config.json spellings and class defaults are written down (design §4.2).
// The reference reads a transformers config object (spec §1.1): per-class attribute_map aliases,
// class fields that exist with defaults even when config.json omits them, and a few derived
// defaults. We read config.json directly and reproduce only the part of that behaviour the MFI
// fields depend on, for the model types we know; docs/mfi.md lists what is left out.
//
// Why each part matters:
// - aliases: arch_hash hashes hidden_size etc., which GPT-2/BLOOM/T5-style configs spell otherwise;
// - kvFromHeads: transformers fills num_key_value_heads = num_attention_heads when it is null or
//   absent (Llama-family __init__), and arch_hash hashes the filled value;
// - classDefaults: a field that exists on the class counts for hasattr() (norm_type,
//   attention_bias, qk_norm, hidden_act) and supplies the value when config.json omits it. Sparse
//   sub-configs (gemma-3-4b-it's text_config) rely on this for their dimensions.
// Values not read by the MFI (eps magnitudes) are kept only to say which field exists.

const model_types_int = (n) => py_json_PyNumber.int(n);
const model_types_float = (n) => py_json_PyNumber.float(n);
/** PretrainedConfig fields every class has. tie_word_embeddings defaults to True there. */
const BASE_CLASS_DEFAULTS = { tie_word_embeddings: true };
const GPT2_ALIASES = {
    hidden_size: ["hidden_size", "n_embd"],
    num_hidden_layers: ["num_hidden_layers", "n_layer"],
    num_attention_heads: ["num_attention_heads", "n_head"],
    max_position_embeddings: ["max_position_embeddings", "n_positions"],
};
const T5_ALIASES = {
    hidden_size: ["hidden_size", "d_model"],
    num_hidden_layers: ["num_hidden_layers", "num_layers"],
    num_attention_heads: ["num_attention_heads", "num_heads"],
    head_dim: ["head_dim", "d_kv"],
};
const BART_ALIASES = {
    hidden_size: ["hidden_size", "d_model"],
    num_hidden_layers: ["num_hidden_layers", "encoder_layers"],
    num_attention_heads: ["num_attention_heads", "encoder_attention_heads"],
};
/** Llama-style decoder: RMSNorm, SiLU, RoPE 10000, no bias, untied, kv/head_dim derived. */
const LLAMA = {
    kvFromHeads: true,
    headDimFromHidden: true,
    classDefaults: {
        rms_norm_eps: model_types_float(1e-6),
        hidden_act: "silu",
        attention_bias: false,
        tie_word_embeddings: false,
        rope_theta: model_types_float(10000.0),
    },
};
const MISTRAL = {
    kvFromHeads: true,
    headDimFromHidden: true,
    classDefaults: {
        num_key_value_heads: model_types_int(8),
        rms_norm_eps: model_types_float(1e-6),
        hidden_act: "silu",
        tie_word_embeddings: false,
        rope_theta: model_types_float(10000.0),
    },
};
const QWEN2 = {
    kvFromHeads: true,
    classDefaults: {
        num_key_value_heads: model_types_int(32),
        rms_norm_eps: model_types_float(1e-6),
        hidden_act: "silu",
        tie_word_embeddings: false,
        rope_theta: model_types_float(10000.0),
    },
};
const QWEN3 = {
    kvFromHeads: true,
    classDefaults: { ...QWEN2.classDefaults, head_dim: model_types_int(128), attention_bias: false },
};
const OLMO2 = {
    kvFromHeads: true,
    classDefaults: {
        rms_norm_eps: model_types_float(1e-5),
        hidden_act: "silu",
        attention_bias: false,
        tie_word_embeddings: false,
        rope_theta: model_types_float(10000.0),
    },
};
const COHERE = {
    kvFromHeads: true,
    classDefaults: {
        layer_norm_eps: model_types_float(1e-5),
        hidden_act: "silu",
        attention_bias: false,
        tie_word_embeddings: true,
        rope_theta: model_types_float(10000.0),
    },
};
const DEEPSEEK = {
    kvFromHeads: true,
    // DeepseekV2/V3 configs expose head_dim as the rotary part of the query/key head.
    aliases: { head_dim: ["head_dim", "qk_rope_head_dim"] },
    classDefaults: { ...LLAMA.classDefaults },
};
const BERT = {
    classDefaults: { layer_norm_eps: model_types_float(1e-12), hidden_act: "gelu", position_embedding_type: "absolute" },
};
const MODEL_TYPE_RULES = {
    llama: LLAMA,
    mistral: MISTRAL,
    ministral: MISTRAL,
    ministral3: MISTRAL,
    mixtral: MISTRAL,
    qwen2: QWEN2,
    qwen2_moe: { ...QWEN2, classDefaults: { ...QWEN2.classDefaults, num_key_value_heads: model_types_int(16) } },
    qwen3: QWEN3,
    qwen3_moe: { ...QWEN3, classDefaults: { ...QWEN3.classDefaults, num_key_value_heads: model_types_int(4) } },
    qwen3_5_text: { classDefaults: { rms_norm_eps: model_types_float(1e-6), attention_bias: false } },
    gemma: {
        classDefaults: {
            num_key_value_heads: model_types_int(16),
            head_dim: model_types_int(256),
            hidden_act: "gelu_pytorch_tanh",
            rms_norm_eps: model_types_float(1e-6),
            attention_bias: false,
            tie_word_embeddings: true,
            rope_theta: model_types_float(10000.0),
        },
    },
    gemma2: {
        classDefaults: {
            num_key_value_heads: model_types_int(4),
            head_dim: model_types_int(256),
            hidden_activation: "gelu_pytorch_tanh",
            rms_norm_eps: model_types_float(1e-6),
            attention_bias: false,
            tie_word_embeddings: true,
            rope_theta: model_types_float(10000.0),
            query_pre_attn_scalar: model_types_int(256),
        },
    },
    // Gemma3TextConfig (transformers 4.50): gemma-3-4b/27b text_config omit most of these.
    gemma3_text: {
        classDefaults: {
            vocab_size: model_types_int(262208),
            hidden_size: model_types_int(2304),
            intermediate_size: model_types_int(9216),
            num_hidden_layers: model_types_int(26),
            num_attention_heads: model_types_int(8),
            num_key_value_heads: model_types_int(4),
            head_dim: model_types_int(256),
            hidden_activation: "gelu_pytorch_tanh",
            max_position_embeddings: model_types_int(131072),
            rms_norm_eps: model_types_float(1e-6),
            tie_word_embeddings: true,
            rope_theta: model_types_float(1000000.0),
            attention_bias: false,
            query_pre_attn_scalar: model_types_int(256),
        },
    },
    phi: {
        kvFromHeads: true,
        classDefaults: {
            layer_norm_eps: model_types_float(1e-5),
            hidden_act: "gelu_new",
            tie_word_embeddings: false,
            rope_theta: model_types_float(10000.0),
            qk_layernorm: false,
        },
    },
    phi3: { kvFromHeads: true, classDefaults: { ...OLMO2.classDefaults } },
    olmo2: OLMO2,
    olmo3: OLMO2,
    granite: { kvFromHeads: true, classDefaults: { ...OLMO2.classDefaults, rms_norm_eps: model_types_float(1e-6) } },
    granitemoehybrid: { classDefaults: { rms_norm_eps: model_types_float(1e-6), attention_bias: false } },
    cohere: COHERE,
    cohere2: { ...COHERE, headDimFromHidden: true },
    stablelm: {
        kvFromHeads: true,
        classDefaults: {
            layer_norm_eps: model_types_float(1e-5),
            hidden_act: "silu",
            tie_word_embeddings: false,
            rope_theta: model_types_float(10000.0),
            qk_layernorm: false,
        },
    },
    starcoder2: {
        classDefaults: {
            num_key_value_heads: model_types_int(2),
            hidden_act: "gelu_pytorch_tanh",
            tie_word_embeddings: true,
            rope_theta: model_types_float(10000.0),
        },
    },
    deepseek_v2: DEEPSEEK,
    deepseek_v3: DEEPSEEK,
    gpt2: { aliases: GPT2_ALIASES, classDefaults: { layer_norm_epsilon: model_types_float(1e-5) } },
    gptj: {
        aliases: GPT2_ALIASES,
        classDefaults: { layer_norm_epsilon: model_types_float(1e-5), tie_word_embeddings: false },
    },
    gpt_bigcode: { aliases: GPT2_ALIASES, classDefaults: { layer_norm_epsilon: model_types_float(1e-5) } },
    codegen: {
        aliases: GPT2_ALIASES,
        classDefaults: { layer_norm_epsilon: model_types_float(1e-5), tie_word_embeddings: false },
    },
    gpt_neo: {
        aliases: {
            num_hidden_layers: ["num_hidden_layers", "num_layers"],
            num_attention_heads: ["num_attention_heads", "num_heads"],
        },
        classDefaults: { layer_norm_epsilon: model_types_float(1e-5) },
    },
    gpt_neox: {
        // GPT-NeoX configs (Pythia, RedPajama) spell the rotary base rotary_emb_base.
        aliases: { rope_theta: ["rope_theta", "rotary_emb_base"] },
        classDefaults: {
            layer_norm_eps: model_types_float(1e-5),
            hidden_act: "gelu",
            tie_word_embeddings: false,
            attention_bias: true,
        },
    },
    bloom: {
        // BloomConfig takes n_embed over hidden_size when both are given.
        aliases: {
            hidden_size: ["n_embed", "hidden_size"],
            num_hidden_layers: ["num_hidden_layers", "n_layer"],
            num_attention_heads: ["num_attention_heads", "n_head"],
        },
        classDefaults: { layer_norm_epsilon: model_types_float(1e-5) },
    },
    falcon: {
        aliases: {
            hidden_size: ["n_embed", "hidden_size"],
            num_hidden_layers: ["num_hidden_layers", "n_layer"],
            num_attention_heads: ["num_attention_heads", "n_head"],
        },
        headDimFromHidden: true,
        classDefaults: { layer_norm_epsilon: model_types_float(1e-5), bias: false },
    },
    t5: { aliases: T5_ALIASES, classDefaults: { layer_norm_epsilon: model_types_float(1e-6) } },
    mt5: {
        aliases: T5_ALIASES,
        classDefaults: { layer_norm_epsilon: model_types_float(1e-6), tie_word_embeddings: false },
    },
    umt5: { aliases: T5_ALIASES, classDefaults: { layer_norm_epsilon: model_types_float(1e-6) } },
    bart: { aliases: BART_ALIASES },
    mbart: { aliases: BART_ALIASES },
    marian: { aliases: BART_ALIASES },
    m2m_100: { aliases: BART_ALIASES },
    mpt: {
        aliases: {
            hidden_size: ["hidden_size", "d_model"],
            num_hidden_layers: ["num_hidden_layers", "n_layers"],
            num_attention_heads: ["num_attention_heads", "n_heads"],
            max_position_embeddings: ["max_position_embeddings", "max_seq_len"],
        },
    },
    distilbert: {
        aliases: {
            hidden_size: ["hidden_size", "dim"],
            num_hidden_layers: ["num_hidden_layers", "n_layers"],
            num_attention_heads: ["num_attention_heads", "n_heads"],
        },
    },
    bert: BERT,
    roberta: { classDefaults: { ...BERT.classDefaults, layer_norm_eps: model_types_float(1e-5) } },
    "xlm-roberta": { classDefaults: { ...BERT.classDefaults, layer_norm_eps: model_types_float(1e-5) } },
};
/**
 * Composite (multimodal) model types → the type of their text_config when the sub-object does
 * not name one, so the right class defaults apply to a sparse text_config.
 */
const TEXT_CONFIG_TYPES = {
    gemma3: "gemma3_text",
    paligemma: "gemma",
    mistral3: "mistral",
    llava: "llama",
    qwen3_5: "qwen3_5_text",
};
const NO_RULES = {};
function rulesFor(modelType) {
    if (modelType === undefined)
        return NO_RULES;
    return Object.prototype.hasOwnProperty.call(MODEL_TYPE_RULES, modelType)
        ? MODEL_TYPE_RULES[modelType]
        : NO_RULES;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/attributes.ts
// getattr/hasattr over a config.json object, the way the reference's MFI asks its questions
// (spec §1.1): aliases first, then the config.json key, then a class default. A key present
// with the value null is an attribute whose value is None; an absent key without a class
// default is no attribute at all. Both distinctions matter (hidden_act, attention_bias).


class ConfigAttributes {
    obj;
    modelType;
    prefix;
    rules;
    constructor(obj, 
    /** The model type whose rules apply (the sub-config's own type for a text_config). */
    modelType, 
    /** "" for the top level, else "text_config" / "decoder": prefixes keys in messages. */
    prefix) {
        this.obj = obj;
        this.modelType = modelType;
        this.prefix = prefix;
        this.rules = rulesFor(modelType);
    }
    /** The attribute as written in config.json (through aliases), ignoring class defaults. */
    fromConfig(name) {
        for (const key of this.rules.aliases?.[name] ?? [name]) {
            const value = ownValue(this.obj, key);
            if (value !== undefined)
                return { value, key: this.path(key) };
        }
        return undefined;
    }
    /** The class default of a field the config.json does not set. */
    fromDefaults(name) {
        const defaults = this.rules.classDefaults;
        if (defaults !== undefined && Object.prototype.hasOwnProperty.call(defaults, name)) {
            return { value: defaults[name], key: null };
        }
        if (Object.prototype.hasOwnProperty.call(BASE_CLASS_DEFAULTS, name)) {
            return { value: BASE_CLASS_DEFAULTS[name], key: null };
        }
        return undefined;
    }
    /** getattr(cfg, name) with "no attribute" as undefined. */
    get(name) {
        return this.fromConfig(name) ?? this.fromDefaults(name);
    }
    /** hasattr(cfg, name). */
    has(name) {
        return this.get(name) !== undefined;
    }
    /** The field path for messages: the alias actually found, else the reference name. */
    field(name) {
        return this.fromConfig(name)?.key ?? this.path(name);
    }
    path(key) {
        return this.prefix === "" ? key : `${this.prefix}.${key}`;
    }
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/fields.ts
// Typed reads of single MFI fields from config attributes. The reference validates its
// fingerprint with pydantic and aborts the whole extraction on a bad value (spec §11.1 item 4);
// we raise a typed error that names config.json and the field for what the reference cannot
// process either, and report values it would silently coerce (4096.0 → 4096) as warnings.



const FIX_DIMENSION = "write it as a JSON integer, as save_pretrained does";
/**
 * A dimension field: absent → `absent` (0, or null for nullable fields); null → error unless
 * nullable; an integral float is kept raw (the reference hashes 4096.0) with a warning; other
 * values are errors because the reference's pydantic model refuses them.
 */
function readDimension(attrs, name, ctx, nullable) {
    const attr = attrs.get(name);
    if (attr === undefined)
        return nullable ? null : { raw: py_json_PyNumber.int(0), value: 0 };
    const field = attr.key ?? attrs.path(name);
    if (attr.value === null) {
        if (nullable)
            return null;
        throw new MalformedInputError({ file: ctx.file, field }, `${field} is null; ${FIX_DIMENSION}`);
    }
    return checkInteger(attr.value, field, ctx, "integer");
}
function checkInteger(v, field, ctx, want) {
    if (!(v instanceof py_json_PyNumber)) {
        throw new MalformedInputError({ file: ctx.file, field }, `expected an ${want}, found ${describe(v)}; ${FIX_DIMENSION}`);
    }
    const n = v.toNumber();
    if (!Number.isSafeInteger(n)) {
        const why = Number.isInteger(n)
            ? `beyond ${Number.MAX_SAFE_INTEGER}, the largest integer held exactly`
            : "not a whole number";
        throw new MalformedInputError({ file: ctx.file, field }, `${v.toString()} is ${why}; ${FIX_DIMENSION}`);
    }
    if (v.kind === "float") {
        ctx.warnings.push({
            field,
            message: `written as the float ${v.toString()}: the fingerprint uses ${n}, but arch_hash hashes ` +
                `${v.toString()} as the reference does, so it differs from a config that writes ${n}`,
        });
    }
    if (n < 0)
        ctx.warnings.push({ field, message: `negative value ${n}` });
    return { raw: v, value: n };
}
/** intermediate_size candidates, first truthy and > 0 wins (spec §1.3). */
const FFN_FIELDS = ["intermediate_size", "d_ff", "encoder_ffn_dim", "decoder_ffn_dim", "ffn_dim"];
/**
 * The reference takes int(value) of the first candidate that is truthy and > 0, then
 * hidden_dim if it differs from hidden_size, else 0. int() truncates a float, so the hashed
 * value is always an int here.
 */
function readIntermediate(attrs, hidden, ctx) {
    for (const name of FFN_FIELDS) {
        const d = positiveCandidate(attrs, name, ctx);
        if (d)
            return d;
    }
    const d = positiveCandidate(attrs, "hidden_dim", ctx);
    if (d && d.value !== hidden.value)
        return d;
    return { raw: py_json_PyNumber.int(0), value: 0 };
}
function positiveCandidate(attrs, name, ctx) {
    const attr = attrs.get(name);
    if (attr === undefined || !pyTruthy(attr.value))
        return null;
    const field = attr.key ?? attrs.path(name);
    if (!(attr.value instanceof py_json_PyNumber)) {
        // Python raises comparing a string or list with 0: the reference cannot process it either.
        throw new MalformedInputError({ file: ctx.file, field }, `expected an integer, found ${describe(attr.value)}; ${FIX_DIMENSION}`);
    }
    const x = attr.value.toNumber();
    if (!(x > 0))
        return null;
    const n = Math.trunc(x);
    if (attr.value.kind === "float") {
        ctx.warnings.push({ field, message: `written as the float ${attr.value.toString()}; int() gives ${n}` });
    }
    if (!Number.isSafeInteger(n)) {
        throw new MalformedInputError({ file: ctx.file, field }, `${attr.value.toString()} is beyond ${Number.MAX_SAFE_INTEGER}; ${FIX_DIMENSION}`);
    }
    return { raw: py_json_PyNumber.int(n), value: n };
}
/** An optional string field (hidden_act): a non-string value is reported and dropped. */
function readOptionalString(attrs, name, ctx) {
    const attr = attrs.get(name);
    if (attr === undefined)
        return undefined;
    if (attr.value === null || typeof attr.value === "string")
        return attr.value;
    ctx.warnings.push({
        field: attr.key ?? attrs.path(name),
        message: `expected a string, found ${describe(attr.value)}; ignored`,
    });
    return null;
}
/** An optional boolean field (tie_word_embeddings, attention_bias). */
function readOptionalBool(attrs, name, ctx) {
    const attr = attrs.get(name);
    if (attr === undefined || attr.value === null)
        return null;
    if (typeof attr.value === "boolean")
        return attr.value;
    ctx.warnings.push({
        field: attr.key ?? attrs.path(name),
        message: `expected true or false, found ${describe(attr.value)}; ignored`,
    });
    return null;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/engine/features/metadata/hashes.ts
// arch_hash and family_hash exactly as the reference computes them (spec §1.4): SHA-256 of
// Python's json.dumps of a list of RAW values. "Raw" means as config.json wrote them, so the
// inputs here are PyNumber (int or float form), never plain JS numbers.




function sha256Hex(text) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(text, "utf8").digest("hex");
}
/** The exact text that is hashed, e.g. `["llama", ["LlamaForCausalLM"], 4096, 32, …]`. */
function archHashText(f) {
    const list = [
        f.model_type,
        f.architectures,
        f.hidden_size,
        f.num_hidden_layers,
        f.num_attention_heads,
        f.num_key_value_heads,
        f.intermediate_size,
        f.vocab_size,
        f.max_position_embeddings,
    ];
    // The reference passes sort_keys=True; there are no dicts in the list, so it changes nothing.
    return pyJsonDumps(list, { sortKeys: true });
}
function archHash(f) {
    return sha256Hex(archHashText(f));
}
function familyHashText(f) {
    const list = [
        f.model_type,
        f.attention_style,
        f.hidden_act,
        f.norm_type,
        f.tokenizer_hash,
        ropeThetaBucket(f.rope_theta),
        ropeScalingType(f.rope_scaling),
    ];
    return pyJsonDumps(list, { sortKeys: true });
}
function familyHash(f) {
    return sha256Hex(familyHashText(f));
}
/**
 * Py-str(Py-round(rope_theta, -2)) on the raw value: an int stays an int ("1000000"), a float
 * stays a float ("1000000.0", "1e+16"); None gives "none".
 */
function ropeThetaBucket(theta) {
    if (theta === null)
        return "none";
    if (theta.kind === "float")
        return py_json_PyNumber.float(pyRound(theta.toNumber(), -2)).toString();
    return roundIntHalfEven(theta.int, 100n).toString();
}
/** Python round(int, -2): nearest multiple of `step`, exact ties to the even multiple. */
function roundIntHalfEven(n, step) {
    const neg = n < 0n;
    const a = neg ? -n : n;
    let q = a / step;
    const twiceRem = 2n * (a - q * step);
    if (twiceRem > step || (twiceRem === step && (q & 1n) === 1n))
        q += 1n;
    const r = q * step;
    return neg ? -r : r;
}
/**
 * "none" unless rope_scaling is a non-empty dict; then Py-str of its legacy "type" key (not
 * rope_type), "none" when the key is absent and "None" when it is null.
 */
function ropeScalingType(scaling) {
    if (!isConfigObject(scaling) || Object.keys(scaling).length === 0)
        return "none";
    const t = ownValue(scaling, "type");
    return t === undefined ? "none" : pyStr(t);
}
/** Python str() of a JSON scalar; containers fall back to their json.dumps text (see docs/mfi.md). */
function pyStr(v) {
    if (v === null)
        return "None";
    if (v === true)
        return "True";
    if (v === false)
        return "False";
    if (typeof v === "string")
        return v;
    if (v instanceof py_json_PyNumber)
        return v.toString();
    return pyJsonDumps(v);
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/rope.ts
// rope_theta and rope_scaling read directly from config.json (design §4.2). transformers 5 moves
// a top-level rope_theta into rope_parameters and then reports rope_theta as None (spec §1.1
// item 4); we do not hide it. Sources, first found wins:
//   1. the top-level key (or its alias, e.g. GPT-NeoX's rotary_emb_base);
//   2. rope_parameters.rope_theta (configs saved by transformers 5);
//   3. rope_parameters.full_attention.rope_theta (per-layer-type parameters, Gemma 3 under v5);
//   4. rope_scaling.rope_theta (same, for configs that kept the legacy name);
//   5. the class default of the model type (docs/mfi.md).


function readRopeTheta(attrs, ctx) {
    const candidates = [
        attrs.fromConfig("rope_theta"),
        nested(attrs, "rope_parameters", ["rope_theta"]),
        nested(attrs, "rope_parameters", ["full_attention", "rope_theta"]),
        nested(attrs, "rope_scaling", ["rope_theta"]),
        attrs.fromDefaults("rope_theta"),
    ];
    for (const c of candidates) {
        if (c === undefined || c.value === null)
            continue;
        if (c.value instanceof py_json_PyNumber)
            return c.value;
        ctx.warnings.push({
            field: c.key ?? attrs.path("rope_theta"),
            message: `expected a number, found ${describe(c.value)}; ignored`,
        });
    }
    return null;
}
function nested(attrs, top, path) {
    let cur = attrs.fromConfig(top)?.value;
    for (const key of path) {
        if (!isConfigObject(cur))
            return undefined;
        cur = ownValue(cur, key);
    }
    return cur === undefined ? undefined : { value: cur, key: attrs.path([top, ...path].join(".")) };
}
/**
 * The stored rope_scaling dict: config.json's rope_scaling when the key exists (null included),
 * else rope_parameters (transformers 5 writes that name and serves it as rope_scaling).
 */
function readRopeScaling(attrs, ctx) {
    const attr = attrs.fromConfig("rope_scaling") ?? attrs.fromConfig("rope_parameters");
    if (attr === undefined || attr.value === null)
        return null;
    if (isConfigObject(attr.value))
        return attr.value;
    ctx.warnings.push({
        field: attr.key ?? attrs.path("rope_scaling"),
        message: `expected an object, found ${describe(attr.value)}; ignored`,
    });
    return null;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/mfi.ts
// MFI — the metadata fingerprint (spec §1). Field names and order are those of the reference's
// pydantic model as stored in its feature bundles. config.json is read directly with the alias
// and default table of model-types.ts (design §4.2); docs/mfi.md lists every deviation.










function extractMfi(config, tokenizer, file = "config.json") {
    return extractMfiDetailed(config, tokenizer, file).fingerprint;
}
/**
 * The fingerprint of a config.json, with warnings and the backbone used.
 *
 * Deviations from the reference (docs/mfi.md has the full list and reasons):
 * - config.json is read directly with model-types.ts's aliases and defaults, not through
 *   transformers' config classes;
 * - rope_theta is read from the top level, rope_parameters or rope_scaling (transformers 5 hides
 *   it), so pos_encoding and family_hash follow the real value; arch_hash does not use it;
 * - tokenizer_hash is ours, so family_hash compares only between our fingerprints;
 * - a config without architectures, or with a non-integer dimension, throws MalformedInputError
 *   (the reference aborts); an integral float dimension is hashed as written and warned about.
 */
function extractMfiDetailed(config, tokenizer, file = "config.json") {
    const ctx = { file, warnings: [] };
    const modelType = readModelType(config, ctx);
    const architectures = readArchitectures(config, file);
    const attrs = selectBackbone(config, modelType);
    const dims = readDimensions(attrs, ctx);
    const { hidden, layers, heads, kv } = dims;
    const nah = heads.value || 1;
    const nkv = kv?.value ?? null;
    const attentionStyle = nkv === null || nkv === nah ? "MHA" : nkv === 1 ? "MQA" : "GQA";
    const hiddenAct = readHiddenAct(attrs, ctx);
    const normType = readNormType(attrs);
    const ropeTheta = readRopeTheta(attrs, ctx);
    const ropeScaling = readRopeScaling(attrs, ctx);
    const fingerprint = {
        model_type: modelType,
        architectures,
        hidden_size: hidden.value,
        num_hidden_layers: layers.value,
        num_attention_heads: heads.value,
        num_key_value_heads: nkv,
        intermediate_size: dims.intermediate.value,
        vocab_size: dims.vocab.value,
        max_position_embeddings: dims.maxPositions.value,
        hidden_act: hiddenAct,
        rope_theta: ropeTheta?.toNumber() ?? null,
        rope_scaling: ropeScaling === null ? null : toPlainJson(ropeScaling),
        tie_word_embeddings: readOptionalBool(attrs, "tie_word_embeddings", ctx),
        bos_token_id: tokenizer.bosTokenId,
        eos_token_id: tokenizer.eosTokenId,
        gqa_ratio: nkv ? pyRound(nah / nkv, 1) : 1.0,
        attention_style: attentionStyle,
        norm_type: normType,
        attention_bias: readAttentionBias(attrs, ctx),
        qk_norm: readQkNorm(attrs),
        pos_encoding: readPosEncoding(attrs, ropeTheta, ctx),
        head_dim: readHeadDim(attrs, dims, ctx),
        tokenizer_hash: tokenizer.tokenizerHash,
        token_id_signature: `bos=${pyIntOrNone(tokenizer.bosTokenId)}|eos=${pyIntOrNone(tokenizer.eosTokenId)}`,
        arch_hash: archHash(archFields(modelType, architectures, dims)),
        family_hash: familyHash({
            model_type: modelType,
            attention_style: attentionStyle,
            hidden_act: hiddenAct,
            norm_type: normType,
            tokenizer_hash: tokenizer.tokenizerHash,
            rope_theta: ropeTheta,
            rope_scaling: ropeScaling ?? undefined,
        }),
    };
    return { fingerprint, warnings: ctx.warnings, backbone: attrs.prefix };
}
function readModelType(config, ctx) {
    const v = ownValue(config, "model_type");
    if (typeof v === "string")
        return v;
    if (v === undefined || v === null) {
        // transformers cannot even pick a config class without it; we fingerprint on, as "unknown".
        ctx.warnings.push({ field: "model_type", message: 'missing; using "unknown" as the reference default' });
        return "unknown";
    }
    throw new MalformedInputError({ file: ctx.file, field: "model_type" }, `expected a string, found ${describe(v)}`);
}
/**
 * The reference aborts on a config without architectures (pydantic refuses None, spec §11.1
 * item 4). We refuse too, but say how to fix it: the hash needs the exact list.
 */
function readArchitectures(config, file) {
    const v = ownValue(config, "architectures");
    const fix = 'add the model class as save_pretrained writes it, e.g. "architectures": ["LlamaForCausalLM"]';
    if (v === undefined || v === null) {
        throw new MalformedInputError({ file, field: "architectures" }, `missing; ${fix}`);
    }
    if (!Array.isArray(v) || !v.every((a) => typeof a === "string")) {
        throw new MalformedInputError({ file, field: "architectures" }, `expected a list of strings, found ${describe(v)}; ${fix}`);
    }
    return [...v];
}
/**
 * Spec §1.2: the top level unless it has no positive hidden_size; then the first of
 * text_config / decoder whose hidden_size is > 0. (A null hidden_size counts as missing.)
 */
function selectBackbone(config, modelType) {
    const top = new ConfigAttributes(config, modelType, "");
    if (pyTruthy(top.get("hidden_size")?.value))
        return top;
    for (const key of ["text_config", "decoder"]) {
        const sub = ownValue(config, key);
        if (!isConfigObject(sub))
            continue;
        const subType = ownValue(sub, "model_type");
        const rulesType = typeof subType === "string" ? subType : TEXT_CONFIG_TYPES[modelType];
        const attrs = new ConfigAttributes(sub, rulesType, key);
        const h = attrs.get("hidden_size")?.value;
        if (h instanceof py_json_PyNumber && h.toNumber() > 0)
            return attrs;
    }
    return top;
}
function readDimensions(attrs, ctx) {
    const req = (name) => readDimension(attrs, name, ctx, false);
    const hidden = req("hidden_size");
    const layers = req("num_hidden_layers");
    const heads = req("num_attention_heads");
    let kv = readDimension(attrs, "num_key_value_heads", ctx, true);
    // transformers' __init__ fills it from the head count (the raw value, int or float as written).
    if (kv === null && attrs.rules.kvFromHeads)
        kv = heads;
    const intermediate = readIntermediate(attrs, hidden, ctx);
    return {
        hidden,
        layers,
        heads,
        kv,
        intermediate,
        vocab: req("vocab_size"),
        maxPositions: req("max_position_embeddings"),
    };
}
/** The raw values as written (int/float form kept), with kv filled as transformers fills it. */
function archFields(modelType, architectures, d) {
    return {
        model_type: modelType,
        architectures,
        hidden_size: d.hidden.raw,
        num_hidden_layers: d.layers.raw,
        num_attention_heads: d.heads.raw,
        num_key_value_heads: d.kv?.raw ?? null,
        intermediate_size: d.intermediate.raw,
        vocab_size: d.vocab.raw,
        max_position_embeddings: d.maxPositions.raw,
    };
}
function readHiddenAct(attrs, ctx) {
    if (attrs.has("hidden_act"))
        return readOptionalString(attrs, "hidden_act", ctx) ?? null;
    return readOptionalString(attrs, "hidden_activation", ctx) ?? null;
}
/** Attribute existence, not value: class fields count (spec §1.4). */
function readNormType(attrs) {
    if (attrs.has("rms_norm_eps") || attrs.has("rms_norm_epsilon"))
        return "RMSNorm";
    if (attrs.has("layer_norm_eps") || attrs.has("layer_norm_epsilon"))
        return "LayerNorm";
    return "unknown";
}
function readAttentionBias(attrs, ctx) {
    if (attrs.has("attention_bias"))
        return readOptionalBool(attrs, "attention_bias", ctx);
    if (attrs.has("bias"))
        return readOptionalBool(attrs, "bias", ctx);
    return null;
}
function readQkNorm(attrs) {
    const scalar = attrs.get("query_pre_attn_scalar")?.value;
    return (pyTruthy(attrs.get("qk_layernorm")?.value) ||
        pyTruthy(attrs.get("qk_norm")?.value) ||
        (scalar !== undefined && scalar !== null));
}
function readPosEncoding(attrs, ropeTheta, ctx) {
    if (ropeTheta !== null)
        return "RoPE";
    if (!attrs.has("position_embedding_type"))
        return "absolute";
    return readOptionalString(attrs, "position_embedding_type", ctx) ?? "absolute";
}
function readHeadDim(attrs, dims, ctx) {
    const hd = readDimension(attrs, "head_dim", ctx, true);
    if (hd !== null)
        return hd.value;
    if (!attrs.rules.headDimFromHidden || dims.heads.value === 0)
        return null;
    return Math.floor(dims.hidden.value / dims.heads.value);
}
function pyIntOrNone(n) {
    return n === null ? "None" : String(n);
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/similarity.ts
// MFI similarity (spec §1.6): tier 1 on equal arch_hash, tier 2 on equal family_hash with equal
// hidden size and depth, else a weighted soft score. The soft score's additions happen in the
// reference's order, so the float sums (and the 4-decimal rounding) come out bit-identical.

function mfiSimilarity(a, b) {
    if (a.arch_hash && b.arch_hash && a.arch_hash === b.arch_hash) {
        return { score: 1.0, tier: 1, match_type: "exact" };
    }
    // A family match with different hidden size or depth is demoted to the soft score, with no
    // bonus (the reference's docs mention one; its code has none).
    if (a.family_hash &&
        b.family_hash &&
        a.family_hash === b.family_hash &&
        a.hidden_size === b.hidden_size &&
        a.num_hidden_layers === b.num_hidden_layers) {
        return { score: 0.9, tier: 2, match_type: "family" };
    }
    return { score: softScore(a, b), tier: 3, match_type: "soft_match" };
}
function softScore(a, b) {
    let score = 0;
    let total = 0;
    const eq = (x, y) => (x === y ? 1.0 : 0.0);
    total += 2.0;
    score += (2.0 * (eq(a.bos_token_id, b.bos_token_id) + eq(a.eos_token_id, b.eos_token_id))) / 2;
    if (a.hidden_size > 0 && b.hidden_size > 0) {
        total += 1.8;
        if (closeness(a.hidden_size, b.hidden_size) >= 0.9)
            score += 1.8;
    }
    total += 1.5;
    score += 1.5 * eq(a.qk_norm, b.qk_norm);
    if (a.num_hidden_layers > 0 && b.num_hidden_layers > 0) {
        total += 1.5;
        if (closeness(a.num_hidden_layers, b.num_hidden_layers) >= 0.9)
            score += 1.5;
    }
    if (a.vocab_size && b.vocab_size) {
        total += 1.5;
        score += 1.5 * closeness(a.vocab_size, b.vocab_size);
    }
    total += 1.5;
    score += 1.5 * eq(a.attention_style, b.attention_style);
    total += 1.2;
    score += ropeCredit(a.rope_theta, b.rope_theta);
    total += 0.5;
    score += 0.5 * eq(a.norm_type, b.norm_type);
    total += 0.4;
    score += 0.4 * eq(a.pos_encoding, b.pos_encoding);
    total += 0.4;
    score += 0.4 * eq(a.attention_bias, b.attention_bias);
    total += 0.1;
    score += 0.1 * eq(a.model_type, b.model_type);
    return total > 0 ? pyRound(score / total, 4) : 0.0;
}
/** 1 − |a−b| / max(a, b), the reference's relative closeness. */
function closeness(a, b) {
    return 1 - Math.abs(a - b) / Math.max(a, b);
}
function ropeCredit(a, b) {
    if (a !== null && b !== null)
        return a > 0 && b > 0 ? 1.2 * closeness(a, b) : 0;
    return a === null && b === null ? 1.2 : 0;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/parameters.ts
// Parameter estimate and size bucket (spec §6.2), used by scan's first-stage filter and checked
// against every stored param_bucket. Integer arithmetic as in Python: products of dimensions
// pass 2^53 for large models, so everything is BigInt.
/** Buckets in order; scan allows a query's own bucket and its neighbours. */
const PARAM_BUCKETS = (/* unused pure expression or super */ null && (["<=1B", "1-10B", "10-40B", "40B+"]));
const GATED_ACTIVATIONS = new Set(["silu", "swiglu", "gegelu"]);
const GATED_MODEL_TYPES = new Set([
    "gemma",
    "gemma2",
    "gemma3",
    "gemma3_text",
    "llama",
    "mistral",
    "mixtral",
    "phi3",
    "phi4",
    "qwen2",
    "qwen2_moe",
    "qwen3",
    "qwen3_moe",
    "deepseek_v2",
    "deepseek_v3",
    "cohere",
    "cohere2",
    "command-r",
    "starcoder2",
]);
/**
 * per_layer = h·hd·(nh + 2kv) + nh·hd·h + (3 if gated else 2)·h·inter;
 * total = V·h + L·per_layer + (0 if tied else V·h). MoE experts are ignored, as in the reference.
 */
function estimateParameters(fp) {
    const h = big(fp.hidden_size);
    const layers = big(fp.num_hidden_layers);
    const vocab = big(fp.vocab_size);
    const nh = big(fp.num_attention_heads);
    const kv = fp.num_key_value_heads ? big(fp.num_key_value_heads) : nh;
    const inter = fp.intermediate_size ? big(fp.intermediate_size) : 4n * h;
    const tied = fp.tie_word_embeddings ?? true;
    const hd = fp.head_dim ? big(fp.head_dim) : nh !== 0n ? floorDiv(h, nh) : h;
    const gated = GATED_ACTIVATIONS.has((fp.hidden_act ?? "").toLowerCase()) ||
        GATED_MODEL_TYPES.has(fp.model_type.toLowerCase());
    const perLayer = h * hd * (nh + 2n * kv) + nh * hd * h + (gated ? 3n : 2n) * h * inter;
    return vocab * h + layers * perLayer + (tied ? 0n : vocab * h);
}
/** Boundaries are strict: 999,999,999 is "<=1B", 1,000,000,000 is "1-10B". */
function paramBucket(n) {
    const x = typeof n === "bigint" ? n : BigInt(Math.trunc(n));
    if (x < 1000000000n)
        return "<=1B";
    if (x < 10000000000n)
        return "1-10B";
    if (x < 40000000000n)
        return "10-40B";
    return "40B+";
}
function big(n) {
    if (!Number.isSafeInteger(n))
        throw new RangeError(`parameter estimate needs integers, got ${n}`);
    return BigInt(n);
}
/** Python's // on ints: floor, also for negative operands. */
function floorDiv(a, b) {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/fingerprint.ts
// The MFI fingerprint record: the reference's 26 fields, under its names and in its order (the
// order every stored bundle's `mfi` object has). Plain data: JSON-serialisable and cacheable.
const fingerprint_MFI_FIELDS = [
    "model_type",
    "architectures",
    "hidden_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_key_value_heads",
    "intermediate_size",
    "vocab_size",
    "max_position_embeddings",
    "hidden_act",
    "rope_theta",
    "rope_scaling",
    "tie_word_embeddings",
    "bos_token_id",
    "eos_token_id",
    "gqa_ratio",
    "attention_style",
    "norm_type",
    "attention_bias",
    "qk_norm",
    "pos_encoding",
    "head_dim",
    "tokenizer_hash",
    "token_id_signature",
    "arch_hash",
    "family_hash",
];

;// CONCATENATED MODULE: ./src/engine/features/metadata/stored-mfi.ts
// MFI fingerprints as reference feature bundles store them (spec §7.3 `mfi`): reading one back
// into an MfiFingerprint, re-deriving its hashes from the stored fields (spec §12.6), and the
// Python form for writing one (pydantic types: rope_theta and gqa_ratio are floats).



/** Field kinds and the pydantic defaults used when a stored bundle omits a field. */
const SCHEMA = {
    model_type: ["str", "unknown"],
    architectures: ["strs", ["unknown"]],
    hidden_size: ["int", 0],
    num_hidden_layers: ["int", 0],
    num_attention_heads: ["int", 0],
    num_key_value_heads: ["int?", null],
    intermediate_size: ["int", 0],
    vocab_size: ["int", 0],
    max_position_embeddings: ["int", 0],
    hidden_act: ["str?", null],
    rope_theta: ["float?", null],
    rope_scaling: ["dict?", null],
    tie_word_embeddings: ["bool?", null],
    bos_token_id: ["int?", null],
    eos_token_id: ["int?", null],
    gqa_ratio: ["float", 1.0],
    attention_style: ["str", "MHA"],
    norm_type: ["str", "unknown"],
    attention_bias: ["bool?", null],
    qk_norm: ["bool", false],
    pos_encoding: ["str", "absolute"],
    head_dim: ["int?", null],
    tokenizer_hash: ["str", ""],
    token_id_signature: ["str", ""],
    arch_hash: ["str", ""],
    family_hash: ["str", ""],
};
/**
 * A stored `mfi` object → MfiFingerprint. A field of the wrong type is a problem and takes its
 * default, so one bad field does not hide the rest of the entry.
 */
function parseStoredMfi(mfi) {
    const problems = [];
    const out = {};
    for (const name of fingerprint_MFI_FIELDS) {
        const [kind, fallback] = SCHEMA[name];
        const raw = ownValue(mfi, name);
        const value = raw === undefined ? fallback : convert(raw, kind);
        if (value === INVALID) {
            problems.push({ field: `mfi.${name}`, message: `expected ${KIND_TEXT[kind]}, found ${describe(raw)}` });
            out[name] = fallback;
        }
        else {
            out[name] = value;
        }
    }
    return { fingerprint: out, problems };
}
const INVALID = Symbol("invalid");
const KIND_TEXT = {
    str: "a string",
    "str?": "a string or null",
    int: "an integer",
    "int?": "an integer or null",
    float: "a number",
    "float?": "a number or null",
    bool: "true or false",
    "bool?": "true, false or null",
    strs: "a list of strings",
    "dict?": "an object or null",
};
function convert(v, kind) {
    if (v === null)
        return kind.endsWith("?") ? null : INVALID;
    switch (kind.replace("?", "")) {
        case "str":
            return typeof v === "string" ? v : INVALID;
        case "bool":
            return typeof v === "boolean" ? v : INVALID;
        case "float":
            return v instanceof py_json_PyNumber ? v.toNumber() : INVALID;
        case "int":
            // pydantic accepts 4096.0 for an int field; the stored form still matters for arch_hash.
            return v instanceof py_json_PyNumber && Number.isSafeInteger(v.toNumber()) ? v.toNumber() : INVALID;
        case "strs":
            return Array.isArray(v) && v.every((s) => typeof s === "string") ? [...v] : INVALID;
        default:
            return isConfigObject(v) ? toPlainJson(v) : INVALID;
    }
}
const ARCH_FIELDS = [
    "hidden_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_key_value_heads",
    "intermediate_size",
    "vocab_size",
    "max_position_embeddings",
];
/** The nine stored values as they were written (int/float form kept), or the problems. */
function storedArchFields(mfi) {
    const problems = [];
    const modelType = ownValue(mfi, "model_type");
    if (typeof modelType !== "string")
        problems.push(wrong("model_type", "a string", modelType));
    const archs = ownValue(mfi, "architectures");
    const archsOk = Array.isArray(archs) && archs.every((a) => typeof a === "string");
    if (!archsOk)
        problems.push(wrong("architectures", "a list of strings", archs));
    const nums = {};
    for (const name of ARCH_FIELDS) {
        const v = ownValue(mfi, name);
        if (v instanceof py_json_PyNumber || (v === null && name === "num_key_value_heads"))
            nums[name] = v;
        else
            problems.push(wrong(name, name === "num_key_value_heads" ? "a number or null" : "a number", v));
    }
    if (problems.length > 0)
        return problems;
    return {
        model_type: modelType,
        architectures: archs,
        hidden_size: nums.hidden_size,
        num_hidden_layers: nums.num_hidden_layers,
        num_attention_heads: nums.num_attention_heads,
        num_key_value_heads: nums.num_key_value_heads ?? null,
        intermediate_size: nums.intermediate_size,
        vocab_size: nums.vocab_size,
        max_position_embeddings: nums.max_position_embeddings,
    };
}
/** The family-hash inputs from stored fields, rope_theta in its stored (float) form. */
function storedFamilyFields(mfi) {
    const problems = [];
    const str = (name, nullable) => {
        const v = ownValue(mfi, name);
        if (typeof v === "string" || (nullable && v === null))
            return v;
        problems.push(wrong(name, nullable ? "a string or null" : "a string", v));
        return null;
    };
    const fields = {
        model_type: str("model_type", false),
        attention_style: str("attention_style", false),
        hidden_act: str("hidden_act", true),
        norm_type: str("norm_type", false),
        tokenizer_hash: str("tokenizer_hash", false),
    };
    const theta = ownValue(mfi, "rope_theta");
    if (!(theta === null || theta instanceof py_json_PyNumber))
        problems.push(wrong("rope_theta", "a number or null", theta));
    if (problems.length > 0)
        return problems;
    return { ...fields, rope_theta: theta, rope_scaling: ownValue(mfi, "rope_scaling") };
}
function wrong(name, want, v) {
    return { field: `mfi.${name}`, message: `expected ${want}, found ${describe(v)}` };
}
/**
 * The Python value a reference bundle stores: ints as ints, rope_theta and gqa_ratio as floats
 * (an int rope_theta 1000000 is stored as 1000000.0, spec §1.3). Key order is the field order.
 */
function mfiToPyValue(fp) {
    const out = {};
    for (const name of MFI_FIELDS) {
        const v = fp[name];
        if (name === "rope_theta" || name === "gqa_ratio") {
            out[name] = v === null ? null : PyNumber.float(v);
        }
        else {
            out[name] = v;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/metadata/index.ts
// Metadata fingerprint (MFI): reading config.json, extraction, hashes, similarity, size estimate.








;// CONCATENATED MODULE: ./src/engine/features/tokenizer/tfv-similarity.ts
// TFV similarity (provenancekit §2.4): eleven weighted components summed in the reference's order,
// then Python-rounded to 4 decimals. The order of the float additions is part of the result.


/** tfv_similarity(a, b) in [0, 1]. */
function tfvSimilarity(a, b) {
    let score = 0;
    score += 0.1 * (a.tokenizer_class === b.tokenizer_class ? 1 : 0);
    const maxVocab = Math.max(a.vocab_size, b.vocab_size);
    score += 0.1 * (maxVocab > 0 ? 1 - Math.abs(a.vocab_size - b.vocab_size) / maxVocab : 0);
    const bos = a.bos_token_id === b.bos_token_id ? 1 : 0;
    const eos = a.eos_token_id === b.eos_token_id ? 1 : 0;
    score += (0.08 * (bos + eos)) / 2;
    const la = a.avg_token_length;
    const lb = b.avg_token_length;
    score += 0.07 * Math.max(0, 1 - Math.abs(la - lb) / Math.max(la, lb, 1e-8));
    score += 0.05 * Math.max(0, 1 - Math.abs(a.pct_whitespace_prefix - b.pct_whitespace_prefix));
    score += scriptCosine(a.script_distribution, b.script_distribution);
    score += 0.05 * (a.pct_byte_tokens > 0 === b.pct_byte_tokens > 0 ? 1 : 0);
    score += mergeCount(a.num_merges, b.num_merges);
    score += mergeRuleHash(a.merge_rule_hash, b.merge_rule_hash);
    score += specialTokens(a.special_token_ids, b.special_token_ids);
    score += mergeIdentity(a.all_merges_str, b.all_merges_str);
    return pyRound(score, 4);
}
/** 0.10 × cosine of the stored shares over the sorted union of scripts (missing = 0). */
function scriptCosine(a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareCodePoints);
    if (keys.length === 0)
        return 0;
    // numpy's norm and dot of these ≤ 6-element vectors are plain left-to-right float64 sums.
    let dot = 0;
    let aa = 0;
    let bb = 0;
    for (const k of keys) {
        const x = share(a, k);
        const y = share(b, k);
        dot += x * y;
        aa += x * x;
        bb += y * y;
    }
    const norm = Math.sqrt(aa) * Math.sqrt(bb);
    return 0.1 * (norm > 1e-8 ? dot / norm : 0);
}
/** dict.get(k, 0) on a record that may come from parsed JSON (inherited names are not keys). */
function share(d, k) {
    return Object.hasOwn(d, k) ? d[k] : 0;
}
function mergeCount(ma, mb) {
    if (ma > 0 && mb > 0)
        return 0.05 * (1 - Math.abs(ma - mb) / Math.max(ma, mb));
    if (ma === 0 && mb === 0)
        return 0.05;
    return 0;
}
function mergeRuleHash(ha, hb) {
    // An empty hash (database bundles may lack it) never matches, not even another empty one.
    return ha !== "" && hb !== "" ? 0.15 * (ha === hb ? 1 : 0) : 0;
}
/** 0.10 × share of pad/unk/mask that agree; a key set on one side only is left out. */
function specialTokens(a, b) {
    let matches = 0;
    let total = 0;
    for (const key of ["pad", "unk", "mask"]) {
        const ia = specialId(a, key);
        const ib = specialId(b, key);
        if (ia !== null && ib !== null) {
            total++;
            if (ia === ib)
                matches++;
        }
        else if (ia === null && ib === null) {
            total++;
            matches++;
        }
    }
    return 0.1 * (total > 0 ? matches / total : 0.5);
}
function specialId(d, key) {
    return Object.hasOwn(d, key) ? (d[key] ?? null) : null;
}
function mergeIdentity(ma, mb) {
    if (ma !== "" && mb !== "")
        return 0.15 * (ma === mb ? 1 : 0);
    if (ma === "" && mb === "")
        return 0.15 * 0.5;
    return 0;
}

;// CONCATENATED MODULE: ./src/engine/features/tokenizer/voa.ts
// VOA (provenancekit §3): set overlap of two vocabularies, and the tokenizer score of §5 that
// combines it with TFV. Tokens are compared as they are: no stripping of ▁/Ġ, no case folding.

/** vocab_overlap() of two vocabularies (duplicates count once, as Python's set() does). */
function vocabOverlap(a, b) {
    const sa = asKeyed(a);
    const sb = asKeyed(b);
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    let inter = 0;
    for (const t of small.keys())
        if (large.has(t))
            inter++;
    const union = sa.size + sb.size - inter;
    return {
        jaccard: union > 0 ? pyRound(inter / union, 4) : 0,
        vocab_a_size: sa.size,
        vocab_b_size: sb.size,
        intersection: inter,
        union,
        only_a: sa.size - inter,
        only_b: sb.size - inter,
        overlap_pct_a: sa.size > 0 ? pyRound(inter / sa.size, 4) : 0,
        overlap_pct_b: sb.size > 0 ? pyRound(inter / sb.size, 4) : 0,
    };
}
/** Sets and Maps are used as they are: copying a 262k-token vocabulary into a Set costs ~100 ms. */
function asKeyed(x) {
    if (x instanceof Set || x instanceof Map)
        return x;
    return new Set(x);
}
/**
 * Tokenizer score (reported only, never part of the verdict): Py-round(0.25·TFV + 0.75·VOA, 4).
 * NaN in, NaN out; scan passes VOA 0 because the database stores no vocabularies (§6.5).
 */
function tokenizerScore(tfv, voa) {
    return pyRound(0.25 * tfv + 0.75 * voa, 4);
}

;// CONCATENATED MODULE: ./src/engine/scoring/identity.ts
// Identity score (provenancekit §5): the weighted mean of the available weight-signal similarities.
// An unavailable signal (NaN) is dropped and the remaining weights are renormalised, so a model
// without, say, WVC is judged on the other four rather than on a neutral placeholder.

/** Reference weights, in the reference's iteration order (the order fixes the float sums). */
const IDENTITY_WEIGHTS = Object.freeze({
    eas: 0.36,
    nlf: 0.08,
    lep: 0.16,
    end: 0.19,
    wvc: 0.21,
});
const ORDER = ["eas", "nlf", "lep", "end", "wvc"];
/** A kept-weight total below this cannot be renormalised (reference constant). */
const MIN_TOTAL_WEIGHT = 1e-10;
/** Σ (w_k / W) · v_k over the non-NaN signals, rounded to 4 decimals; NaN when none is available. */
function identityScore(signals) {
    const kept = ORDER.filter((k) => !Number.isNaN(signals[k]));
    if (kept.length === 0)
        return NaN;
    // Left-to-right sums as the reference's loop adds them (each term divided first).
    let total = 0;
    for (const k of kept)
        total += IDENTITY_WEIGHTS[k];
    if (total < MIN_TOTAL_WEIGHT)
        return NaN;
    let score = 0;
    for (const k of kept)
        score += (IDENTITY_WEIGHTS[k] / total) * signals[k];
    return pyRound(score, 4);
}

;// CONCATENATED MODULE: ./src/engine/scoring/stats.ts
// numpy-compatible numeric helpers for the weight-signal similarities (provenancekit §4.9).
// Everything runs in float64, as numpy does for the f64 arrays the reference scores with.
// Reductions copy numpy's order where it is known (pairwise summation for sum/mean/std); dot
// products go through BLAS in numpy, whose order is unspecified, so they are summed left to right
// here — a last-bit difference at most, invisible after the 4-decimal rounding.
/** numpy's pairwise-summation block: below it the sum is unrolled over 8 accumulators. */
const PAIRWISE_BLOCK = 128;
/**
 * numpy's pairwise_sum over v[start, start+n) (loops_utils.h): sequential below 8 values,
 * 8 interleaved accumulators up to 128, halving (at a multiple of 8) above. Matching it makes
 * sum/mean/std bit-identical to numpy for f64 input.
 */
function pairwiseSum(v, start, n) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res += v[start + i];
        return res;
    }
    if (n <= PAIRWISE_BLOCK) {
        const r = new Float64Array(8);
        for (let j = 0; j < 8; j++)
            r[j] = v[start + j];
        let i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (let j = 0; j < 8; j++)
                r[j] = r[j] + v[start + i + j];
        }
        const at = (j) => r[j];
        let res = at(0) + at(1) + (at(2) + at(3)) + (at(4) + at(5) + (at(6) + at(7)));
        for (; i < n; i++)
            res += v[start + i];
        return res;
    }
    let n2 = Math.trunc(n / 2);
    n2 -= n2 % 8;
    return pairwiseSum(v, start, n2) + pairwiseSum(v, start + n2, n - n2);
}
/** numpy.sum (add.reduce: identity 0 plus the pairwise sum). */
function sum(v) {
    return 0 + pairwiseSum(v, 0, v.length);
}
/** numpy.mean: sum / n (NaN for an empty array, as numpy's 0/0). */
function mean(v) {
    return sum(v) / v.length;
}
/** numpy.std with ddof 0 (population): sqrt(sum((x − mean)²) / n). */
function std(v) {
    const m = mean(v);
    const sq = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) {
        const d = v[i] - m;
        sq[i] = d * d;
    }
    return Math.sqrt(sum(sq) / v.length);
}
/** numpy.max / numpy.min: NaN propagates; an empty array has no extremum (numpy raises). */
function maxOf(v) {
    if (v.length === 0)
        throw new RangeError("maxOf: empty array (numpy raises on an empty max)");
    let m = -Infinity;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (Number.isNaN(x))
            return NaN;
        if (x > m)
            m = x;
    }
    return m;
}
function minOf(v) {
    if (v.length === 0)
        throw new RangeError("minOf: empty array (numpy raises on an empty min)");
    let m = Infinity;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (Number.isNaN(x))
            return NaN;
        if (x < m)
            m = x;
    }
    return m;
}
/** Left-to-right f64 dot product of the first n values (numpy uses BLAS; see the file comment). */
function dot(a, b, n = a.length) {
    let s = 0;
    for (let i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}
/**
 * numpy.corrcoef(x, y)[0, 1]: center each row by its mean, c = X·Xᵀ · (1/(n−1)) (numpy multiplies
 * by the reciprocal), r = (c01 / √c00) / √c11, clipped to [−1, 1]. NaN stays NaN (clip keeps it).
 */
function corrcoef(x, y) {
    const n = x.length;
    if (y.length !== n)
        throw new RangeError(`corrcoef: lengths differ (${n} vs ${y.length})`);
    const mx = mean(x);
    const my = mean(y);
    const cx = new Float64Array(n);
    const cy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        cx[i] = x[i] - mx;
        cy[i] = y[i] - my;
    }
    const f = 1 / (n - 1);
    const c00 = dot(cx, cx) * f;
    const c01 = dot(cx, cy) * f;
    const c11 = dot(cy, cy) * f;
    const r = c01 / Math.sqrt(c00) / Math.sqrt(c11);
    return Number.isNaN(r) ? r : Math.min(1, Math.max(-1, r));
}
/**
 * numpy.linspace(start, stop, num) in f64 with endpoint: i·step + start, step = (stop−start)/(num−1),
 * last value forced to stop. num = 1 gives [start] (numpy multiplies by delta, step undefined).
 */
function linspace(start, stop, num) {
    const out = new Float64Array(Math.max(0, num));
    const delta = stop - start;
    const div = num - 1;
    const step = div > 0 ? delta / div : NaN;
    for (let i = 0; i < out.length; i++) {
        if (div <= 0)
            out[i] = i * delta + start;
        else if (step === 0)
            out[i] = (i / div) * delta + start;
        else
            out[i] = i * step + start;
    }
    if (num > 1)
        out[num - 1] = stop;
    return out;
}
/** Largest j with xp[j] ≤ x, −1 below xp[0], len above xp[len−1] (numpy's binary search result). */
function searchKnot(x, xp) {
    const len = xp.length;
    if (x > xp[len - 1])
        return len;
    if (x < xp[0])
        return -1;
    let lo = 0;
    let hi = len - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (xp[mid] <= x)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * numpy.interp(x, xp, fp) for increasing xp (compiled_base.c arr_interp): constant beyond the ends,
 * exact knot hits return the stored value, else slope·(x − xp[j]) + fp[j], retried from the right
 * knot when that is NaN.
 */
function interp(x, xp, fp) {
    const n = xp.length;
    if (n === 0 || fp.length !== n)
        throw new RangeError(`interp: xp (${n}) and fp (${fp.length}) must be non-empty and equal`);
    const out = new Float64Array(x.length);
    // One knot: numpy returns that knot's value everywhere (even for a NaN x).
    if (n === 1)
        return out.fill(fp[0]);
    const left = fp[0];
    const right = fp[n - 1];
    for (let i = 0; i < x.length; i++) {
        const xv = x[i];
        if (Number.isNaN(xv)) {
            out[i] = xv;
            continue;
        }
        const j = searchKnot(xv, xp);
        if (j === -1)
            out[i] = left;
        else if (j >= n)
            out[i] = right;
        else if (j === n - 1 || xp[j] === xv)
            out[i] = fp[j];
        else
            out[i] = interpolate(xv, j, xp, fp);
    }
    return out;
}
function interpolate(xv, j, xp, fp) {
    const x0 = xp[j];
    const x1 = xp[j + 1];
    const y0 = fp[j];
    const y1 = fp[j + 1];
    const slope = (y1 - y0) / (x1 - x0);
    let v = slope * (xv - x0) + y0;
    if (Number.isNaN(v)) {
        v = slope * (xv - x1) + y1;
        if (Number.isNaN(v) && y0 === y1)
            v = y0;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/engine/scoring/similarity.ts
// Weight-signal similarities (provenancekit §4.9). Each returns NaN when the signal is unavailable
// (a missing record, too little data, a degenerate vector) — never a neutral 0.5 — so the identity
// score can drop it and re-weight the rest.
//
// Precision: everything is computed in float64. The reference does the same for cached (JSON) and
// list-built arrays, but numpy keeps fresh/DB f32 arrays in f32 for NLF stats and WVC cosines;
// that costs the reference a few ulps, so results here can differ from it in the last bits of the
// unrounded value — visible only if that value sits on a 4-decimal rounding boundary.
//
// NaN inside a vector: Python's min(1.0, nan) is 1.0, so the reference scores a NaN cosine as a
// perfect 1.0. We knowingly let NaN propagate instead (corrupt weights are unavailable evidence,
// not a perfect match); no golden depends on it.


/** Norm products below this are treated as zero vectors (reference constant). */
const MIN_NORM_PRODUCT = 1e-10;
/** Standard deviations below this make a correlation meaningless (reference constant). */
const MIN_STD = 1e-8;
/** EAS needs at least an 8×8 anchor block (28 off-diagonal pairs). */
const MIN_EAS_ANCHORS = 8;
/** NLF compares at least 4 values (one stats quadruple). */
const MIN_NLF_VALUES = 4;
/** WVC skips layers whose common prefix is shorter than this. */
const MIN_WVC_LAYER_VALUES = 64;
/** WVC needs this many scored layers. */
const MIN_WVC_LAYERS = 2;
function cosine(a, b, n) {
    const p = Math.sqrt(dot(a, a, n)) * Math.sqrt(dot(b, b, n));
    return { p, c: dot(a, b, n) / p };
}
/** cosine_clamp: cosine in f64, clamped to [0, 1], rounded to 4 decimals; NaN for a zero vector. */
function cosineClamp(a, b) {
    if (a.length !== b.length) {
        // numpy.dot raises on a shape mismatch; callers take common prefixes first.
        throw new RangeError(`cosineClamp: lengths differ (${a.length} vs ${b.length})`);
    }
    const { p, c } = cosine(a, b, a.length);
    if (p < MIN_NORM_PRODUCT)
        return NaN;
    return pyRound(Math.min(1, Math.max(0, c)), 4);
}
/** Pearson r mapped to [0, 1] and rounded; NaN when either series is (nearly) constant. */
function correlationScore(a, b) {
    if (std(a) < MIN_STD || std(b) < MIN_STD)
        return NaN;
    const r = corrcoef(a, b);
    if (Number.isNaN(r))
        return NaN;
    return pyRound((r + 1) / 2, 4);
}
/** Strict upper triangle (i < j, row-major) of the leading k×k block of a matrix. */
function upperTriangle(m, k) {
    const out = new Float64Array((k * (k - 1)) / 2);
    let o = 0;
    for (let i = 0; i < k; i++) {
        for (let j = i + 1; j < k; j++)
            out[o++] = m.data[i * m.k + j];
    }
    return out;
}
/** EAS: correlation of the anchor self-similarity matrices, compared by anchor position. */
function easSimilarity(sa, sb) {
    if (sa === null || sb === null)
        return NaN;
    for (const m of [sa, sb]) {
        if (m.data.length < m.k * m.k) {
            throw new RangeError(`easSimilarity: ${m.k}×${m.k} matrix has only ${m.data.length} values`);
        }
    }
    const k = Math.min(sa.k, sb.k);
    if (k < MIN_EAS_ANCHORS)
        return NaN;
    return correlationScore(upperTriangle(sa, k), upperTriangle(sb, k));
}
/**
 * norm_vector_to_stats: L equal chunks → [mean, std, max, min] each, remainder ignored; the vector
 * is returned unchanged when it cannot be split (L ≤ 0 or fewer values than layers).
 */
function nlfStats(v, numLayers) {
    if (numLayers <= 0)
        return v;
    const c = Math.floor(v.length / numLayers);
    if (c <= 0)
        return v;
    const out = new Float64Array(4 * numLayers);
    for (let i = 0; i < numLayers; i++) {
        const chunk = v.subarray(i * c, (i + 1) * c);
        out.set([mean(chunk), std(chunk), maxOf(chunk), minOf(chunk)], 4 * i);
    }
    return out;
}
/** NLF: direct cosine for equal-length direct vectors, else compare per-layer stats prefixes. */
function nlfSimilarity(a, b) {
    if (a === null || b === null)
        return NaN;
    const directA = a.mode === "direct";
    const directB = b.mode === "direct";
    let va = a.vector;
    let vb = b.vector;
    if (directA && directB && va.length === vb.length)
        return cosineClamp(va, vb);
    // Whichever side is direct is converted (both when both are direct with different lengths).
    if (directA)
        va = nlfStats(va, a.numLayers);
    if (directB)
        vb = nlfStats(vb, b.numLayers);
    const m = Math.min(va.length, vb.length);
    if (m < MIN_NLF_VALUES)
        return NaN;
    return cosineClamp(va.subarray(0, m), vb.subarray(0, m));
}
/** LEP: correlation of the layer energy profiles, resampled to the shorter length if they differ. */
function lepSimilarity(pa, pb) {
    if (pa === null || pb === null || pa.length === 0 || pb.length === 0)
        return NaN;
    let a = pa;
    let b = pb;
    if (pa.length !== pb.length) {
        const target = linspace(0, 1, Math.min(pa.length, pb.length));
        a = interp(target, linspace(0, 1, pa.length), pa);
        b = interp(target, linspace(0, 1, pb.length), pb);
    }
    return correlationScore(a, b);
}
/** END: cosine of the two 20-bin norm histograms. */
function endSimilarity(ha, hb) {
    if (ha === null || hb === null)
        return NaN;
    return cosineClamp(ha, hb);
}
/** WVC: mean over common layers of the clamped (unrounded) cosine of the signatures' common prefix. */
function wvcSimilarity(a, b) {
    if (a === null || b === null)
        return NaN;
    const common = [...a.keys()].filter((k) => b.has(k)).sort((x, y) => x - y);
    if (common.length < MIN_WVC_LAYERS)
        return NaN;
    const cosines = [];
    for (const layer of common) {
        const sa = a.get(layer);
        const sb = b.get(layer);
        const m = Math.min(sa.length, sb.length);
        if (m < MIN_WVC_LAYER_VALUES)
            continue;
        const { p, c } = cosine(sa, sb, m);
        if (p < MIN_NORM_PRODUCT)
            continue;
        cosines.push(Math.min(1, Math.max(0, c)));
    }
    if (cosines.length < MIN_WVC_LAYERS)
        return NaN;
    return pyRound(mean(cosines), 4);
}

;// CONCATENATED MODULE: ./src/engine/scoring/verdict.ts
// The verdict of a comparison (design §5). Labels and thresholds follow the reference (strict
// > 0.75 high, > 0.65 weak), applied to the identity score of weight signals only: metadata never
// confirms lineage on its own, so without weight evidence the verdict is "unverified".
const HIGH_CONFIDENCE_THRESHOLD = 0.75;
const WEAK_MATCH_THRESHOLD = 0.65;
function verdictFromIdentity(identity) {
    if (identity === null || Number.isNaN(identity)) {
        return {
            label: "unverified",
            related: false,
            basis: "no weight evidence: metadata and tokenizer alone never decide lineage",
        };
    }
    if (identity > HIGH_CONFIDENCE_THRESHOLD) {
        return {
            label: "high-confidence-match",
            related: true,
            basis: `identity score ${identity} > ${HIGH_CONFIDENCE_THRESHOLD}`,
        };
    }
    if (identity > WEAK_MATCH_THRESHOLD) {
        return {
            label: "weak-match",
            related: true,
            basis: `identity score ${identity} > ${WEAK_MATCH_THRESHOLD}`,
        };
    }
    return {
        label: "not-matched",
        related: false,
        basis: `identity score ${identity} ≤ ${WEAK_MATCH_THRESHOLD}`,
    };
}

;// CONCATENATED MODULE: ./src/engine/features/weights/weight-signals.ts
// The WeightSignalFeatures record (provenancekit §4.10) both extraction profiles return, the
// descriptor of how it was sampled, and which signals two records may be compared on.
//
// Comparability rule (design §4 item 5):
//   - EAS and NLF are the same computation in both profiles (the anchor rows and the norm vectors
//     are read whole), so they are always comparable.
//   - LEP and END estimate the same quantity in both profiles (LEP: the unbiased Frobenius estimate
//     sqrt(Σ sampled x² · R/r) of each tensor; END: the row-norm distribution from a row sample), so
//     they are comparable across profiles; sampling only adds noise.
//   - WVC compares values position by position, and the positions are those of the sampled rows:
//     comparable only when both records used the same profile and, for `sampled`, the same
//     parameters (blocks, rows per block, seed, version). Otherwise the similarity is NaN and the
//     identity weights are rescaled (reference §5).
// A record without a descriptor (e.g. imported from the reference's database, extracted by its full
// path) counts as `full`. The WVC subsample S is the reference setting (4096) on every path and is
// not recorded.
const FULL_SAMPLING = Object.freeze({ profile: "full" });
/** Which signals two records may be compared on (see the rule at the top of this file). */
function comparableSignals(a, b) {
    return {
        eas: true,
        nlf: true,
        lep: true,
        end: true,
        wvc: sameSampling(a ?? FULL_SAMPLING, b ?? FULL_SAMPLING),
    };
}
function sameSampling(a, b) {
    if (a.profile === "full" || b.profile === "full")
        return a.profile === b.profile;
    return (a.blocks === b.blocks &&
        a.rows_per_block === b.rows_per_block &&
        a.end_blocks === b.end_blocks &&
        a.end_rows_per_block === b.end_rows_per_block &&
        a.seed === b.seed &&
        a.version === b.version);
}

;// CONCATENATED MODULE: ./src/engine/compare.ts
// compare(A, B): metadata (MFI tier and score), the five weight-signal similarities and their
// identity score, the tokenizer similarities, and the verdict. The verdict rests on weight
// evidence only (design §4.1): without it the verdict is "unverified" whatever the metadata says.







function compareFingerprints(a, b) {
    const fa = a.fingerprint;
    const fb = b.fingerprint;
    const tfv = fa.tfv && fb.tfv ? tfvSimilarity(fa.tfv, fb.tfv) : null;
    const voa = a.tokenizer && b.tokenizer ? vocabOverlap(a.tokenizer.vocab, b.tokenizer.vocab).jaccard : null;
    const w = weightSimilarities(a.weights, b.weights);
    const identity = nullIfNaN(identityScore(w));
    return {
        a: refOf(fa),
        b: refOf(fb),
        mfi: mfiSimilarity(fa.mfi, fb.mfi),
        signals: {
            eas: nullIfNaN(w.eas),
            nlf: nullIfNaN(w.nlf),
            lep: nullIfNaN(w.lep),
            end: nullIfNaN(w.end),
            wvc: nullIfNaN(w.wvc),
            tfv,
            voa,
        },
        identity_score: identity,
        tokenizer_score: tfv === null || voa === null ? null : tokenizerScore(tfv, voa),
        verdict: verdictFromIdentity(identity),
        bytes_read: { a: fa.bytes_read, b: fb.bytes_read },
        requests: { a: fa.requests, b: fb.requests },
        seconds: { a: fa.seconds, b: fb.seconds },
        warnings: [...fa.warnings.map((w) => `a: ${w}`), ...fb.warnings.map((w) => `b: ${w}`)],
    };
}
/**
 * Each signal's similarity, NaN where either side lacks it or where the two were read in ways that
 * cannot be compared (WVC compares values position by position: same profile and sampling only).
 */
function weightSimilarities(a, b) {
    if (!a || !b)
        return { eas: NaN, nlf: NaN, lep: NaN, end: NaN, wvc: NaN };
    const sa = a.signals;
    const sb = b.signals;
    const ok = comparableSignals(sa.sampling, sb.sampling);
    const when = (comparable, value) => (comparable ? value() : NaN);
    const nlf = (s) => s.nlf_vector ? { vector: s.nlf_vector, mode: s.nlf_mode, numLayers: s.nlf_num_layers } : null;
    return {
        eas: when(ok.eas, () => easSimilarity(sa.eas_self_sim, sb.eas_self_sim)),
        nlf: when(ok.nlf, () => nlfSimilarity(nlf(sa), nlf(sb))),
        lep: when(ok.lep, () => lepSimilarity(sa.lep_profile, sb.lep_profile)),
        end: when(ok.end, () => endSimilarity(sa.end_histogram, sb.end_histogram)),
        wvc: when(ok.wvc, () => wvcSimilarity(sa.wvc_layer_sigs, sb.wvc_layer_sigs)),
    };
}
function nullIfNaN(v) {
    return Number.isNaN(v) ? null : v;
}
function refOf(f) {
    return { ref: f.ref, revision: f.revision };
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/engine/features/tokenizer/script-table.ts
// GENERATED by scripts/gen-script-table.py with CPython 3.12, unicodedata 15.0.0. Do not edit:
// rerun the script (see its docstring) and commit the result.
//
// Every letter above U+007F (str.isalpha(), General Category L*) with the reference's script class
// (provenancekit §2.3: substrings of the character name). Code points absent from the table are
// not letters. Flat triples [first, last, script index into SCRIPT_NAMES], ascending and disjoint.
// 698 ranges, 136052 letters: Latin 1217, CJK 110095, Cyrillic 447, Arabic 1145, Devanagari 90, Other 23058.
const script_table_SCRIPT_NAMES = ["Latin", "CJK", "Cyrillic", "Arabic", "Devanagari", "Other"];
const SCRIPT_RANGE_COUNT = 698;
const SCRIPT_RANGES = [
    170, 170, 5, 181, 181, 5, 186, 186, 5, 192, 214, 0, 216, 246, 0, 248, 687, 0, 688, 705, 5, 710, 721, 5, 736,
    740, 5, 748, 748, 5, 750, 750, 5, 880, 884, 5, 886, 887, 5, 890, 893, 5, 895, 895, 5, 902, 902, 5, 904, 906,
    5, 908, 908, 5, 910, 929, 5, 931, 1013, 5, 1015, 1023, 5, 1024, 1153, 2, 1162, 1327, 2, 1329, 1366, 5, 1369,
    1369, 5, 1376, 1416, 5, 1488, 1514, 5, 1519, 1522, 5, 1568, 1610, 3, 1646, 1647, 3, 1649, 1747, 3, 1749,
    1749, 3, 1765, 1766, 3, 1774, 1775, 3, 1786, 1788, 3, 1791, 1791, 3, 1808, 1808, 5, 1810, 1839, 5, 1869,
    1871, 5, 1872, 1919, 3, 1920, 1957, 5, 1969, 1969, 5, 1994, 2026, 5, 2036, 2037, 5, 2042, 2042, 5, 2048,
    2069, 5, 2074, 2074, 5, 2084, 2084, 5, 2088, 2088, 5, 2112, 2136, 5, 2144, 2154, 5, 2160, 2183, 3, 2185,
    2190, 3, 2208, 2249, 3, 2308, 2361, 4, 2365, 2365, 4, 2384, 2384, 4, 2392, 2401, 4, 2417, 2431, 4, 2432,
    2432, 5, 2437, 2444, 5, 2447, 2448, 5, 2451, 2472, 5, 2474, 2480, 5, 2482, 2482, 5, 2486, 2489, 5, 2493,
    2493, 5, 2510, 2510, 5, 2524, 2525, 5, 2527, 2529, 5, 2544, 2545, 5, 2556, 2556, 5, 2565, 2570, 5, 2575,
    2576, 5, 2579, 2600, 5, 2602, 2608, 5, 2610, 2611, 5, 2613, 2614, 5, 2616, 2617, 5, 2649, 2652, 5, 2654,
    2654, 5, 2674, 2676, 5, 2693, 2701, 5, 2703, 2705, 5, 2707, 2728, 5, 2730, 2736, 5, 2738, 2739, 5, 2741,
    2745, 5, 2749, 2749, 5, 2768, 2768, 5, 2784, 2785, 5, 2809, 2809, 5, 2821, 2828, 5, 2831, 2832, 5, 2835,
    2856, 5, 2858, 2864, 5, 2866, 2867, 5, 2869, 2873, 5, 2877, 2877, 5, 2908, 2909, 5, 2911, 2913, 5, 2929,
    2929, 5, 2947, 2947, 5, 2949, 2954, 5, 2958, 2960, 5, 2962, 2965, 5, 2969, 2970, 5, 2972, 2972, 5, 2974,
    2975, 5, 2979, 2980, 5, 2984, 2986, 5, 2990, 3001, 5, 3024, 3024, 5, 3077, 3084, 5, 3086, 3088, 5, 3090,
    3112, 5, 3114, 3129, 5, 3133, 3133, 5, 3160, 3162, 5, 3165, 3165, 5, 3168, 3169, 5, 3200, 3200, 5, 3205,
    3212, 5, 3214, 3216, 5, 3218, 3240, 5, 3242, 3251, 5, 3253, 3257, 5, 3261, 3261, 5, 3293, 3294, 5, 3296,
    3297, 5, 3313, 3314, 5, 3332, 3340, 5, 3342, 3344, 5, 3346, 3386, 5, 3389, 3389, 5, 3406, 3406, 5, 3412,
    3414, 5, 3423, 3425, 5, 3450, 3455, 5, 3461, 3478, 5, 3482, 3505, 5, 3507, 3515, 5, 3517, 3517, 5, 3520,
    3526, 5, 3585, 3632, 5, 3634, 3635, 5, 3648, 3654, 5, 3713, 3714, 5, 3716, 3716, 5, 3718, 3722, 5, 3724,
    3747, 5, 3749, 3749, 5, 3751, 3760, 5, 3762, 3763, 5, 3773, 3773, 5, 3776, 3780, 5, 3782, 3782, 5, 3804,
    3807, 5, 3840, 3840, 5, 3904, 3911, 5, 3913, 3948, 5, 3976, 3980, 5, 4096, 4138, 5, 4159, 4159, 5, 4176,
    4181, 5, 4186, 4189, 5, 4193, 4193, 5, 4197, 4198, 5, 4206, 4208, 5, 4213, 4225, 5, 4238, 4238, 5, 4256,
    4293, 5, 4295, 4295, 5, 4301, 4301, 5, 4304, 4346, 5, 4348, 4351, 5, 4352, 4607, 1, 4608, 4680, 5, 4682,
    4685, 5, 4688, 4694, 5, 4696, 4696, 5, 4698, 4701, 5, 4704, 4744, 5, 4746, 4749, 5, 4752, 4784, 5, 4786,
    4789, 5, 4792, 4798, 5, 4800, 4800, 5, 4802, 4805, 5, 4808, 4822, 5, 4824, 4880, 5, 4882, 4885, 5, 4888,
    4954, 5, 4992, 5007, 5, 5024, 5109, 5, 5112, 5117, 5, 5121, 5740, 5, 5743, 5759, 5, 5761, 5786, 5, 5792,
    5866, 5, 5873, 5880, 5, 5888, 5905, 5, 5919, 5937, 5, 5952, 5969, 5, 5984, 5996, 5, 5998, 6000, 5, 6016,
    6067, 5, 6103, 6103, 5, 6108, 6108, 5, 6176, 6264, 5, 6272, 6276, 5, 6279, 6312, 5, 6314, 6314, 5, 6320,
    6389, 5, 6400, 6430, 5, 6480, 6509, 5, 6512, 6516, 5, 6528, 6571, 5, 6576, 6601, 5, 6656, 6678, 5, 6688,
    6740, 5, 6823, 6823, 5, 6917, 6963, 5, 6981, 6988, 5, 7043, 7072, 5, 7086, 7087, 5, 7098, 7141, 5, 7168,
    7203, 5, 7245, 7247, 5, 7258, 7293, 5, 7296, 7304, 2, 7312, 7354, 5, 7357, 7359, 5, 7401, 7404, 5, 7406,
    7411, 5, 7413, 7414, 5, 7418, 7418, 5, 7424, 7461, 0, 7462, 7466, 5, 7467, 7467, 2, 7468, 7521, 5, 7522,
    7525, 0, 7526, 7530, 5, 7531, 7543, 0, 7544, 7544, 2, 7545, 7578, 0, 7579, 7615, 5, 7680, 7935, 0, 7936,
    7957, 5, 7960, 7965, 5, 7968, 8005, 5, 8008, 8013, 5, 8016, 8023, 5, 8025, 8025, 5, 8027, 8027, 5, 8029,
    8029, 5, 8031, 8061, 5, 8064, 8116, 5, 8118, 8124, 5, 8126, 8126, 5, 8130, 8132, 5, 8134, 8140, 5, 8144,
    8147, 5, 8150, 8155, 5, 8160, 8172, 5, 8178, 8180, 5, 8182, 8188, 5, 8305, 8305, 0, 8319, 8319, 0, 8336,
    8348, 0, 8450, 8450, 5, 8455, 8455, 5, 8458, 8467, 5, 8469, 8469, 5, 8473, 8477, 5, 8484, 8484, 5, 8486,
    8486, 5, 8488, 8488, 5, 8490, 8493, 5, 8495, 8505, 5, 8508, 8511, 5, 8517, 8521, 5, 8526, 8526, 5, 8579,
    8579, 5, 8580, 8580, 0, 11264, 11309, 5, 11310, 11310, 0, 11311, 11357, 5, 11358, 11358, 0, 11359, 11359, 5,
    11360, 11388, 0, 11389, 11389, 5, 11390, 11391, 0, 11392, 11492, 5, 11499, 11502, 5, 11506, 11507, 5, 11520,
    11557, 5, 11559, 11559, 5, 11565, 11565, 5, 11568, 11623, 5, 11631, 11631, 5, 11648, 11670, 5, 11680, 11686,
    5, 11688, 11694, 5, 11696, 11702, 5, 11704, 11710, 5, 11712, 11718, 5, 11720, 11726, 5, 11728, 11734, 5,
    11736, 11742, 5, 11823, 11823, 5, 12293, 12294, 5, 12337, 12341, 5, 12347, 12348, 5, 12353, 12438, 1, 12445,
    12447, 1, 12449, 12538, 1, 12540, 12543, 1, 12549, 12591, 1, 12593, 12686, 1, 12704, 12735, 1, 12784, 12799,
    1, 13312, 19903, 1, 19968, 40959, 1, 40960, 42124, 5, 42192, 42237, 5, 42240, 42508, 5, 42512, 42527, 5,
    42538, 42539, 5, 42560, 42606, 2, 42623, 42653, 2, 42656, 42725, 5, 42775, 42783, 5, 42786, 42863, 0, 42864,
    42864, 5, 42865, 42887, 0, 42888, 42888, 5, 42891, 42954, 0, 42960, 42961, 0, 42963, 42963, 0, 42965, 42969,
    0, 42994, 42996, 5, 42997, 42999, 0, 43000, 43001, 5, 43002, 43007, 0, 43008, 43009, 5, 43011, 43013, 5,
    43015, 43018, 5, 43020, 43042, 5, 43072, 43123, 5, 43138, 43187, 5, 43250, 43255, 4, 43259, 43259, 4, 43261,
    43262, 4, 43274, 43301, 5, 43312, 43334, 5, 43360, 43388, 1, 43396, 43442, 5, 43471, 43471, 5, 43488, 43492,
    5, 43494, 43503, 5, 43514, 43518, 5, 43520, 43560, 5, 43584, 43586, 5, 43588, 43595, 5, 43616, 43638, 5,
    43642, 43642, 5, 43646, 43695, 5, 43697, 43697, 5, 43701, 43702, 5, 43705, 43709, 5, 43712, 43712, 5, 43714,
    43714, 5, 43739, 43741, 5, 43744, 43754, 5, 43762, 43764, 5, 43777, 43782, 5, 43785, 43790, 5, 43793, 43798,
    5, 43808, 43814, 5, 43816, 43822, 5, 43824, 43866, 0, 43868, 43871, 5, 43872, 43876, 0, 43877, 43877, 5,
    43878, 43880, 0, 43881, 43881, 5, 43888, 44002, 5, 44032, 55203, 1, 55216, 55238, 1, 55243, 55291, 1, 63744,
    64109, 1, 64112, 64217, 1, 64256, 64262, 0, 64275, 64279, 5, 64285, 64285, 5, 64287, 64296, 5, 64298, 64310,
    5, 64312, 64316, 5, 64318, 64318, 5, 64320, 64321, 5, 64323, 64324, 5, 64326, 64335, 5, 64336, 64433, 3,
    64467, 64829, 3, 64848, 64911, 3, 64914, 64967, 3, 65008, 65019, 3, 65136, 65140, 3, 65142, 65276, 3, 65313,
    65338, 0, 65345, 65370, 0, 65382, 65470, 1, 65474, 65479, 1, 65482, 65487, 1, 65490, 65495, 1, 65498, 65500,
    1, 65536, 65547, 5, 65549, 65574, 5, 65576, 65594, 5, 65596, 65597, 5, 65599, 65613, 5, 65616, 65629, 5,
    65664, 65786, 5, 66176, 66204, 5, 66208, 66256, 5, 66304, 66335, 5, 66349, 66368, 5, 66370, 66377, 5, 66384,
    66421, 5, 66432, 66461, 5, 66464, 66499, 5, 66504, 66511, 5, 66560, 66717, 5, 66736, 66771, 5, 66776, 66811,
    5, 66816, 66855, 5, 66864, 66915, 5, 66928, 66938, 5, 66940, 66954, 5, 66956, 66962, 5, 66964, 66965, 5,
    66967, 66977, 5, 66979, 66993, 5, 66995, 67001, 5, 67003, 67004, 5, 67072, 67382, 5, 67392, 67413, 5, 67424,
    67431, 5, 67456, 67461, 5, 67463, 67504, 5, 67506, 67514, 5, 67584, 67589, 5, 67592, 67592, 5, 67594, 67637,
    5, 67639, 67640, 5, 67644, 67644, 5, 67647, 67669, 5, 67680, 67702, 5, 67712, 67742, 5, 67808, 67826, 5,
    67828, 67829, 5, 67840, 67861, 5, 67872, 67897, 5, 67968, 68023, 5, 68030, 68031, 5, 68096, 68096, 5, 68112,
    68115, 5, 68117, 68119, 5, 68121, 68149, 5, 68192, 68220, 5, 68224, 68252, 5, 68288, 68295, 5, 68297, 68324,
    5, 68352, 68405, 5, 68416, 68437, 5, 68448, 68466, 5, 68480, 68497, 5, 68608, 68680, 5, 68736, 68786, 5,
    68800, 68850, 5, 68864, 68899, 5, 69248, 69289, 5, 69296, 69297, 5, 69376, 69404, 5, 69415, 69415, 5, 69424,
    69445, 5, 69488, 69505, 5, 69552, 69572, 5, 69600, 69622, 5, 69635, 69687, 5, 69745, 69746, 5, 69749, 69749,
    5, 69763, 69807, 5, 69840, 69864, 5, 69891, 69926, 5, 69956, 69956, 5, 69959, 69959, 5, 69968, 70002, 5,
    70006, 70006, 5, 70019, 70066, 5, 70081, 70084, 5, 70106, 70106, 5, 70108, 70108, 5, 70144, 70161, 5, 70163,
    70187, 5, 70207, 70208, 5, 70272, 70278, 5, 70280, 70280, 5, 70282, 70285, 5, 70287, 70301, 5, 70303, 70312,
    5, 70320, 70366, 5, 70405, 70412, 5, 70415, 70416, 5, 70419, 70440, 5, 70442, 70448, 5, 70450, 70451, 5,
    70453, 70457, 5, 70461, 70461, 5, 70480, 70480, 5, 70493, 70497, 5, 70656, 70708, 5, 70727, 70730, 5, 70751,
    70753, 5, 70784, 70831, 5, 70852, 70853, 5, 70855, 70855, 5, 71040, 71086, 5, 71128, 71131, 5, 71168, 71215,
    5, 71236, 71236, 5, 71296, 71338, 5, 71352, 71352, 5, 71424, 71450, 5, 71488, 71494, 5, 71680, 71723, 5,
    71840, 71903, 5, 71935, 71942, 5, 71945, 71945, 5, 71948, 71955, 5, 71957, 71958, 5, 71960, 71983, 5, 71999,
    71999, 5, 72001, 72001, 5, 72096, 72103, 5, 72106, 72144, 5, 72161, 72161, 5, 72163, 72163, 5, 72192, 72192,
    5, 72203, 72242, 5, 72250, 72250, 5, 72272, 72272, 5, 72284, 72329, 5, 72349, 72349, 5, 72368, 72440, 5,
    72704, 72712, 5, 72714, 72750, 5, 72768, 72768, 5, 72818, 72847, 5, 72960, 72966, 5, 72968, 72969, 5, 72971,
    73008, 5, 73030, 73030, 5, 73056, 73061, 5, 73063, 73064, 5, 73066, 73097, 5, 73112, 73112, 5, 73440, 73458,
    5, 73474, 73474, 5, 73476, 73488, 5, 73490, 73523, 5, 73648, 73648, 5, 73728, 74649, 5, 74880, 75075, 5,
    77712, 77808, 5, 77824, 78895, 5, 78913, 78918, 5, 82944, 83526, 5, 92160, 92728, 5, 92736, 92766, 5, 92784,
    92862, 5, 92880, 92909, 5, 92928, 92975, 5, 92992, 92995, 5, 93027, 93047, 5, 93053, 93071, 5, 93760, 93823,
    5, 93952, 94026, 5, 94032, 94032, 5, 94099, 94111, 5, 94176, 94177, 5, 94179, 94179, 5, 94208, 100343, 5,
    100352, 101589, 5, 101632, 101640, 5, 110576, 110579, 1, 110581, 110587, 1, 110589, 110590, 1, 110592,
    110593, 1, 110594, 110878, 5, 110879, 110882, 1, 110898, 110898, 1, 110928, 110930, 1, 110933, 110933, 1,
    110948, 110951, 1, 110960, 111355, 5, 113664, 113770, 5, 113776, 113788, 5, 113792, 113800, 5, 113808,
    113817, 5, 119808, 119892, 5, 119894, 119964, 5, 119966, 119967, 5, 119970, 119970, 5, 119973, 119974, 5,
    119977, 119980, 5, 119982, 119993, 5, 119995, 119995, 5, 119997, 120003, 5, 120005, 120069, 5, 120071,
    120074, 5, 120077, 120084, 5, 120086, 120092, 5, 120094, 120121, 5, 120123, 120126, 5, 120128, 120132, 5,
    120134, 120134, 5, 120138, 120144, 5, 120146, 120485, 5, 120488, 120512, 5, 120514, 120538, 5, 120540,
    120570, 5, 120572, 120596, 5, 120598, 120628, 5, 120630, 120654, 5, 120656, 120686, 5, 120688, 120712, 5,
    120714, 120744, 5, 120746, 120770, 5, 120772, 120779, 5, 122624, 122654, 0, 122661, 122666, 0, 122928,
    122989, 2, 123136, 123180, 5, 123191, 123197, 5, 123214, 123214, 5, 123536, 123565, 5, 123584, 123627, 5,
    124112, 124139, 5, 124896, 124902, 5, 124904, 124907, 5, 124909, 124910, 5, 124912, 124926, 5, 124928,
    125124, 5, 125184, 125251, 5, 125259, 125259, 5, 126464, 126467, 3, 126469, 126495, 3, 126497, 126498, 3,
    126500, 126500, 3, 126503, 126503, 3, 126505, 126514, 3, 126516, 126519, 3, 126521, 126521, 3, 126523,
    126523, 3, 126530, 126530, 3, 126535, 126535, 3, 126537, 126537, 3, 126539, 126539, 3, 126541, 126543, 3,
    126545, 126546, 3, 126548, 126548, 3, 126551, 126551, 3, 126553, 126553, 3, 126555, 126555, 3, 126557,
    126557, 3, 126559, 126559, 3, 126561, 126562, 3, 126564, 126564, 3, 126567, 126570, 3, 126572, 126578, 3,
    126580, 126583, 3, 126585, 126588, 3, 126590, 126590, 3, 126592, 126601, 3, 126603, 126619, 3, 126625,
    126627, 3, 126629, 126633, 3, 126635, 126651, 3, 131072, 173791, 1, 173824, 177977, 1, 177984, 178205, 1,
    178208, 183969, 1, 183984, 191456, 1, 194560, 195101, 1, 196608, 201546, 1, 201552, 205743, 1,
];

;// CONCATENATED MODULE: ./src/engine/features/tokenizer/script.ts
// Letter test and script class of a code point, and the script distribution of a vocabulary, as
// the reference computes them (provenancekit §2.3): Python's str.isalpha() and a classification by
// substrings of the Unicode character name, both taken from the generated table of CPython 3.12.


const LATIN = script_table_SCRIPT_NAMES.indexOf("Latin");
const NOT_ALPHA = -1;
const RANGE_COUNT = SCRIPT_RANGES.length / 3;
// Columns of the packed table, for a binary search above the BMP without tuple allocations.
const starts = new Uint32Array(RANGE_COUNT);
const ends = new Uint32Array(RANGE_COUNT);
const scripts = new Uint8Array(RANGE_COUNT);
// Direct lookup for the BMP, where nearly every vocabulary character lives: script index + 1, 0 = not
// a letter. 64 KiB buys an O(1) answer for the hundreds of thousands of characters of a vocabulary.
const bmp = new Uint8Array(0x10000);
for (let r = 0; r < RANGE_COUNT; r++) {
    const first = SCRIPT_RANGES[3 * r];
    const last = SCRIPT_RANGES[3 * r + 1];
    const script = SCRIPT_RANGES[3 * r + 2];
    starts[r] = first;
    ends[r] = last;
    scripts[r] = script;
    for (let cp = first; cp <= Math.min(last, 0xffff); cp++)
        bmp[cp] = script + 1;
}
// Rule 1 of classify(): ASCII letters are Latin; other ASCII characters are not letters.
for (let cp = 0x41; cp <= 0x7a; cp++) {
    if (cp <= 0x5a || cp >= 0x61)
        bmp[cp] = LATIN + 1;
}
/** Index into SCRIPT_NAMES of the code point's script class, or -1 if it is not a letter. */
function scriptIndex(cp) {
    if (cp < 0x10000)
        return bmp[cp] - 1;
    let lo = 0;
    let hi = RANGE_COUNT - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (cp < starts[mid])
            hi = mid - 1;
        else if (cp > ends[mid])
            lo = mid + 1;
        else
            return scripts[mid];
    }
    return NOT_ALPHA;
}
/** Python's chr(cp).isalpha() (General Category L*, Unicode 15.0.0). */
function isAlpha(cp) {
    return scriptIndex(cp) !== NOT_ALPHA;
}
/** The reference's classify_script() for a letter; undefined when the code point is not a letter. */
function classifyScript(cp) {
    const i = scriptIndex(cp);
    return i === NOT_ALPHA ? undefined : SCRIPT_NAMES[i];
}
/**
 * compute_script_distribution(): share of each script among all letters of all tokens, rounded to 4
 * decimals, ordered by count descending with ties in order of first appearance; empty without letters.
 */
function scriptDistribution(tokens) {
    const counts = new Float64Array(script_table_SCRIPT_NAMES.length);
    const firstSeen = [];
    for (const token of tokens)
        countLetters(token, counts, firstSeen);
    return distributionFromCounts(counts, firstSeen);
}
/**
 * Adds the letters of `token` to `counts` (by script index) and appends newly met scripts to
 * `firstSeen`. Iterates code points by hand: a for…of over every character of a 262k-token vocabulary
 * allocates a string per character.
 */
function countLetters(token, counts, firstSeen) {
    for (let i = 0; i < token.length; i++) {
        let cp = token.charCodeAt(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < token.length) {
            const low = token.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                i++;
            }
        }
        const s = cp < 0x10000 ? bmp[cp] - 1 : scriptIndex(cp);
        if (s === NOT_ALPHA)
            continue;
        if (counts[s] === 0)
            firstSeen.push(s);
        counts[s] = counts[s] + 1;
    }
}
/** Counter.most_common() over the counts, each share rounded as Python's round(count / total, 4). */
function distributionFromCounts(counts, firstSeen) {
    let total = 0;
    for (const s of firstSeen)
        total += counts[s];
    if (total === 0)
        return [];
    // Array.prototype.sort is stable, so equal counts keep their first-appearance order.
    const order = [...firstSeen].sort((a, b) => counts[b] - counts[a]);
    return order.map((s) => [script_table_SCRIPT_NAMES[s], pyRound(counts[s] / total, 4)]);
}
/** The distribution as the dict the reference stores (insertion order = most_common order). */
function distributionToRecord(d) {
    return Object.fromEntries(d);
}

;// CONCATENATED MODULE: ./src/engine/features/tokenizer/tfv.ts
// TFV extraction (provenancekit §2.1): the 18 tokenizer features of extract_tokenizer_features(),
// under the reference's field names so that bundles, caches and reports stay interchangeable.




/** Merges hashed into merge_rule_hash: enough to identify a merge table, cheap to hash. */
const HASHED_MERGES = 50;
const FIRST_MERGES = 5;
/** Features with every field absent: pydantic's defaults (§2.2). */
function defaultTfv(vocabSize, tokenizerClass) {
    return {
        vocab_size: vocabSize,
        tokenizer_class: tokenizerClass,
        bos_token_id: null,
        eos_token_id: null,
        pad_token_id: null,
        num_added_tokens: null,
        num_special_tokens: null,
        num_merges: 0,
        first_5_merges: [],
        merge_rule_hash: "",
        all_merges_str: "",
        special_token_ids: {},
        pct_single_char: null,
        avg_token_length: 0,
        max_token_length: null,
        pct_whitespace_prefix: 0,
        pct_byte_tokens: 0,
        script_distribution: {},
    };
}
/** extract_tokenizer_features() on a loaded tokenizer. */
function extractTfv(tok) {
    const n = tok.vocab.size;
    // The reference returns the bare defaults for an empty vocabulary, merge hash included.
    if (n === 0)
        return defaultTfv(0, tok.tokenizerClass);
    const stats = vocabStats(tok.vocab.keys());
    const merges = tok.merges;
    const sp = tok.special;
    return {
        vocab_size: n,
        tokenizer_class: tok.tokenizerClass,
        bos_token_id: sp.bos,
        eos_token_id: sp.eos,
        pad_token_id: sp.pad,
        num_added_tokens: tok.numAddedTokens,
        num_special_tokens: tok.numSpecialTokens,
        num_merges: merges.length,
        first_5_merges: merges.slice(0, FIRST_MERGES),
        merge_rule_hash: tfv_sha256Hex(merges.slice(0, HASHED_MERGES).join("\n")),
        all_merges_str: merges.join("\n"),
        special_token_ids: { pad: sp.pad, unk: sp.unk, mask: sp.mask },
        pct_single_char: pyRound(stats.singleChar / n, 4),
        // Integer sums are exact in float64 (< 2^53), so sum / n equals numpy's float64 mean.
        avg_token_length: pyRound(stats.totalLength / n, 2),
        max_token_length: stats.maxLength,
        pct_whitespace_prefix: pyRound(stats.whitespacePrefix / n, 4),
        pct_byte_tokens: pyRound(stats.byteTokens / n, 4),
        script_distribution: distributionToRecord(distributionFromCounts(stats.scriptCounts, stats.scriptsSeen)),
    };
}
/** Every per-token count the features need, in one pass over the vocabulary. */
function vocabStats(tokens) {
    const s = {
        singleChar: 0,
        totalLength: 0,
        maxLength: 0,
        whitespacePrefix: 0,
        byteTokens: 0,
        scriptCounts: new Float64Array(script_table_SCRIPT_NAMES.length),
        scriptsSeen: [],
    };
    for (const t of tokens) {
        const len = codePointLength(t);
        if (len === 1)
            s.singleChar++;
        s.totalLength += len;
        if (len > s.maxLength)
            s.maxLength = len;
        if (hasWhitespacePrefix(t))
            s.whitespacePrefix++;
        if (isByteToken(t))
            s.byteTokens++;
        countLetters(t, s.scriptCounts, s.scriptsSeen);
    }
    return s;
}
/** Python len(): code points, where a lone surrogate counts as one. */
function codePointLength(s) {
    let len = s.length;
    for (let i = 0; i + 1 < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                len--;
                i++;
            }
        }
    }
    return len;
}
/** t[0] in ("▁", "Ġ", " "): SentencePiece, byte-level BPE and plain space word starts. */
function hasWhitespacePrefix(t) {
    const c = t.charCodeAt(0);
    return c === 0x2581 || c === 0x0120 || c === 0x20;
}
// re.match(r"^<0x[0-9A-Fa-f]{2}>$", t): Python's `$` also matches before one final "\n".
const BYTE_TOKEN = /^<0x[0-9A-Fa-f]{2}>\n?$/;
/** SentencePiece byte-fallback token such as <0x0A>, as the reference's regex accepts it. */
function isByteToken(t) {
    return t.length <= 7 && BYTE_TOKEN.test(t);
}
function tfv_sha256Hex(text) {
    return (0,external_node_crypto_namespaceObject.createHash)("sha256").update(text, "utf8").digest("hex");
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/model-data.ts
// What each format reader hands the loader: the tokenizer model as the format states it, before
// tokenizer_config.json's special tokens are applied. The loader turns it into a LoadedTokenizer.
/** The named special-token attributes of transformers, in its order. */
const NAMED_SPECIALS = ["bos", "eos", "unk", "sep", "pad", "cls", "mask"];
/** An AddedToken as transformers creates one for a special token named only by its string. */
function plainSpecial(content) {
    return { content, special: true, normalized: false, lstrip: false, rstrip: false, singleWord: false };
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/added-vocabulary.ts
// The added vocabulary and get_vocab() as transformers 5 leaves them after loading (reference §2.6):
// the format's own added tokens, then every declared added token, named special token and extra
// special token not yet added, each at its vocabulary id when the model has the token and at the
// next free id when not (tokenizers' AddedVocabulary.add_tokens). get_vocab() is the model
// vocabulary with the added tokens laid over it.

function assembleVocabulary(data, plan, opts) {
    const vocab = data.vocab;
    if (opts.renamePlaceholders)
        renamePlaceholders(vocab, plan.declared);
    const added = new Map();
    for (const t of data.added)
        added.set(t.content, t);
    // The next free id never collides with a model or added id, even when the vocabulary has holes.
    let nextId = Math.max(vocab.size, maxValue(vocab.values()) + 1, maxValue(data.added.map((t) => t.id)) + 1);
    const namedContents = new Set(Object.values(plan.named).map((t) => t.content));
    const add = (spec, special) => {
        if (added.has(spec.content))
            return;
        const id = vocab.get(spec.content) ?? nextId++;
        const { content, normalized, lstrip, rstrip, singleWord } = spec;
        added.set(content, { id, content, special, normalized, lstrip, rstrip, singleWord });
    };
    for (const spec of plan.declared)
        add(spec, spec.special || namedContents.has(spec.content));
    for (const name of NAMED_SPECIALS) {
        const spec = plan.named[name];
        if (spec)
            add(spec, true);
    }
    for (const spec of plan.extras)
        add(spec, spec.special || namedContents.has(spec.content));
    for (const t of added.values())
        vocab.set(t.content, t.id);
    const ordered = orderById(vocab);
    const idOf = (name) => {
        const spec = plan.named[name];
        return spec === undefined ? null : (ordered.get(spec.content) ?? null);
    };
    return {
        vocab: ordered,
        added: [...added.values()],
        special: { bos: idOf("bos"), eos: idOf("eos"), pad: idOf("pad"), unk: idOf("unk"), mask: idOf("mask") },
        numSpecialTokens: new Set([...namedContents, ...plan.extras.map((t) => t.content)]).size,
    };
}
function renamePlaceholders(vocab, declared) {
    if (declared.length === 0)
        return;
    const tokenAt = new Map();
    for (const [token, id] of vocab)
        tokenAt.set(id, token);
    for (const { content, declaredId } of declared) {
        if (declaredId === undefined)
            continue;
        const current = tokenAt.get(declaredId);
        if (current === undefined || current === content || vocab.has(content))
            continue;
        vocab.delete(current);
        vocab.set(content, declaredId);
        tokenAt.set(declaredId, content);
    }
}
function maxValue(values) {
    let max = -1;
    for (const v of values)
        if (v > max)
            max = v;
    return max;
}
/** The map itself when already in id order (the usual case); otherwise a sorted copy. */
function orderById(vocab) {
    let prevId = -1;
    let prevToken = "";
    let ordered = true;
    for (const [token, id] of vocab) {
        if (id < prevId || (id === prevId && token < prevToken)) {
            ordered = false;
            break;
        }
        prevId = id;
        prevToken = token;
    }
    if (ordered)
        return vocab;
    const entries = [...vocab];
    entries.sort(([ta, a], [tb, b]) => a - b || (ta < tb ? -1 : ta > tb ? 1 : 0));
    return new Map(entries);
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/canonical-hash.ts
// Our tokenizer_hash (design §4 item 2): SHA-256 of a canonical form of the tokenizer model, the
// same for the same tokenizer whichever files carry it (tokenizer.json, vocab.json + merges.txt,
// vocab.txt, tokenizer.model). The form is the UTF-8 of
//
//   {"form":"tokenizer/1","type":T,"vocab":[[id,"token"],…],"merges":["left right",…],
//    "added":[[id,"content",special],…]}
//
// exactly as JSON.stringify writes it: no whitespace; strings escape only `"`, `\`, control
// characters (\n \t … or \u00XX) and lone surrogates (\udXXX), everything else raw UTF-8.
// vocab = get_vocab() (model vocabulary with added tokens) ordered by id, then token (UTF-16 order);
// merges in rank order ("left right", empty unless BPE); added = the added vocabulary ordered the
// same way, special as true/false. Pipeline settings (normalizer, pre-tokenizer, byte fallback …)
// are deliberately not part of it: they differ between formats of one tokenizer.

const CANONICAL_FORM = "tokenizer/1";
/** Feeds a hash in large chunks: one update per item would dominate for 500k merges. */
class ChunkedWriter {
    hash;
    parts = [];
    chars = 0;
    constructor(hash) {
        this.hash = hash;
    }
    write(s) {
        this.parts.push(s);
        this.chars += s.length;
        if (this.chars >= 1 << 16)
            this.flush();
    }
    flush() {
        if (this.parts.length > 0)
            this.hash.update(this.parts.join(""), "utf8");
        this.parts = [];
        this.chars = 0;
    }
}
/** Characters JSON.stringify escapes; most tokens have none and skip the call. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function jsonString(s) {
    return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}
function canonicalTokenizerHash(t) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256");
    const w = new ChunkedWriter(hash);
    w.write(`{"form":${JSON.stringify(CANONICAL_FORM)},"type":${JSON.stringify(t.modelType)},"vocab":[`);
    let first = true;
    for (const [token, id] of t.vocab) {
        w.write(`${first ? "" : ","}[${id},${jsonString(token)}]`);
        first = false;
    }
    w.write(`],"merges":[`);
    t.merges.forEach((m, i) => w.write(`${i === 0 ? "" : ","}${jsonString(m)}`));
    w.write(`],"added":[`);
    const added = [...t.added].sort((a, b) => a.id - b.id || (a.content < b.content ? -1 : a.content > b.content ? 1 : 0));
    added.forEach((a, i) => w.write(`${i === 0 ? "" : ","}[${a.id},${JSON.stringify(a.content)},${a.special}]`));
    w.write("]}");
    w.flush();
    return hash.digest("hex");
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/tokenizers/dist/tokenizers.mjs
// src/utils/data-structures/DictionarySplitter.ts
var DictionarySplitter = class {
  /**
   * @param dictionary The dictionary of words to use for splitting.
   */
  constructor(dictionary) {
    this.trie = this._build_trie(dictionary);
  }
  /**
   * Builds a trie from the given dictionary.
   * @param dictionary The dictionary of words to build the trie from.
   * @returns The root node of the trie.
   * @private
   */
  _build_trie(dictionary) {
    const trie = /* @__PURE__ */ Object.create(null);
    for (const word of dictionary) {
      let node = trie;
      for (let i = 0; i < word.length; ++i) {
        const char = word[i];
        node = node[char] ??= /* @__PURE__ */ Object.create(null);
      }
      node.end = word;
    }
    return trie;
  }
  /**
   * Splits the input text into tokens based on the dictionary.
   * @param text The input text to split.
   * @returns An array of tokens.
   */
  split(text) {
    const result = [];
    const n = text.length;
    let start = 0;
    let i = 0;
    while (i < n) {
      let node = this.trie;
      let match = null;
      let j = i;
      while (j < n && (node = node[text[j]])) {
        if (node.end) {
          match = node.end;
        }
        ++j;
      }
      if (match) {
        if (i > start) {
          result.push(text.slice(start, i));
        }
        result.push(match);
        i += match.length;
        start = i;
      } else {
        ++i;
      }
    }
    if (start < n) {
      result.push(text.slice(start));
    }
    return result;
  }
};
var DictionarySplitter_default = DictionarySplitter;

// src/core/AddedToken.ts
var AddedToken = class {
  /**
   * Creates a new instance of AddedToken.
   * @param config Added token configuration object.
   */
  constructor(config) {
    this.content = config.content;
    this.id = config.id;
    this.single_word = config.single_word ?? false;
    this.lstrip = config.lstrip ?? false;
    this.rstrip = config.rstrip ?? false;
    this.special = config.special ?? false;
    this.normalized = config.normalized ?? !this.special;
  }
};
var AddedToken_default = AddedToken;

// src/utils/core.ts
var compile_unicode_regexp = (source, flags) => {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const property_names = /* @__PURE__ */ new Map();
    const rewritten = source.replace(
      /(\\[pP])\{([^}=]+)\}/g,
      (text, p, n, offset) => {
        let preceding_backslashes = 0;
        for (let i = offset - 1; i >= 0 && source[i] === "\\"; --i) {
          ++preceding_backslashes;
        }
        if (preceding_backslashes % 2 === 1) return text;
        let property_name = property_names.get(n);
        if (property_name === void 0) {
          try {
            new RegExp(`\\p{${n}}`, "u");
            property_name = n;
          } catch {
            property_name = `Script=${n}`;
          }
          property_names.set(n, property_name);
        }
        return `${p}{${property_name}}`;
      }
    );
    if (rewritten === source) throw error;
    try {
      return new RegExp(rewritten, flags);
    } catch {
      throw error;
    }
  }
};
var clean_up_tokenization = (text) => text.replace(/ \./g, ".").replace(/ \?/g, "?").replace(/ \!/g, "!").replace(/ ,/g, ",").replace(/ \' /g, "'").replace(/ n't/g, "n't").replace(/ 'm/g, "'m").replace(/ 's/g, "'s").replace(/ 've/g, "'ve").replace(/ 're/g, "'re");
var create_pattern = (pattern, invert = true) => {
  if (pattern.Regex !== void 0) {
    const regex = rewrite_oniguruma_to_js(
      normalize_bloom_split_char_class(pattern.Regex)
    );
    return compile_unicode_regexp(regex, "gu");
  } else if (pattern.String !== void 0) {
    const escaped = escape_reg_exp(pattern.String);
    return new RegExp(invert ? escaped : `(${escaped})`, "gu");
  } else {
    console.warn("Unknown pattern type:", pattern);
    return null;
  }
};
var UNICODE_WORD_CHARS_IN_CLASS = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}";
var UNICODE_WORD_CHARS = `${UNICODE_WORD_CHARS_IN_CLASS}\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE`;
var UNICODE_WORD_CLASS = `[${UNICODE_WORD_CHARS}]`;
var UNICODE_NON_WORD_CLASS = `[^${UNICODE_WORD_CHARS}]`;
var UNICODE_WORD_BOUNDARY = `(?:(?<!${UNICODE_WORD_CLASS})(?=${UNICODE_WORD_CLASS})|(?<=${UNICODE_WORD_CLASS})(?!${UNICODE_WORD_CLASS}))`;
var UNICODE_NON_WORD_BOUNDARY = `(?:(?<!${UNICODE_WORD_CLASS})(?!${UNICODE_WORD_CLASS})|(?<=${UNICODE_WORD_CLASS})(?=${UNICODE_WORD_CLASS}))`;
var LINE_START_ANCHOR = "(?:(?<![\\s\\S])|(?<=\\n))";
var LINE_END_ANCHOR = "(?:(?=\\n)|(?![\\s\\S]))";
var HEX_DIGIT_CHARS = "0-9A-Fa-f";
var ESCAPE_REWRITES = /* @__PURE__ */ new Map([
  ["A", "(?<![\\s\\S])"],
  ["z", "(?![\\s\\S])"],
  ["Z", "(?=\\n?(?![\\s\\S]))"],
  // \Z permits a single optional final \n (not \r\n)
  ["h", `[${HEX_DIGIT_CHARS}]`],
  ["H", `[^${HEX_DIGIT_CHARS}]`],
  ["w", UNICODE_WORD_CLASS],
  ["W", UNICODE_NON_WORD_CLASS],
  ["d", "\\p{Nd}"],
  ["D", "\\P{Nd}"],
  ["s", "\\p{White_Space}"],
  // JS \s wrongly adds U+FEFF and misses \x85
  ["S", "\\P{White_Space}"],
  ["b", UNICODE_WORD_BOUNDARY],
  ["B", UNICODE_NON_WORD_BOUNDARY],
  ["a", "\\x07"],
  ["e", "\\x1B"]
]);
var CLASS_ESCAPE_REWRITES = /* @__PURE__ */ new Map([
  ["h", HEX_DIGIT_CHARS],
  ["w", UNICODE_WORD_CHARS_IN_CLASS],
  ["d", "\\p{Nd}"],
  ["D", "\\P{Nd}"],
  ["s", "\\p{White_Space}"],
  ["S", "\\P{White_Space}"],
  ["a", "\\x07"],
  ["e", "\\x1B"]
]);
var CLASS_COMPLEMENT_ALTERNATIVES = /* @__PURE__ */ new Map([
  ["W", `[^${UNICODE_WORD_CHARS_IN_CLASS}]`],
  ["H", `[^${HEX_DIGIT_CHARS}]`]
]);
var RAW_WHITESPACE_ESCAPES = /* @__PURE__ */ new Map([
  ["\n", "\\n"],
  ["\r", "\\r"],
  ["	", "\\t"],
  ["\f", "\\f"],
  ["\v", "\\v"]
]);
var POSIX_CLASS_FRAGMENTS = /* @__PURE__ */ new Map([
  ["alpha", "\\p{Alphabetic}"],
  ["alnum", "\\p{Alphabetic}\\p{Nd}"],
  ["digit", "\\p{Nd}"],
  ["lower", "\\p{Lowercase}"],
  ["upper", "\\p{Uppercase}"],
  ["space", "\\p{White_Space}"],
  ["blank", "\\t\\p{Zs}"],
  ["punct", "\\p{P}\\p{S}"],
  ["cntrl", "\\p{Cc}"],
  ["word", UNICODE_WORD_CHARS_IN_CLASS],
  ["xdigit", HEX_DIGIT_CHARS]
]);
var JS_SYNTAX_CHARS = "^$\\.*+?()[]{}|/";
var GROUP_PREFIX_RE = /^\(\?(?:<[=!]|<[A-Za-z_][A-Za-z0-9_]*>|[:=!>])/;
var BRACED_ESCAPE_RE = /^\\([pPxu])\{([^}]*)\}/;
var QUANTIFIER_BRACE_RE = /^\{(\d+(?:,\d*)?|,\d+)\}/;
var POSIX_BRACKET_RE = /^\[:(\^?)(\p{Alphabetic}+):\]/u;
var EMPTY_NEGATED_POSIX_BRACKET_RE = /^\[:\^:\]/;
var UNSUPPORTED_POSIX_BRACKET_RE = /^\[(?:\.[^\]]*\.\]|=[^\]]*=\])/;
var FIXED_WIDTH_ESCAPE_RE = /^(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\c[A-Za-z])/;
var is_ascii_letter = (char) => char >= "A" && char <= "Z" || char >= "a" && char <= "z";
var character_at = (text, index) => String.fromCodePoint(text.codePointAt(index));
var get_ascii_folded_hex_atom = (hex) => {
  if (!/^[0-9A-Fa-f]{1,8}$/.test(hex)) return null;
  const code_point = Number.parseInt(hex, 16);
  if (code_point > 127) return null;
  const letter = String.fromCharCode(code_point);
  return is_ascii_letter(letter) ? `[${letter.toLowerCase()}${letter.toUpperCase()}]` : null;
};
var normalize_bloom_split_char_class = (regex) => regex.replace(/\[\^\(\\s\|\[([^\]]+)\]\)\]/g, "[^()|\\s$1]");
var ANY_CODE_POINT = "[\\s\\S]";
var MAX_CHARACTER_CLASS_NESTING_DEPTH = 256;
var create_character_class_operand = () => ({
  fragment: "",
  alternatives: [],
  tail: null,
  contains_complex_set: false
});
var throw_character_class_range_error = (index) => {
  throw new SyntaxError(
    `Unsupported range with a set-valued character-class operand at index ${index}`
  );
};
var add_character_class_atom = (operand, atom, index, contains_complex_set = true) => {
  if (operand.tail === "range") throw_character_class_range_error(index);
  operand.alternatives.push(atom);
  operand.tail = "set";
  operand.contains_complex_set = operand.contains_complex_set || contains_complex_set;
};
var append_character_class_fragment = (operand, fragment, set_valued = false, index = -1) => {
  if (set_valued && operand.tail === "range") {
    throw_character_class_range_error(index);
  }
  if (operand.tail === "range") {
    operand.fragment += fragment;
    operand.tail = "complete_range";
    return;
  }
  operand.fragment += fragment;
  operand.tail = set_valued ? "set" : "scalar";
  operand.contains_complex_set = operand.contains_complex_set || set_valued;
};
var rewrite_character_class_escape = (regex, index, operand) => {
  const braced = BRACED_ESCAPE_RE.exec(regex.slice(index));
  if (braced) {
    const [text, kind, body] = braced;
    if (kind === "P" && body === "Word") {
      add_character_class_atom(
        operand,
        `[^${UNICODE_WORD_CHARS_IN_CLASS}]`,
        index
      );
    } else {
      const replacement2 = kind === "x" ? `\\u{${body}}` : kind === "p" && body === "Word" ? UNICODE_WORD_CHARS_IN_CLASS : text;
      append_character_class_fragment(
        operand,
        replacement2,
        kind === "p" || kind === "P",
        index
      );
    }
    return index + text.length;
  }
  const fixed_width = FIXED_WIDTH_ESCAPE_RE.exec(regex.slice(index));
  if (fixed_width) {
    append_character_class_fragment(operand, fixed_width[0]);
    return index + fixed_width[0].length;
  }
  if (index + 1 >= regex.length) {
    throw new SyntaxError(
      `Unterminated escape in character class at index ${index}`
    );
  }
  const next = character_at(regex, index + 1);
  const next_end = index + 1 + next.length;
  const raw_whitespace = RAW_WHITESPACE_ESCAPES.get(next);
  if (raw_whitespace !== void 0) {
    append_character_class_fragment(operand, raw_whitespace);
    return next_end;
  }
  const complement = CLASS_COMPLEMENT_ALTERNATIVES.get(next);
  if (complement !== void 0) {
    add_character_class_atom(operand, complement, index);
    return next_end;
  }
  const rewrite = CLASS_ESCAPE_REWRITES.get(next);
  let replacement;
  let set_valued = false;
  if (rewrite !== void 0) {
    replacement = rewrite;
    set_valued = next !== "a" && next !== "e";
  } else if (/[A-Za-z0-9]/.test(next)) {
    replacement = `\\${next}`;
  } else if (JS_SYNTAX_CHARS.includes(next) || next === "-") {
    replacement = `\\${next}`;
  } else {
    replacement = next;
  }
  append_character_class_fragment(operand, replacement, set_valued, index);
  return next_end;
};
var compile_character_set_union = (pieces) => {
  if (pieces.length === 1) return pieces[0];
  return `(?:(?=(?:${pieces.join("|")}))${ANY_CODE_POINT})`;
};
var compile_character_class_operand = (operand) => {
  const pieces = operand.fragment.length === 0 ? operand.alternatives : [`[${operand.fragment}]`, ...operand.alternatives];
  return compile_character_set_union(pieces);
};
var get_ascii_fold_additions = (positive_atom) => {
  const membership = compile_unicode_regexp(`^(?:${positive_atom})$`, "u");
  let additions = "";
  for (let offset = 0; offset < 26; ++offset) {
    const upper = String.fromCharCode(65 + offset);
    const lower = String.fromCharCode(97 + offset);
    const has_upper = membership.test(upper);
    const has_lower = membership.test(lower);
    if (has_upper !== has_lower) additions += has_upper ? lower : upper;
  }
  return additions;
};
var parse_character_class = (regex, start, ascii_fold, apply_ascii_fold = true, nesting_depth = 1) => {
  if (nesting_depth > MAX_CHARACTER_CLASS_NESTING_DEPTH) {
    throw new SyntaxError(
      `Maximum character-class nesting depth of ${MAX_CHARACTER_CLASS_NESTING_DEPTH} exceeded at index ${start}`
    );
  }
  let i = start + 1;
  const negated = regex[i] === "^";
  if (negated) ++i;
  const first_content_index = i;
  const operands = [create_character_class_operand()];
  let operand = operands[0];
  let contains_nested_negated_complex_set = false;
  while (i < regex.length) {
    const char = character_at(regex, i);
    if (char === "\\") {
      i = rewrite_character_class_escape(regex, i, operand);
      continue;
    }
    if (char === "]") {
      if (i === first_content_index) {
        append_character_class_fragment(operand, "\\]");
        ++i;
        continue;
      }
      if (operand.tail === null) {
        if (operands.length > 1) {
          throw new SyntaxError(
            `Malformed character-class intersection with an empty operand at index ${i}`
          );
        }
        throw new SyntaxError(`Empty character class at index ${start}`);
      }
      const contains_complex_set = operands.some(
        (candidate) => candidate.contains_complex_set
      );
      if (negated && operands.length > 1 && contains_nested_negated_complex_set) {
        throw new SyntaxError(
          `Unsupported outer-negated character-class intersection with a nested negated class containing a Unicode property, POSIX class, or shorthand at index ${start}`
        );
      }
      const first_atom = compile_character_class_operand(operands[0]);
      let positive_atom = first_atom;
      if (operands.length > 1) {
        let lookaheads = "";
        for (let j = 1; j < operands.length; ++j) {
          lookaheads += `(?=${compile_character_class_operand(operands[j])})`;
        }
        positive_atom = `(?:${lookaheads}${first_atom})`;
      }
      const is_direct_class = operands.length === 1 && operand.alternatives.length === 0;
      let direct_fragment = operand.fragment;
      if (ascii_fold && apply_ascii_fold) {
        const additions = get_ascii_fold_additions(positive_atom);
        if (additions.length > 0) {
          if (is_direct_class) {
            direct_fragment += additions;
            positive_atom = `[${direct_fragment}]`;
          } else {
            positive_atom = compile_character_set_union([
              positive_atom,
              `[${additions}]`
            ]);
          }
        }
      }
      const atom = negated ? is_direct_class ? `[^${direct_fragment}]` : `(?:(?!${positive_atom})${ANY_CODE_POINT})` : positive_atom;
      return {
        atom,
        end: i + 1,
        negated,
        contains_complex_set,
        contains_nested_negated_complex_set
      };
    }
    if (regex.startsWith("&&", i)) {
      if (operand.tail === null) {
        throw new SyntaxError(
          `Malformed character-class intersection with an empty operand at index ${i}`
        );
      }
      operand = create_character_class_operand();
      operands.push(operand);
      i += 2;
      continue;
    }
    if (char === "[") {
      const suffix = regex.slice(i);
      if (EMPTY_NEGATED_POSIX_BRACKET_RE.test(suffix)) {
        throw new SyntaxError(
          `Malformed empty negated POSIX character class at index ${i}`
        );
      }
      const posix = POSIX_BRACKET_RE.exec(suffix);
      if (posix) {
        const [, posix_negated, name] = posix;
        const fragment = POSIX_CLASS_FRAGMENTS.get(name);
        if (fragment === void 0) {
          throw new SyntaxError(
            `Unsupported POSIX character class "${name}" at index ${i}`
          );
        }
        if (ascii_fold && posix_negated && (name === "lower" || name === "upper")) {
          throw new SyntaxError(
            `Unsupported negated POSIX ${name} class inside an inline case-insensitive group`
          );
        }
        if (posix_negated) {
          add_character_class_atom(operand, `[^${fragment}]`, i);
        } else {
          append_character_class_fragment(operand, fragment, true, i);
        }
        i += posix[0].length;
        continue;
      }
      if (UNSUPPORTED_POSIX_BRACKET_RE.test(suffix)) {
        throw new SyntaxError(
          `Unsupported POSIX collating or equivalence bracket expression at index ${i}`
        );
      }
      const nested = parse_character_class(
        regex,
        i,
        ascii_fold,
        false,
        nesting_depth + 1
      );
      add_character_class_atom(
        operand,
        nested.atom,
        i,
        nested.contains_complex_set
      );
      contains_nested_negated_complex_set ||= nested.contains_nested_negated_complex_set || nested.negated && nested.contains_complex_set;
      i = nested.end;
      continue;
    }
    if (char === "-") {
      const is_terminal_literal = regex[i + 1] === "]" || regex.startsWith("&&", i + 1);
      if (operand.tail === "set" && !is_terminal_literal) {
        throw_character_class_range_error(i);
      }
      if (operand.tail === null || operand.tail === "range" || operand.tail === "complete_range" || is_terminal_literal) {
        append_character_class_fragment(operand, "\\-");
      } else {
        operand.fragment += "-";
        operand.tail = "range";
      }
      ++i;
      continue;
    }
    append_character_class_fragment(
      operand,
      char === "^" && operand.fragment.length === 0 ? "\\^" : char
    );
    i += char.length;
  }
  throw new SyntaxError(
    `${operands.length > 1 ? "Unterminated character-class intersection" : "Unterminated character class"} at index ${start}`
  );
};
var rewrite_oniguruma_to_js = (regex) => {
  let out = "";
  let atom_start = -1;
  let last_was_quantifier = false;
  let ascii_fold = false;
  const group_states = [];
  const emit_atom = (text) => {
    atom_start = out.length;
    out += text;
    last_was_quantifier = false;
  };
  for (let i = 0; i < regex.length; ) {
    const char = character_at(regex, i);
    if (char === "\\") {
      const braced = BRACED_ESCAPE_RE.exec(regex.slice(i));
      if (braced) {
        const [text, kind, body] = braced;
        let replacement2 = text;
        if (kind === "x") {
          const code_point_escape = `\\u{${body}}`;
          replacement2 = ascii_fold ? get_ascii_folded_hex_atom(body) ?? code_point_escape : code_point_escape;
        } else if (body === "Word") {
          replacement2 = kind === "p" ? UNICODE_WORD_CLASS : UNICODE_NON_WORD_CLASS;
        }
        emit_atom(replacement2);
        i += text.length;
        continue;
      }
      const fixed_width = FIXED_WIDTH_ESCAPE_RE.exec(regex.slice(i));
      if (fixed_width) {
        const text = fixed_width[0];
        const replacement2 = ascii_fold && text[1] !== "c" ? get_ascii_folded_hex_atom(text.slice(2)) ?? text : text;
        emit_atom(replacement2);
        i += text.length;
        continue;
      }
      if (i + 1 >= regex.length) {
        out += char;
        break;
      }
      const next = character_at(regex, i + 1);
      i += 1 + next.length;
      if (next === "G") {
        continue;
      }
      const raw_whitespace = RAW_WHITESPACE_ESCAPES.get(next);
      if (raw_whitespace !== void 0) {
        emit_atom(raw_whitespace);
        continue;
      }
      const rewrite = ESCAPE_REWRITES.get(next);
      let replacement;
      if (rewrite !== void 0) {
        replacement = rewrite;
      } else if (/[A-Za-z0-9]/.test(next)) {
        replacement = `\\${next}`;
      } else if (JS_SYNTAX_CHARS.includes(next)) {
        replacement = `\\${next}`;
      } else {
        replacement = next;
      }
      emit_atom(replacement);
      continue;
    }
    switch (char) {
      case "[": {
        const parsed = parse_character_class(regex, i, ascii_fold);
        emit_atom(parsed.atom);
        i = parsed.end;
        continue;
      }
      case "]":
        emit_atom("\\]");
        ++i;
        continue;
      case ".":
        emit_atom("[^\\n]");
        ++i;
        continue;
      case "^":
        emit_atom(LINE_START_ANCHOR);
        ++i;
        continue;
      case "$":
        emit_atom(LINE_END_ANCHOR);
        ++i;
        continue;
      case "(": {
        const inline_case_insensitive = regex.startsWith("(?i:", i);
        const source_prefix = inline_case_insensitive ? "(?i:" : GROUP_PREFIX_RE.exec(regex.slice(i))?.[0] ?? "(";
        const output_prefix = inline_case_insensitive ? "(?:" : source_prefix === "(?>" ? "(?:" : source_prefix;
        group_states.push([out.length, ascii_fold]);
        if (inline_case_insensitive) ascii_fold = true;
        out += output_prefix;
        last_was_quantifier = false;
        i += source_prefix.length;
        continue;
      }
      case ")":
        out += char;
        [atom_start, ascii_fold] = group_states.pop() ?? [-1, false];
        last_was_quantifier = false;
        ++i;
        continue;
      case "|":
        out += char;
        atom_start = -1;
        last_was_quantifier = false;
        ++i;
        continue;
      case "{": {
        const quant = QUANTIFIER_BRACE_RE.exec(regex.slice(i));
        if (!quant || atom_start < 0) {
          emit_atom("\\{");
          ++i;
          continue;
        }
        const body = quant[1].startsWith(",") ? `0${quant[1]}` : quant[1];
        i += quant[0].length;
        const following = regex[i];
        if (following === "+" || following === "*") {
          out = `${out.slice(0, atom_start)}(?:${out.slice(atom_start)}{${body}})${following}`;
          ++i;
        } else {
          out += `{${body}}`;
        }
        last_was_quantifier = true;
        continue;
      }
      case "}":
        emit_atom("\\}");
        ++i;
        continue;
      case "+":
        if (last_was_quantifier) {
          ++i;
          continue;
        }
        out += char;
        last_was_quantifier = true;
        ++i;
        continue;
      case "*":
      case "?":
        out += char;
        last_was_quantifier = true;
        ++i;
        continue;
      default:
        emit_atom(
          ascii_fold && is_ascii_letter(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char
        );
        i += char.length;
        continue;
    }
  }
  return out;
};
var escape_reg_exp = (string) => string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var fuse_unk = (arr, tokens_to_ids, unk_token_id) => {
  const fused = [];
  let i = 0;
  while (i < arr.length) {
    fused.push(arr[i]);
    const token_id = tokens_to_ids.get(arr[i]) ?? unk_token_id;
    if (token_id !== unk_token_id) {
      ++i;
      continue;
    }
    while (++i < arr.length && (tokens_to_ids.get(arr[i]) ?? unk_token_id) === unk_token_id) {
      if (tokens_to_ids.get(fused.at(-1)) !== unk_token_id) {
        fused[fused.length - 1] += arr[i];
      }
    }
  }
  return fused;
};
var is_chinese_char = (cp) => cp >= 19968 && cp <= 40959 || cp >= 13312 && cp <= 19903 || cp >= 131072 && cp <= 173791 || cp >= 173824 && cp <= 177983 || cp >= 177984 && cp <= 178207 || cp >= 178208 && cp <= 183983 || cp >= 63744 && cp <= 64255 || cp >= 194560 && cp <= 195103;
var is_integral_number = (x) => Number.isInteger(x) || typeof x === "bigint";
var len = (s) => {
  let length = 0;
  for (const c of s) ++length;
  return length;
};
var lowercase_and_remove_accents = (text) => remove_accents(text.toLowerCase());
var merge_arrays = (...arrs) => Array.prototype.concat.apply([], arrs);
var object_to_map = (obj) => new Map(Object.entries(obj));
var regex_split = (text, regex) => {
  const result = [];
  let prev = 0;
  for (const match of text.matchAll(regex)) {
    const full_match = match[0];
    if (prev < match.index) {
      result.push(text.slice(prev, match.index));
    }
    if (full_match.length > 0) {
      result.push(full_match);
    }
    prev = match.index + full_match.length;
  }
  if (prev < text.length) {
    result.push(text.slice(prev));
  }
  return result;
};
var remove_accents = (text) => text.replace(/\p{M}/gu, "");
var validate_object = (obj, name, required_keys = []) => {
  if (!obj || Array.isArray(obj) || typeof obj !== "object") {
    return `${name} must be a valid object`;
  }
  for (const key of required_keys) {
    if (!(key in obj)) {
      return `${name} must contain a "${key}" property`;
    }
  }
  return null;
};
var whitespace_split = (text) => text.match(/\S+/g) || [];

// src/utils/Callable.ts
var Callable = class {
  /**
   * Creates a new instance of the Callable class.
   */
  constructor() {
    const closure = function(...args) {
      return closure._call(...args);
    };
    return Object.setPrototypeOf(closure, new.target.prototype);
  }
};
var Callable_default = Callable;

// src/core/Normalizer.ts
var Normalizer = class extends Callable_default {
  /**
   * @param config The configuration object for the normalizer.
   */
  constructor(config) {
    super();
    this.config = config;
  }
  /**
   * Alias for {@link Normalizer#normalize}.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  _call(text) {
    return this.normalize(text);
  }
};
var Normalizer_default = Normalizer;

// src/core/normalizer/BertNormalizer.ts
var BertNormalizer = class extends Normalizer_default {
  /**
   * Adds whitespace around any CJK (Chinese, Japanese, or Korean) character in the input text.
   *
   * @param text The input text to tokenize.
   * @returns The tokenized text with whitespace added around CJK characters.
   */
  tokenize_chinese_chars(text) {
    const output = [];
    for (let i = 0; i < text.length; ++i) {
      const char = text[i];
      const cp = char.charCodeAt(0);
      if (is_chinese_char(cp)) {
        output.push(" ");
        output.push(char);
        output.push(" ");
      } else {
        output.push(char);
      }
    }
    return output.join("");
  }
  /**
   * Strips accents from the given text.
   * @param text The text to strip accents from.
   * @returns The text with accents removed.
   */
  strip_accents(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "");
  }
  /**
   * Checks whether `char` is a control character.
   * @param char The character to check.
   * @returns Whether `char` is a control character.
   */
  is_control(char) {
    switch (char) {
      case "	":
      case "\n":
      case "\r":
        return false;
      default:
        return /^\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}$/u.test(char);
    }
  }
  /**
   * Performs invalid character removal and whitespace cleanup on text.
   * @param text The text to clean.
   * @returns The cleaned text.
   */
  clean_text(text) {
    const output = [];
    for (const char of text) {
      const cp = char.charCodeAt(0);
      if (cp === 0 || cp === 65533 || this.is_control(char)) {
        continue;
      }
      if (/^\s$/.test(char)) {
        output.push(" ");
      } else {
        output.push(char);
      }
    }
    return output.join("");
  }
  /**
   * Normalizes the given text based on the configuration.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    if (this.config.clean_text) {
      text = this.clean_text(text);
    }
    if (this.config.handle_chinese_chars) {
      text = this.tokenize_chinese_chars(text);
    }
    if (this.config.lowercase) {
      text = text.toLowerCase();
      if (this.config.strip_accents !== false) {
        text = this.strip_accents(text);
      }
    } else if (this.config.strip_accents) {
      text = this.strip_accents(text);
    }
    return text;
  }
};
var BertNormalizer_default = BertNormalizer;

// src/core/normalizer/Precompiled.ts
var Precompiled = class extends Normalizer_default {
  /**
   * Create a new instance of Precompiled normalizer.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.charsmap = config.precompiled_charsmap ?? null;
  }
  /**
   * Normalizes the given text by applying the precompiled charsmap.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    text = text.replace(
      /[\u0001-\u0008\u000B\u000E-\u001F\u007F\u008F\u009F]/gm,
      ""
    );
    text = text.replace(
      /[\u0009\u000A\u000C\u000D\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2581\u3000\uFEFF\uFFFD]/gm,
      " "
    );
    if (text.includes("\uFF5E")) {
      const parts = text.split("\uFF5E");
      text = parts.map((part) => part.normalize("NFKC")).join("\uFF5E");
    } else {
      text = text.normalize("NFKC");
    }
    return text;
  }
};
var Precompiled_default = Precompiled;

// src/core/normalizer/Sequence.ts
var Sequence = class extends Normalizer_default {
  /**
   * Create a new instance of NormalizerSequence.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.normalizers = (config.normalizers ?? []).map(
      (x) => create_normalizer_default(x)
    );
  }
  /**
   * Apply a sequence of Normalizers to the input text.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    return this.normalizers.reduce((t, normalizer) => {
      return normalizer ? normalizer.normalize(t) : t;
    }, text);
  }
};
var Sequence_default = Sequence;

// src/core/normalizer/Replace.ts
var Replace = class extends Normalizer_default {
  /**
   * @param config The configuration object for the normalizer.
   */
  constructor(config) {
    super(config);
    this.pattern = create_pattern(this.config.pattern ?? {});
  }
  /**
   * Normalize the input text by replacing the pattern with the content.
   * @param text The input text to be normalized.
   * @returns The normalized text after replacing the pattern with the content.
   */
  normalize(text) {
    return this.pattern === null ? text : text.replaceAll(this.pattern, this.config.content ?? "");
  }
};
var Replace_default = Replace;

// src/core/normalizer/UnicodeNormalizer.ts
var UnicodeNormalizer = class extends Normalizer_default {
  constructor() {
    super(...arguments);
    /**
     * The Unicode normalization form to apply.
     * Should be one of: 'NFC', 'NFD', 'NFKC', or 'NFKD'.
     */
    this.form = "NFC";
  }
  /**
   * Normalize the input text by applying Unicode normalization.
   * @param text The input text to be normalized.
   * @returns The normalized text.
   */
  normalize(text) {
    text = text.normalize(this.form);
    return text;
  }
};
var UnicodeNormalizer_default = UnicodeNormalizer;

// src/core/normalizer/NFC.ts
var NFC = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFC";
  }
};
var NFC_default = NFC;

// src/core/normalizer/NFD.ts
var NFD = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFD";
  }
};
var NFD_default = NFD;

// src/core/normalizer/NFKC.ts
var NFKC = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFKC";
  }
};
var NFKC_default = NFKC;

// src/core/normalizer/NFKD.ts
var NFKD = class extends UnicodeNormalizer_default {
  constructor() {
    super(...arguments);
    this.form = "NFKD";
  }
};
var NFKD_default = NFKD;

// src/core/normalizer/Strip.ts
var Strip = class extends Normalizer_default {
  /**
   * Strip leading and/or trailing whitespace from the input text.
   * @param text The input text.
   * @returns The normalized text.
   */
  normalize(text) {
    if (this.config.strip_left && this.config.strip_right) {
      text = text.trim();
    } else {
      if (this.config.strip_left) {
        text = text.trimStart();
      }
      if (this.config.strip_right) {
        text = text.trimEnd();
      }
    }
    return text;
  }
};
var Strip_default = Strip;

// src/core/normalizer/StripAccents.ts
var StripAccents = class extends Normalizer_default {
  /**
   * Remove all accents from the text.
   * @param text The input text.
   * @returns The normalized text without accents.
   */
  normalize(text) {
    return remove_accents(text);
  }
};
var StripAccents_default = StripAccents;

// src/core/normalizer/Lowercase.ts
var Lowercase = class extends Normalizer_default {
  /**
   * Lowercases the input string.
   * @param {string} text The text to normalize.
   * @returns {string} The normalized text.
   */
  normalize(text) {
    return text.toLowerCase();
  }
};
var Lowercase_default = Lowercase;

// src/core/normalizer/Prepend.ts
var Prepend = class extends Normalizer_default {
  /**
   * Prepends the input string.
   * @param text The text to normalize.
   * @returns The normalized text.
   */
  normalize(text) {
    text = this.config.prepend + text;
    return text;
  }
};
var Prepend_default = Prepend;

// src/core/normalizer/create_normalizer.ts
function create_normalizer(config) {
  if (config === null) return null;
  switch (config.type) {
    case "BertNormalizer":
      return new BertNormalizer_default(config);
    case "Precompiled":
      return new Precompiled_default(config);
    case "Sequence":
      return new Sequence_default(config);
    case "Replace":
      return new Replace_default(config);
    case "NFC":
      return new NFC_default(config);
    case "NFD":
      return new NFD_default(config);
    case "NFKC":
      return new NFKC_default(config);
    case "NFKD":
      return new NFKD_default(config);
    case "Strip":
      return new Strip_default(config);
    case "StripAccents":
      return new StripAccents_default(config);
    case "Lowercase":
      return new Lowercase_default(config);
    case "Prepend":
      return new Prepend_default(config);
    default:
      throw new Error(`Unknown Normalizer type: ${config.type}`);
  }
}
var create_normalizer_default = create_normalizer;

// src/core/PreTokenizer.ts
var PreTokenizer = class extends Callable_default {
  /**
   * Tokenizes the given text into pre-tokens.
   * @param text The text or array of texts to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of pre-tokens.
   */
  pre_tokenize(text, options) {
    return (Array.isArray(text) ? text.map((x) => this.pre_tokenize_text(x, options)) : this.pre_tokenize_text(text, options)).flat();
  }
  /**
   * Alias for {@link PreTokenizer#pre_tokenize}.
   * @param text The text or array of texts to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of pre-tokens.
   */
  _call(text, options) {
    return this.pre_tokenize(text, options);
  }
};
var PreTokenizer_default = PreTokenizer;

// src/static/constants.ts
var BYTES_TO_UNICODE = (() => {
  const bs = [
    ...Array.from(
      { length: "~".charCodeAt(0) - "!".charCodeAt(0) + 1 },
      (_, i) => i + "!".charCodeAt(0)
    ),
    ...Array.from(
      { length: "\xAC".charCodeAt(0) - "\xA1".charCodeAt(0) + 1 },
      (_, i) => i + "\xA1".charCodeAt(0)
    ),
    ...Array.from(
      { length: "\xFF".charCodeAt(0) - "\xAE".charCodeAt(0) + 1 },
      (_, i) => i + "\xAE".charCodeAt(0)
    )
  ];
  const cs = bs.slice();
  let n = 0;
  for (let b = 0; b < 256; ++b) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n);
      n += 1;
    }
  }
  const ccs = cs.map((n2) => String.fromCharCode(n2));
  return Object.fromEntries(bs.map((b, i) => [b, ccs[i]]));
})();
var reverse_dictionary = (data) => Object.fromEntries(Object.entries(data).map(([key, value]) => [value, key]));
var UNICODE_TO_BYTES = reverse_dictionary(BYTES_TO_UNICODE);
var PUNCTUATION_REGEX = "\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E";

// src/core/preTokenizer/ByteLevel.ts
var ByteLevel = class extends PreTokenizer_default {
  /**
   * Creates a new instance of the `ByteLevelPreTokenizer` class.
   * @param config The configuration object.
   */
  constructor(config) {
    super();
    this.config = config;
    this.add_prefix_space = this.config.add_prefix_space ?? false;
    this.trim_offsets = this.config.trim_offsets ?? false;
    this.use_regex = this.config.use_regex ?? true;
    this.pattern = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;
    this.byte_encoder = BYTES_TO_UNICODE;
    this.text_encoder = new TextEncoder();
  }
  /**
   * Tokenizes a single piece of text using byte-level tokenization.
   * @param text The text to tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text, options) {
    if (this.add_prefix_space && !text.startsWith(" ")) {
      text = " " + text;
    }
    const tokens = this.use_regex ? text.match(this.pattern) || [] : [text];
    return tokens.map(
      (token) => Array.from(
        this.text_encoder.encode(token),
        (byte) => this.byte_encoder[byte]
      ).join("")
    );
  }
};
var ByteLevel_default = ByteLevel;

// src/core/preTokenizer/Whitespace.ts
var Whitespace = class extends PreTokenizer_default {
  /**
   * Pre-tokenizes the input text by splitting it on word boundaries.
   * @param text The text to be pre-tokenized.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens produced by splitting the input text on whitespace.
   */
  pre_tokenize_text(text, options) {
    return text.match(/\w+|[^\w\s]+/g) || [];
  }
};
var Whitespace_default = Whitespace;

// src/core/preTokenizer/Metaspace.ts
var Metaspace = class extends PreTokenizer_default {
  /**
   * @param config The configuration object for the MetaspacePreTokenizer.
   */
  constructor(config) {
    super();
    this.replacement = config.replacement ?? "\u2581";
    this.str_rep = config.str_rep || this.replacement;
    this.prepend_scheme = config.prepend_scheme ?? "always";
  }
  /**
   * This method takes a string, replaces spaces with the replacement character,
   * adds a prefix space if requested, and returns a new list of tokens.
   * @param text The text to pre-tokenize.
   * @param options The options for the pre-tokenization.
   * @returns A new list of pre-tokenized tokens.
   */
  pre_tokenize_text(text, options) {
    const { section_index = void 0 } = options ?? {};
    let normalized = text.replaceAll(" ", this.str_rep);
    if (
      // We add a prefix space if:
      //  (1) The normalized token does not already start with the replacement character.
      !normalized.startsWith(this.replacement) && // and (2) either:
      //  (a) prepend_scheme is 'always'
      //  (b) prepend_scheme is 'first' and this is the first section
      (this.prepend_scheme === "always" || this.prepend_scheme === "first" && section_index === 0)
    ) {
      normalized = this.str_rep + normalized;
    }
    return [normalized];
  }
};
var Metaspace_default = Metaspace;

// src/core/preTokenizer/Split.ts
var Split = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = create_pattern(
      this.config.pattern ?? {},
      this.config.invert ?? true
    );
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    if (this.pattern === null) {
      return [];
    }
    if (this.config.invert) {
      return (text.match(this.pattern) || []).filter((x) => x);
    } else if (this.config.behavior?.toLowerCase() === "removed") {
      return text.split(this.pattern).filter((x) => x);
    } else {
      return regex_split(text, this.pattern);
    }
  }
};
var Split_default = Split;

// src/core/preTokenizer/Punctuation.ts
var Punctuation = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = new RegExp(
      `[^${PUNCTUATION_REGEX}]+|[${PUNCTUATION_REGEX}]+`,
      "gu"
    );
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    return text.match(this.pattern) || [];
  }
};
var Punctuation_default = Punctuation;

// src/core/preTokenizer/Digits.ts
var Digits = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    const digit_pattern = `[^\\d]+|\\d${this.config.individual_digits ? "" : "+"}`;
    this.pattern = new RegExp(digit_pattern, "gu");
  }
  /**
   * Tokenizes text by splitting it using the given pattern.
   * @param text The text to tokenize.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text) {
    return text.match(this.pattern) || [];
  }
};
var Digits_default = Digits;

// src/core/preTokenizer/BertPreTokenizer.ts
var BertPreTokenizer = class extends PreTokenizer_default {
  /**
   * A PreTokenizer that splits text into wordpieces using a basic tokenization scheme
   * similar to that used in the original implementation of BERT.
   */
  constructor() {
    super();
    this.pattern = new RegExp(
      `[^\\s${PUNCTUATION_REGEX}]+|[${PUNCTUATION_REGEX}]`,
      "gu"
    );
  }
  /**
   * Tokenizes a single text using the BERT pre-tokenization scheme.
   *
   * @param text The text to tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns An array of tokens.
   */
  pre_tokenize_text(text, options) {
    return text.trim().match(this.pattern) || [];
  }
};
var BertPreTokenizer_default = BertPreTokenizer;

// src/core/preTokenizer/Replace.ts
var Replace2 = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this.pattern = create_pattern(this.config.pattern ?? {});
    this.content = this.config.content ?? "";
  }
  /**
   * Pre-tokenizes the input text by replacing certain characters.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by replacing certain characters.
   */
  pre_tokenize_text(text) {
    if (this.pattern === null) {
      return [text];
    }
    return [text.replaceAll(this.pattern, this.config.content ?? "")];
  }
};
var Replace_default2 = Replace2;

// src/core/preTokenizer/Sequence.ts
var Sequence2 = class extends PreTokenizer_default {
  /**
   * Creates an instance of PreTokenizerSequence.
   * @param config The configuration object for the pre-tokenizer sequence.
   */
  constructor(config) {
    super();
    this.tokenizers = (config.pretokenizers ?? []).map(
      (x) => create_pre_tokenizer_default(x)
    );
  }
  /**
   * Applies each pre-tokenizer in the sequence to the input text in turn.
   * @param text The text to pre-tokenize.
   * @param options Additional options for the pre-tokenization logic.
   * @returns The pre-tokenized text.
   */
  pre_tokenize_text(text, options) {
    return this.tokenizers.reduce(
      (pre_tokenized_text, tokenizer) => {
        return tokenizer ? tokenizer.pre_tokenize(pre_tokenized_text, options) : pre_tokenized_text;
      },
      [text]
    );
  }
};
var Sequence_default2 = Sequence2;

// src/core/preTokenizer/WhitespaceSplit.ts
var WhitespaceSplit = class extends PreTokenizer_default {
  /**
   * Pre-tokenizes the input text by splitting it on whitespace characters.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by splitting the input text on whitespace.
   */
  pre_tokenize_text(text) {
    return whitespace_split(text);
  }
};
var WhitespaceSplit_default = WhitespaceSplit;

// src/core/preTokenizer/FixedLength.ts
var FixedLength = class extends PreTokenizer_default {
  /**
   * @param config The configuration options for the pre-tokenizer.
   */
  constructor(config) {
    super();
    this.config = config;
    this._length = config.length;
  }
  /**
   * Pre-tokenizes the input text by splitting it into fixed-length tokens.
   * @param text The text to be pre-tokenized.
   * @returns An array of tokens produced by splitting the input text into fixed-length tokens.
   */
  pre_tokenize_text(text) {
    const tokens = [];
    for (let i = 0; i < text.length; i += this._length) {
      tokens.push(text.slice(i, i + this._length));
    }
    return tokens;
  }
};
var FixedLength_default = FixedLength;

// src/core/preTokenizer/create_pre_tokenizer.ts
function create_pre_tokenizer(config) {
  if (config === null) return null;
  switch (config.type) {
    case "BertPreTokenizer":
      return new BertPreTokenizer_default();
    case "Sequence":
      return new Sequence_default2(config);
    case "Whitespace":
      return new Whitespace_default();
    case "WhitespaceSplit":
      return new WhitespaceSplit_default();
    case "Metaspace":
      return new Metaspace_default(config);
    case "ByteLevel":
      return new ByteLevel_default(config);
    case "Split":
      return new Split_default(config);
    case "Punctuation":
      return new Punctuation_default(config);
    case "Digits":
      return new Digits_default(config);
    case "Replace":
      return new Replace_default2(config);
    case "FixedLength":
      return new FixedLength_default(config);
    default:
      throw new Error(`Unknown PreTokenizer type: ${config.type}`);
  }
}
var create_pre_tokenizer_default = create_pre_tokenizer;

// src/core/TokenizerModel.ts
var TokenizerModel = class extends Callable_default {
  /**
   * Creates a new instance of TokenizerModel.
   * @param config The configuration object for the TokenizerModel.
   */
  constructor(config) {
    super();
    this.config = config;
    this.vocab = [];
    this.tokens_to_ids = /* @__PURE__ */ new Map();
    this.unk_token_id = void 0;
    this.unk_token = void 0;
    this.end_of_word_suffix = void 0;
    this.fuse_unk = this.config.fuse_unk ?? false;
  }
  /**
   * Internal function to call the TokenizerModel instance.
   * @param tokens The tokens to encode.
   * @returns The encoded tokens.
   */
  _call(tokens) {
    let result = this.encode(tokens);
    if (this.fuse_unk) {
      result = fuse_unk(result, this.tokens_to_ids, this.unk_token_id);
    }
    return result;
  }
};
var TokenizerModel_default = TokenizerModel;

// src/core/tokenizerModelImplementations/WordPiece.ts
var WordPieceTokenizer = class extends TokenizerModel_default {
  /**
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    /** The maximum number of characters per word. */
    this.max_input_chars_per_word = 100;
    this.tokens_to_ids = object_to_map(config.vocab);
    this.unk_token_id = this.tokens_to_ids.get(config.unk_token);
    this.unk_token = config.unk_token;
    this.max_input_chars_per_word = config.max_input_chars_per_word ?? 100;
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
  }
  /**
   * Encodes an array of tokens using WordPiece encoding.
   * @param tokens The tokens to encode.
   * @returns An array of encoded tokens.
   */
  encode(tokens) {
    const output_tokens = [];
    for (const token of tokens) {
      const chars = [...token];
      if (chars.length > this.max_input_chars_per_word) {
        output_tokens.push(this.unk_token);
        continue;
      }
      let is_unknown = false;
      let start = 0;
      const sub_tokens = [];
      while (start < chars.length) {
        let end = chars.length;
        let current_substring = null;
        while (start < end) {
          let substr = chars.slice(start, end).join("");
          if (start > 0) {
            substr = this.config.continuing_subword_prefix + substr;
          }
          if (this.tokens_to_ids.has(substr)) {
            current_substring = substr;
            break;
          }
          --end;
        }
        if (current_substring === null) {
          is_unknown = true;
          break;
        }
        sub_tokens.push(current_substring);
        start = end;
      }
      if (is_unknown) {
        output_tokens.push(this.unk_token);
      } else {
        output_tokens.push(...sub_tokens);
      }
    }
    return output_tokens;
  }
};
var WordPiece_default = WordPieceTokenizer;

// src/utils/data-structures/CharTrie.ts
var CharTrieNode = class _CharTrieNode {
  /**
   * Create a new CharTrieNode.
   * @param is_leaf Whether the node is a leaf node or not.
   * @param children A map containing the node's children, where the key is a character and the value is a `CharTrieNode`.
   */
  constructor(is_leaf, children) {
    this.is_leaf = is_leaf;
    this.children = children;
  }
  /**
   * Returns a new `CharTrieNode` instance with default values.
   * @returns A new `CharTrieNode` instance with `is_leaf` set to `false` and an empty `children` map.
   */
  static default() {
    return new _CharTrieNode(false, /* @__PURE__ */ new Map());
  }
};
var CharTrie = class {
  constructor() {
    this.root = CharTrieNode.default();
  }
  /**
   * Adds one or more `texts` to the trie.
   * @param texts The strings to add to the trie.
   */
  extend(texts) {
    for (const text of texts) {
      this.push(text);
    }
  }
  /**
   * Adds text to the trie.
   * @param text The string to add to the trie.
   */
  push(text) {
    let node = this.root;
    for (const ch of text) {
      let child = node.children.get(ch);
      if (child === void 0) {
        child = CharTrieNode.default();
        node.children.set(ch, child);
      }
      node = child;
    }
    node.is_leaf = true;
  }
  /**
   * Searches the trie for stored strings that match `chars` starting at `start`.
   * @param chars The input characters to search.
   * @param start The index to start searching from.
   * @yields Each stored string that is a prefix of `chars` starting at `start`.
   */
  *common_prefix_search(chars, start = 0) {
    let node = this.root;
    if (node === void 0) return;
    let prefix = "";
    for (let i = start; i < chars.length; ++i) {
      const ch = chars[i];
      prefix += ch;
      node = node.children.get(ch);
      if (node === void 0) return;
      if (node.is_leaf) {
        yield prefix;
      }
    }
  }
};
var CharTrie_default = CharTrie;

// src/utils/data-structures/TokenLattice.ts
var TokenLatticeNode = class _TokenLatticeNode {
  /**
   * Represents a node in a token lattice for a given sentence.
   * @param token_id The ID of the token associated with this node.
   * @param node_id The ID of this node.
   * @param pos The starting position of the token in the sentence.
   * @param length The length of the token.
   * @param score The score associated with the token.
   */
  constructor(token_id, node_id, pos, length, score) {
    this.token_id = token_id;
    this.node_id = node_id;
    this.pos = pos;
    this.length = length;
    this.score = score;
    this.prev = null;
    this.backtrace_score = 0;
  }
  /**
   * Returns a clone of this node.
   * @returns A clone of this node.
   */
  clone() {
    const n = new _TokenLatticeNode(
      this.token_id,
      this.node_id,
      this.pos,
      this.length,
      this.score
    );
    n.prev = this.prev;
    n.backtrace_score = this.backtrace_score;
    return n;
  }
};
var TokenLattice = class {
  /**
   * Creates a new TokenLattice instance.
   *
   * @param sentence The input sentence to be tokenized.
   * @param bos_token_id The beginning-of-sequence token ID.
   * @param eos_token_id The end-of-sequence token ID.
   */
  constructor(sentence, bos_token_id, eos_token_id) {
    this.chars = Array.from(sentence);
    this.len = this.chars.length;
    this.bos_token_id = bos_token_id;
    this.eos_token_id = eos_token_id;
    this.nodes = [];
    this.begin_nodes = Array.from(
      { length: this.len + 1 },
      () => []
    );
    this.end_nodes = Array.from({ length: this.len + 1 }, () => []);
    const bos = new TokenLatticeNode(this.bos_token_id ?? 0, 0, 0, 0, 0);
    const eos = new TokenLatticeNode(
      this.eos_token_id ?? 0,
      1,
      this.len,
      0,
      0
    );
    this.nodes.push(bos.clone());
    this.nodes.push(eos.clone());
    this.begin_nodes[this.len].push(eos);
    this.end_nodes[0].push(bos);
  }
  /**
   * Inserts a new token node into the token lattice.
   *
   * @param pos The starting position of the token.
   * @param length The length of the token.
   * @param score The score of the token.
   * @param token_id The token ID of the token.
   */
  insert(pos, length, score, token_id) {
    const node_id = this.nodes.length;
    const node = new TokenLatticeNode(token_id, node_id, pos, length, score);
    this.begin_nodes[pos].push(node);
    this.end_nodes[pos + length].push(node);
    this.nodes.push(node);
  }
  /**
   * Implements the Viterbi algorithm to compute the most likely sequence of tokens.
   *
   * @returns The most likely sequence of tokens.
   */
  viterbi() {
    const len2 = this.len;
    let pos = 0;
    while (pos <= len2) {
      if (this.begin_nodes[pos].length == 0) {
        return [];
      }
      for (let rnode of this.begin_nodes[pos]) {
        rnode.prev = null;
        let best_score = 0;
        let best_node = null;
        for (let lnode of this.end_nodes[pos]) {
          const score = lnode.backtrace_score + rnode.score;
          if (best_node === null || score > best_score) {
            best_node = lnode.clone();
            best_score = score;
          }
        }
        if (best_node !== null) {
          rnode.prev = best_node;
          rnode.backtrace_score = best_score;
        } else {
          return [];
        }
      }
      ++pos;
    }
    const results = [];
    const root = this.begin_nodes[len2][0];
    const prev = root.prev;
    if (prev === null) {
      return [];
    }
    let node = prev.clone();
    while (node.prev !== null) {
      results.push(node.clone());
      const n = node.clone();
      node = n.prev.clone();
    }
    results.reverse();
    return results;
  }
  /**
   * Get the text piece for a given node.
   * @param node The node to get the piece for.
   * @returns The array of nodes representing the most likely sequence of tokens.
   */
  piece(node) {
    return this.chars.slice(node.pos, node.pos + node.length).join("");
  }
  /**
   * @returns The most likely sequence of tokens.
   */
  tokens() {
    const nodes = this.viterbi();
    return nodes.map((x) => this.piece(x));
  }
  /**
   * @returns The most likely sequence of token ids.
   */
  token_ids() {
    const nodes = this.viterbi();
    return nodes.map((x) => x.token_id);
  }
};
var TokenLattice_default = TokenLattice;

// src/utils/maths.ts
function min(arr) {
  if (arr.length === 0) throw new Error("Array must not be empty");
  let min_value = arr[0];
  let index_of_min = 0;
  for (let i = 1; i < arr.length; ++i) {
    if (arr[i] < min_value) {
      min_value = arr[i];
      index_of_min = i;
    }
  }
  return [min_value, index_of_min];
}

// src/core/tokenizerModelImplementations/Unigram.ts
var Unigram = class extends TokenizerModel_default {
  /**
   * Create a new Unigram tokenizer model.
   * @param config The configuration object for the Unigram model.
   * @param eos_token
   */
  constructor(config, eos_token) {
    super(config);
    const vocab_size = config.vocab.length;
    this.vocab = new Array(vocab_size);
    this.scores = new Array(vocab_size);
    for (let i = 0; i < vocab_size; ++i) {
      [this.vocab[i], this.scores[i]] = config.vocab[i];
    }
    this.unk_token_id = config.unk_id;
    this.unk_token = this.vocab[config.unk_id];
    this.tokens_to_ids = new Map(this.vocab.map((x, i) => [x, i]));
    this.bos_token = " ";
    this.bos_token_id = this.tokens_to_ids.get(this.bos_token);
    this.eos_token = eos_token;
    this.eos_token_id = this.tokens_to_ids.get(this.eos_token);
    this.unk_token = this.vocab[this.unk_token_id];
    this.min_score = min(this.scores)[0];
    this.unk_score = this.min_score - 10;
    this.scores[this.unk_token_id] = this.unk_score;
    this.trie = new CharTrie_default();
    this.trie.extend(this.vocab);
    this.fuse_unk = true;
  }
  /**
   * Populates lattice nodes.
   * @param lattice The token lattice to populate with nodes.
   */
  populate_nodes(lattice) {
    const chars = lattice.chars;
    const mblen = 1;
    let begin_pos = 0;
    while (begin_pos < chars.length) {
      let has_single_node = false;
      const prefixed_tokens = this.trie.common_prefix_search(chars, begin_pos);
      for (const token of prefixed_tokens) {
        const token_id = this.tokens_to_ids.get(token);
        const token_score = this.scores[token_id];
        const n = len(token);
        lattice.insert(begin_pos, n, token_score, token_id);
        if (!has_single_node && n === mblen) {
          has_single_node = true;
        }
      }
      if (!has_single_node) {
        lattice.insert(begin_pos, mblen, this.unk_score, this.unk_token_id);
      }
      begin_pos += mblen;
    }
  }
  /**
   * Encodes an array of tokens into an array of subtokens using the unigram model.
   *
   * @param normalized The normalized string.
   * @returns An array of subtokens obtained by encoding the input tokens using the unigram model.
   */
  tokenize(normalized) {
    const lattice = new TokenLattice_default(
      normalized,
      this.bos_token_id,
      this.eos_token_id
    );
    this.populate_nodes(lattice);
    return lattice.tokens();
  }
  /**
   * Encodes an array of tokens using Unigram encoding.
   * @param tokens The tokens to encode.
   * @returns An array of encoded tokens.
   */
  encode(tokens) {
    const to_return = [];
    for (const token of tokens) {
      const tokenized = this.tokenize(token);
      to_return.push(...tokenized);
    }
    return to_return;
  }
};
var Unigram_default = Unigram;

// src/utils/data-structures/PriorityQueue.ts
var PriorityQueue = class {
  /**
   * Create a new PriorityQueue.
   * @param comparator Comparator function to determine priority. Defaults to a MaxHeap.
   * @param max_size Maximum size of the queue. Defaults to Infinity.
   */
  constructor(comparator = (a, b) => a > b, max_size = Infinity) {
    this._heap = [];
    this._comparator = comparator;
    this._max_size = max_size;
  }
  /**
   * The size of the queue
   */
  get size() {
    return this._heap.length;
  }
  /**
   * Check if the queue is empty.
   * @returns `true` if the queue is empty, `false` otherwise.
   */
  is_empty() {
    return this.size === 0;
  }
  /**
   * Return the element with the highest priority in the queue.
   * @returns The highest priority element in the queue.
   */
  peek() {
    return this._heap[0];
  }
  /**
   * Add one or more elements to the queue.
   * @param values The values to push into the queue.
   * @returns The new size of the queue.
   */
  push(...values) {
    return this.extend(values);
  }
  /**
   * Add multiple elements to the queue.
   * @param values The values to push into the queue.
   * @returns The new size of the queue.
   */
  extend(values) {
    for (const value of values) {
      if (this.size < this._max_size) {
        this._heap.push(value);
        this._sift_up();
      } else {
        const smallest = this._smallest();
        if (this._comparator(value, this._heap[smallest])) {
          this._heap[smallest] = value;
          this._sift_up_from(smallest);
        }
      }
    }
    return this.size;
  }
  /**
   * Remove and return the element with the highest priority in the queue.
   * @returns The element with the highest priority in the queue.
   */
  pop() {
    const popped_value = this.peek();
    const bottom = this.size - 1;
    if (bottom > 0) {
      this._swap(0, bottom);
    }
    this._heap.pop();
    this._sift_down();
    return popped_value;
  }
  /**
   * Replace the element with the highest priority in the queue with a new value.
   * @param value The new value.
   * @returns The replaced value.
   */
  replace(value) {
    const replaced_value = this.peek();
    this._heap[0] = value;
    this._sift_down();
    return replaced_value;
  }
  /**
   * Compute the index for the parent of the node at index `i`.
   * @param i The index of the node to get the parent of.
   * @returns The index of the parent node.
   * @private
   */
  _parent(i) {
    return (i + 1 >>> 1) - 1;
  }
  /**
   * Compute the index for the left child of the node at index `i`.
   * @param i The index of the node to get the left child of.
   * @returns The index of the left child.
   * @private
   */
  _left(i) {
    return (i << 1) + 1;
  }
  /**
   * Compute the index for the right child of the node at index `i`.
   * @param i The index of the node to get the right child of.
   * @returns The index of the right child.
   * @private
   */
  _right(i) {
    return i + 1 << 1;
  }
  /**
   * Check if the element at index `i` is greater than the element at index `j`.
   * @param i The index of the first element to compare.
   * @param j The index of the second element to compare.
   * @returns `true` if the element at index `i` is greater than the element at index `j`, `false` otherwise.
   * @private
   */
  _greater(i, j) {
    return this._comparator(this._heap[i], this._heap[j]);
  }
  /**
   * Swap the elements at indices `i` and `j`.
   * @param i The index of the first element to swap.
   * @param j The index of the second element to swap.
   * @private
   */
  _swap(i, j) {
    const temp = this._heap[i];
    this._heap[i] = this._heap[j];
    this._heap[j] = temp;
  }
  /**
   * Maintain the heap property by updating positions in the heap,
   * starting at the last element and moving up the heap.
   * @private
   */
  _sift_up() {
    this._sift_up_from(this.size - 1);
  }
  /**
   * Helper function to sift up from a given node.
   * @param node The index of the node to start sifting up from.
   */
  _sift_up_from(node) {
    while (node > 0 && this._greater(node, this._parent(node))) {
      this._swap(node, this._parent(node));
      node = this._parent(node);
    }
  }
  /**
   * Maintain the heap property by updating positions in the heap,
   * starting at the first element and moving down the heap.
   * @private
   */
  _sift_down() {
    let node = 0;
    while (this._left(node) < this.size && this._greater(this._left(node), node) || this._right(node) < this.size && this._greater(this._right(node), node)) {
      const max_child = this._right(node) < this.size && this._greater(this._right(node), this._left(node)) ? this._right(node) : this._left(node);
      this._swap(node, max_child);
      node = max_child;
    }
  }
  /**
   * Get the index of the smallest element in the heap. Since we use an array-based heap,
   * the index can be computed without needing to traverse the heap.
   * @private
   */
  _smallest() {
    return 2 ** Math.floor(Math.log2(this.size)) - 1;
  }
};
var PriorityQueue_default = PriorityQueue;

// src/utils/data-structures/LRUCache.ts
var LRUCache = class {
  /**
   * Creates an LRUCache instance.
   * @param capacity The maximum number of items the cache can hold.
   */
  constructor(capacity) {
    this.capacity = capacity;
    this.cache = /* @__PURE__ */ new Map();
  }
  /**
   * Retrieves the value associated with the given key and marks the key as recently used.
   * @param key The key to retrieve.
   * @returns The value associated with the key, or undefined if the key does not exist.
   */
  get(key) {
    if (!this.cache.has(key)) return void 0;
    const value = this.cache.get(key);
    this.cache.delete(key);
    this.cache.set(key, value);
    return value;
  }
  /**
   * Inserts or updates the key-value pair in the cache.
   * If the key already exists, it is updated and marked as recently used.
   * If the cache exceeds its capacity, the least recently used item is evicted.
   * @param key The key to add or update.
   * @param value The value to associate with the key.
   */
  put(key, value) {
    if (this.cache.has(key)) {
      this.cache.delete(key);
    }
    this.cache.set(key, value);
    if (this.cache.size > this.capacity) {
      this.cache.delete(this.cache.keys().next().value);
    }
  }
  /**
   * Clears the cache.
   */
  clear() {
    this.cache.clear();
  }
};
var LRUCache_default = LRUCache;

// src/core/tokenizerModelImplementations/BPE.ts
var BPE = class extends TokenizerModel_default {
  /**
   * Create a BPE instance.
   * @param config The configuration object for BPE.
   */
  constructor(config) {
    super(config);
    this.tokens_to_ids = object_to_map(config.vocab);
    this.unk_token_id = this.tokens_to_ids.get(config.unk_token);
    this.unk_token = config.unk_token;
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
    const use_new_merge_format = Array.isArray(config.merges[0]);
    this.merges = use_new_merge_format ? config.merges : config.merges.map(
      (x) => x.split(" ", 2)
    );
    this.bpe_ranks = new Map(this.merges.map((x, i) => [JSON.stringify(x), i]));
    this.end_of_word_suffix = config.end_of_word_suffix;
    this.continuing_subword_suffix = config.continuing_subword_suffix ?? null;
    this.byte_fallback = this.config.byte_fallback ?? false;
    if (this.byte_fallback) {
      this.text_encoder = new TextEncoder();
    }
    this.ignore_merges = this.config.ignore_merges ?? false;
    this.max_length_to_cache = 256;
    this.cache_capacity = 1e4;
    this.cache = new LRUCache_default(this.cache_capacity);
  }
  /**
   * Clears the cache.
   */
  clear_cache() {
    this.cache.clear();
  }
  /**
   * Apply Byte-Pair-Encoding (BPE) to a given token. Efficient heap-based priority
   * queue implementation adapted from https://github.com/belladoreai/llama-tokenizer-js.
   * @param token The token to encode.
   * @returns The BPE encoded tokens.
   */
  bpe(token) {
    if (token.length === 0) {
      return [];
    }
    const cached = this.cache.get(token);
    if (cached !== void 0) {
      return cached;
    }
    const word = Array.from(token);
    if (this.end_of_word_suffix) {
      word[word.length - 1] += this.end_of_word_suffix;
    }
    let result = [];
    if (word.length > 1) {
      const queue = new PriorityQueue_default((a, b) => a.score < b.score);
      let starting_node = {
        token: word[0],
        bias: 0,
        prev: null,
        next: null
      };
      let previous_node = starting_node;
      for (let i = 1; i < word.length; ++i) {
        const current_node = {
          bias: i / word.length,
          // Add fractional component to break ties
          token: word[i],
          prev: previous_node,
          next: null
        };
        previous_node.next = current_node;
        this.add_node(queue, previous_node);
        previous_node = current_node;
      }
      while (!queue.is_empty()) {
        const node = queue.pop();
        if (node.deleted || !node.next || node.next.deleted) continue;
        node.deleted = true;
        node.next.deleted = true;
        if (node.prev) {
          const new_previous_node = { ...node.prev };
          node.prev.deleted = true;
          node.prev = new_previous_node;
          if (new_previous_node.prev) {
            new_previous_node.prev.next = new_previous_node;
          } else {
            starting_node = new_previous_node;
          }
        }
        const merged = {
          token: node.token + node.next.token,
          bias: node.bias,
          prev: node.prev,
          next: node.next.next
        };
        if (merged.prev) {
          merged.prev.next = merged;
          this.add_node(queue, merged.prev);
        } else {
          starting_node = merged;
        }
        if (merged.next) {
          merged.next.prev = merged;
          this.add_node(queue, merged);
        }
      }
      for (let current_node = starting_node; current_node !== null; current_node = current_node.next) {
        result.push(current_node.token);
      }
    } else {
      result = word;
    }
    if (this.continuing_subword_suffix) {
      for (let i = 0; i < result.length - 1; ++i) {
        result[i] += this.continuing_subword_suffix;
      }
    }
    if (token.length < this.max_length_to_cache) {
      this.cache.put(token, result);
    }
    return result;
  }
  /**
   * Helper function to add a node to the priority queue.
   * @param queue
   * @param node
   */
  add_node(queue, node) {
    const rank = this.bpe_ranks.get(
      JSON.stringify([node.token, node.next.token])
    );
    if (rank !== void 0) {
      node.score = rank + node.bias;
      queue.push(node);
    }
  }
  /**
   * Encodes the input sequence of tokens using the BPE algorithm and returns the resulting subword tokens.
   * @param tokens The input sequence of tokens to encode.
   * @returns The resulting subword tokens after applying the BPE algorithm to the input sequence of tokens.
   */
  encode(tokens) {
    const output_tokens = [];
    for (const token of tokens) {
      if (this.ignore_merges && this.tokens_to_ids.has(token)) {
        output_tokens.push(token);
        continue;
      }
      const bpe_token_list = this.bpe(token);
      for (const t of bpe_token_list) {
        if (this.tokens_to_ids.has(t)) {
          output_tokens.push(t);
        } else if (this.byte_fallback) {
          const byte_tokens = Array.from(this.text_encoder.encode(t)).map(
            (x) => `<0x${x.toString(16).toUpperCase().padStart(2, "0")}>`
          );
          if (byte_tokens.every((x) => this.tokens_to_ids.has(x))) {
            output_tokens.push(...byte_tokens);
          } else if (this.unk_token != null) {
            output_tokens.push(this.unk_token);
          }
        } else if (this.unk_token != null) {
          output_tokens.push(this.unk_token);
        }
      }
    }
    return output_tokens;
  }
};
var BPE_default = BPE;

// src/core/tokenizerModelImplementations/Legacy.ts
var Legacy = class extends TokenizerModel_default {
  /**
   * Create a Legacy tokenizer model instance.
   * @param config The configuration object for Legacy tokenizer model.
   * @param more_config Additional configuration object for the Legacy tokenizer model.
   */
  constructor(config, more_config) {
    super(config);
    const vocab = config.vocab;
    this.tokens_to_ids = object_to_map(
      more_config.target_lang ? vocab[more_config.target_lang] : vocab
    );
    this.bos_token = more_config.bos_token;
    this.bos_token_id = this.tokens_to_ids.get(this.bos_token);
    this.eos_token = more_config.eos_token;
    this.eos_token_id = this.tokens_to_ids.get(this.eos_token);
    this.pad_token = more_config.pad_token;
    this.pad_token_id = this.tokens_to_ids.get(this.pad_token);
    this.unk_token = more_config.unk_token;
    this.unk_token_id = this.tokens_to_ids.get(this.unk_token);
    this.vocab = new Array(this.tokens_to_ids.size);
    for (const [key, value] of this.tokens_to_ids) {
      this.vocab[value] = key;
    }
  }
  encode(tokens) {
    return tokens;
  }
};
var Legacy_default = Legacy;

// src/core/tokenizerModelImplementations/create_tokenizer_model.ts
function create_tokenizer_model(model_config, config) {
  switch (model_config.type) {
    case "WordPiece":
      return new WordPiece_default(model_config);
    case "Unigram":
      return new Unigram_default(model_config, config.eos_token);
    case "BPE":
      return new BPE_default(model_config);
    default:
      if (model_config.vocab) {
        if (Array.isArray(model_config.vocab)) {
          return new Unigram_default(model_config, config.eos_token);
        } else if (Object.hasOwn(model_config, "continuing_subword_prefix") && Object.hasOwn(model_config, "unk_token")) {
          if (Object.hasOwn(model_config, "merges")) {
            return new BPE_default(model_config);
          } else {
            return new WordPiece_default(model_config);
          }
        } else {
          return new Legacy_default(model_config, {
            target_lang: config.target_lang,
            bos_token: config.bos_token,
            eos_token: config.eos_token,
            pad_token: config.pad_token,
            unk_token: config.unk_token
          });
        }
      }
      throw new Error(
        `Unknown TokenizerModel type: ${model_config?.type}`
      );
  }
}
var create_tokenizer_model_default = create_tokenizer_model;

// src/core/PostProcessor.ts
var PostProcessor = class extends Callable_default {
  /**
   * @param config The configuration for the post-processor.
   */
  constructor(config) {
    super();
    this.config = config;
  }
  /**
   * Alias for {@link PostProcessor#post_process}.
   * @param tokens The text or array of texts to post-process.
   * @param args Additional arguments required by the post-processing logic.
   * @returns The post-processed tokens.
   */
  _call(tokens, ...args) {
    return this.post_process(tokens, ...args);
  }
};
var PostProcessor_default = PostProcessor;

// src/core/postProcessor/TemplateProcessing.ts
var TemplateProcessing = class extends PostProcessor_default {
  /**
   * Replaces special tokens in the template with actual tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns An object containing the list of tokens with the special tokens replaced with actual tokens.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    const type = tokens_pair === null ? this.config.single : this.config.pair;
    let processed_tokens = [];
    let types = [];
    for (const item of type) {
      if ("SpecialToken" in item) {
        if (add_special_tokens) {
          processed_tokens.push(item.SpecialToken.id);
          types.push(item.SpecialToken.type_id);
        }
      } else if ("Sequence" in item) {
        if (item.Sequence.id === "A") {
          processed_tokens = merge_arrays(processed_tokens, tokens);
          types = merge_arrays(
            types,
            new Array(tokens.length).fill(item.Sequence.type_id)
          );
        } else if (item.Sequence.id === "B") {
          processed_tokens = merge_arrays(processed_tokens, tokens_pair);
          types = merge_arrays(
            types,
            new Array(tokens_pair.length).fill(item.Sequence.type_id)
          );
        }
      }
    }
    return { tokens: processed_tokens, token_type_ids: types };
  }
};
var TemplateProcessing_default = TemplateProcessing;

// src/core/postProcessor/ByteLevel.ts
var ByteLevel2 = class extends PostProcessor_default {
  /**
   * Post process the given tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @returns An object containing the post-processed tokens.
   */
  post_process(tokens, tokens_pair = null) {
    return { tokens, tokens_pair };
  }
};
var ByteLevel_default2 = ByteLevel2;

// src/core/postProcessor/BertProcessing.ts
var BertProcessing = class extends PostProcessor_default {
  /**
   * @param config The configuration for the post-processor.
   * @param config.cls The special tokens to add to the beginning of the input.
   * @param config.sep The special tokens to add to the end of the input.
   */
  constructor(config) {
    super(config);
    this.sep = config.sep;
    this.cls = config.cls;
  }
  /**
   * Adds the special tokens to the beginning and end of the input.
   * @param tokens The input tokens.
   * @param tokens_pair An optional second set of input tokens.
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns The post-processed tokens with the special tokens added to the beginning and end.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    if (add_special_tokens) {
      tokens = merge_arrays([this.cls[0]], tokens, [this.sep[0]]);
    }
    let token_type_ids = new Array(tokens.length).fill(0);
    if (tokens_pair) {
      const middle = [];
      const after = add_special_tokens ? [this.sep[0]] : [];
      tokens = merge_arrays(tokens, middle, tokens_pair, after);
      token_type_ids = merge_arrays(
        token_type_ids,
        new Array(tokens_pair.length + middle.length + after.length).fill(1)
      );
    }
    return { tokens, token_type_ids };
  }
};
var BertProcessing_default = BertProcessing;

// src/core/postProcessor/RobertaProcessing.ts
var RobertaProcessing = class extends PostProcessor_default {
  /**
   * @param config The configuration for the post-processor.
   * @param config.cls The special tokens to add to the beginning of the input.
   * @param config.sep The special tokens to add to the end of the input.
   */
  constructor(config) {
    super(config);
    this.sep = config.sep;
    this.cls = config.cls;
  }
  /**
   * Adds the special tokens to the beginning and end of the input.
   * @param tokens The input tokens.
   * @param tokens_pair An optional second set of input tokens.
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns The post-processed tokens with the special tokens added to the beginning and end.
   */
  post_process(tokens, tokens_pair, add_special_tokens = true) {
    if (add_special_tokens) {
      tokens = merge_arrays([this.cls[0]], tokens, [this.sep[0]]);
    }
    let token_type_ids = new Array(tokens.length).fill(0);
    if (tokens_pair) {
      const middle = add_special_tokens ? [this.sep[0]] : [];
      const after = add_special_tokens ? [this.sep[0]] : [];
      tokens = merge_arrays(tokens, middle, tokens_pair, after);
      token_type_ids = merge_arrays(
        token_type_ids,
        new Array(tokens_pair.length + middle.length + after.length).fill(1)
      );
    }
    return { tokens, token_type_ids };
  }
};
var RobertaProcessing_default = RobertaProcessing;

// src/core/postProcessor/Sequence.ts
var Sequence3 = class extends PostProcessor_default {
  /**
   * Creates a new instance of Sequence post-processor.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.processors = (config.processors ?? []).map((x) => create_post_processor_default(x));
  }
  /**
   * Post process the given tokens.
   * @param tokens The list of tokens for the first sequence.
   * @param tokens_pair The list of tokens for the second sequence (optional).
   * @param add_special_tokens Whether to add the special tokens to the beginning and end of the input.
   * @returns An object containing the post-processed tokens.
   */
  post_process(tokens, tokens_pair = null, add_special_tokens = true) {
    let processed_tokens = { tokens, tokens_pair };
    for (const processor of this.processors) {
      processed_tokens = processor.post_process(
        processed_tokens.tokens,
        processed_tokens.tokens_pair,
        add_special_tokens
      );
    }
    return processed_tokens;
  }
};
var Sequence_default3 = Sequence3;

// src/core/postProcessor/create_post_processor.ts
function create_post_processor(config) {
  if (config === null) return null;
  switch (config.type) {
    case "TemplateProcessing":
      return new TemplateProcessing_default(config);
    case "ByteLevel":
      return new ByteLevel_default2(config);
    case "BertProcessing":
      return new BertProcessing_default(config);
    case "RobertaProcessing":
      return new RobertaProcessing_default(config);
    case "Sequence":
      return new Sequence_default3(config);
    default:
      throw new Error(`Unknown PostProcessor type: ${config.type}`);
  }
}
var create_post_processor_default = create_post_processor;

// src/core/Decoder.ts
var Decoder = class extends Callable_default {
  /**
   * Creates an instance of `Decoder`.
   * @param config The configuration object.
   **/
  constructor(config) {
    super();
    this.config = config;
    this.added_tokens = [];
    this.end_of_word_suffix = null;
    this.trim_offsets = "trim_offsets" in config ? config.trim_offsets : false;
  }
  /**
   * Calls the `decode` method.
   *
   * @param tokens The list of tokens.
   * @returns The decoded string.
   */
  _call(tokens) {
    return this.decode(tokens);
  }
  /**
   * Decodes a list of tokens.
   * @param tokens The list of tokens.
   * @returns The decoded string.
   */
  decode(tokens) {
    return this.decode_chain(tokens).join("");
  }
};
var Decoder_default = Decoder;

// src/core/decoder/ByteLevel.ts
var ByteLevel3 = class extends Decoder_default {
  /**
   * Create a `ByteLevelDecoder` object.
   */
  constructor(config) {
    super(config);
    this.byte_decoder = UNICODE_TO_BYTES;
    this.text_decoder = new TextDecoder("utf-8", {
      fatal: false,
      // eslint-disable-next-line @typescript-eslint/naming-convention
      ignoreBOM: true
    });
    this.end_of_word_suffix = null;
  }
  /**
   * Convert an array of tokens to string by decoding each byte.
   * @param tokens Array of tokens to be decoded.
   * @returns The decoded string.
   */
  convert_tokens_to_string(tokens) {
    const text = tokens.join("");
    const byte_array = new Uint8Array(
      [...text].map((c) => this.byte_decoder[c])
    );
    return this.text_decoder.decode(byte_array);
  }
  decode_chain(tokens) {
    const sub_texts = [];
    let current_sub_text = [];
    for (const token of tokens) {
      if (this.added_tokens.find((x) => x.content === token) !== void 0) {
        if (current_sub_text.length > 0) {
          sub_texts.push(this.convert_tokens_to_string(current_sub_text));
          current_sub_text = [];
        }
        sub_texts.push(token);
      } else {
        current_sub_text.push(token);
      }
    }
    if (current_sub_text.length > 0) {
      sub_texts.push(this.convert_tokens_to_string(current_sub_text));
    }
    return sub_texts;
  }
};
var ByteLevel_default3 = ByteLevel3;

// src/core/decoder/WordPiece.ts
var WordPiece = class extends Decoder_default {
  /**
   * Creates a new instance of WordPieceDecoder.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.cleanup = config.cleanup;
  }
  decode_chain(tokens) {
    return tokens.map((token, i) => {
      if (i !== 0) {
        const prefix = this.config.prefix;
        if (prefix && token.startsWith(prefix)) {
          token = token.replace(prefix, "");
        } else {
          token = " " + token;
        }
      }
      if (this.cleanup) {
        token = clean_up_tokenization(token);
      }
      return token;
    });
  }
};
var WordPiece_default2 = WordPiece;

// src/core/decoder/Metaspace.ts
var Metaspace2 = class extends Decoder_default {
  /**
   * Constructs a new MetaspaceDecoder object.
   * @param config The configuration object for the MetaspaceDecoder.
   */
  constructor(config) {
    super(config);
    this.replacement = config.replacement ?? "\u2581";
  }
  decode_chain(tokens) {
    const result = [];
    for (let i = 0; i < tokens.length; ++i) {
      let normalized = tokens[i].replaceAll(this.replacement, " ");
      if (i == 0 && normalized.startsWith(" ")) {
        normalized = normalized.substring(1);
      }
      result.push(normalized);
    }
    return result;
  }
};
var Metaspace_default2 = Metaspace2;

// src/core/decoder/BPE.ts
var BPE2 = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.suffix = config.suffix ?? "";
  }
  decode_chain(tokens) {
    return tokens.map((token, i) => {
      return token.replaceAll(this.suffix, i === tokens.length - 1 ? "" : " ");
    });
  }
};
var BPE_default2 = BPE2;

// src/core/decoder/CTC.ts
var CTC = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.pad_token = config.pad_token ?? "";
    this.word_delimiter_token = config.word_delimiter_token ?? "";
    this.cleanup = config.cleanup;
  }
  /**
   * Converts a connectionist-temporal-classification (CTC) output tokens into a single string.
   * @param tokens Array of tokens to be decoded.
   * @returns The decoded string.
   */
  convert_tokens_to_string(tokens) {
    if (tokens.length === 0) return "";
    const grouped_tokens = [tokens[0]];
    for (let i = 1; i < tokens.length; ++i) {
      if (tokens[i] !== grouped_tokens.at(-1)) {
        grouped_tokens.push(tokens[i]);
      }
    }
    const filtered_tokens = grouped_tokens.filter(
      (token) => token !== this.pad_token
    );
    let text = filtered_tokens.join("");
    if (this.cleanup) {
      text = clean_up_tokenization(text).replaceAll(this.word_delimiter_token, " ").trim();
    }
    return text;
  }
  decode_chain(tokens) {
    return [this.convert_tokens_to_string(tokens)];
  }
};
var CTC_default = CTC;

// src/core/decoder/Sequence.ts
var Sequence4 = class extends Decoder_default {
  /**
   * Creates a new instance of DecoderSequence.
   * @param config The configuration object.
   */
  constructor(config) {
    super(config);
    this.decoders = (config.decoders ?? []).map((x) => create_decoder_default(x));
  }
  decode_chain(tokens) {
    return this.decoders.reduce((toks, decoder) => {
      return decoder.decode_chain(toks);
    }, tokens);
  }
};
var Sequence_default4 = Sequence4;

// src/core/decoder/Replace.ts
var Replace3 = class extends Decoder_default {
  /**
   * @param config The configuration object for the decoder.
   */
  constructor(config) {
    super(config);
    this.pattern = create_pattern(this.config.pattern);
  }
  decode_chain(tokens) {
    const content = this.config.content ?? "";
    const pattern = this.pattern;
    return pattern === null ? tokens : tokens.map((token) => token.replaceAll(pattern, content));
  }
};
var Replace_default3 = Replace3;

// src/core/decoder/Fuse.ts
var Fuse = class extends Decoder_default {
  decode_chain(tokens) {
    return [tokens.join("")];
  }
};
var Fuse_default = Fuse;

// src/core/decoder/Strip.ts
var Strip2 = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.content = config.content ?? "";
    this.start = config.start ?? 0;
    this.stop = config.stop ?? 0;
  }
  decode_chain(tokens) {
    return tokens.map((token) => {
      let start_cut = 0;
      for (let i = 0; i < this.start; ++i) {
        if (token[i] === this.content) {
          start_cut = i + 1;
          continue;
        } else {
          break;
        }
      }
      let stop_cut = token.length;
      for (let i = 0; i < this.stop; ++i) {
        const index = token.length - i - 1;
        if (token[index] === this.content) {
          stop_cut = index;
          continue;
        } else {
          break;
        }
      }
      return token.slice(start_cut, stop_cut);
    });
  }
};
var Strip_default2 = Strip2;

// src/core/decoder/ByteFallback.ts
var ByteFallback = class extends Decoder_default {
  constructor(config) {
    super(config);
    this.text_decoder = new TextDecoder();
  }
  decode_chain(tokens) {
    const new_tokens = [];
    let previous_byte_tokens = [];
    for (const token of tokens) {
      let bytes = null;
      if (token.length === 6 && token.startsWith("<0x") && token.endsWith(">")) {
        const byte = parseInt(token.slice(3, 5), 16);
        if (!isNaN(byte)) {
          bytes = byte;
        }
      }
      if (bytes !== null) {
        previous_byte_tokens.push(bytes);
      } else {
        if (previous_byte_tokens.length > 0) {
          const string = this.text_decoder.decode(
            Uint8Array.from(previous_byte_tokens)
          );
          new_tokens.push(string);
          previous_byte_tokens = [];
        }
        new_tokens.push(token);
      }
    }
    if (previous_byte_tokens.length > 0) {
      const string = this.text_decoder.decode(
        Uint8Array.from(previous_byte_tokens)
      );
      new_tokens.push(string);
      previous_byte_tokens = [];
    }
    return new_tokens;
  }
};
var ByteFallback_default = ByteFallback;

// src/core/decoder/create_decoder.ts
function create_decoder(config) {
  if (config === null) return null;
  switch (config.type) {
    case "ByteLevel":
      return new ByteLevel_default3(config);
    case "WordPiece":
      return new WordPiece_default2(config);
    case "Metaspace":
      return new Metaspace_default2(config);
    case "BPEDecoder":
      return new BPE_default2(config);
    case "CTC":
      return new CTC_default(config);
    case "Sequence":
      return new Sequence_default4(config);
    case "Replace":
      return new Replace_default3(config);
    case "Fuse":
      return new Fuse_default(config);
    case "Strip":
      return new Strip_default2(config);
    case "ByteFallback":
      return new ByteFallback_default(config);
    default:
      throw new Error(`Unknown Decoder type: ${config.type}`);
  }
}
var create_decoder_default = create_decoder;

// src/core/Tokenizer.ts
var Tokenizer = class {
  constructor(tokenizer, config) {
    const tokenizer_error = validate_object(tokenizer, "Tokenizer", [
      "model",
      "decoder",
      "post_processor",
      "pre_tokenizer",
      "normalizer"
    ]);
    if (tokenizer_error) {
      throw new Error(tokenizer_error);
    }
    const config_error = validate_object(config, "Config");
    if (config_error) {
      throw new Error(config_error);
    }
    this.tokenizer = tokenizer;
    this.config = config;
    this.normalizer = create_normalizer_default(this.tokenizer.normalizer);
    this.pre_tokenizer = create_pre_tokenizer_default(this.tokenizer.pre_tokenizer);
    this.model = create_tokenizer_model_default(this.tokenizer.model, this.config);
    this.post_processor = create_post_processor_default(this.tokenizer.post_processor);
    this.decoder = create_decoder_default(this.tokenizer.decoder);
    this.special_tokens = [];
    this.all_special_ids = [];
    this.added_tokens = [];
    const unnormalized_contents = [];
    const normalized_contents = [];
    this.added_tokens_map = /* @__PURE__ */ new Map();
    for (const added_token of this.tokenizer.added_tokens) {
      const token = new AddedToken_default(added_token);
      this.added_tokens.push(token);
      this.model.tokens_to_ids.set(token.content, token.id);
      this.model.vocab[token.id] = token.content;
      if (token.special) {
        this.special_tokens.push(token.content);
        this.all_special_ids.push(token.id);
      }
      this.added_tokens_map.set(token.content, token);
      if (token.normalized && this.normalizer !== null) {
        const normalized_content = this.normalizer(token.content);
        normalized_contents.push(normalized_content);
        this.added_tokens_map.set(normalized_content, token);
      } else {
        unnormalized_contents.push(token.content);
      }
    }
    (this.config.additional_special_tokens ?? []).forEach((token) => {
      if (!this.special_tokens.includes(token)) this.special_tokens.push(token);
    });
    if (this.decoder) {
      this.decoder.added_tokens = this.added_tokens;
      this.decoder.end_of_word_suffix = this.model.end_of_word_suffix;
    }
    this.splitter_unnormalized = new DictionarySplitter_default(unnormalized_contents);
    this.splitter_normalized = new DictionarySplitter_default(normalized_contents);
    this.remove_space = this.config.remove_space;
    this.clean_up_tokenization_spaces = this.config.clean_up_tokenization_spaces ?? true;
    this.do_lowercase_and_remove_accent = this.config.do_lowercase_and_remove_accent ?? false;
  }
  // Implementation
  encode(text, {
    text_pair = null,
    add_special_tokens = true,
    return_token_type_ids = null
  } = {}) {
    const { tokens, token_type_ids } = this.tokenize_helper(text, {
      text_pair,
      add_special_tokens
    });
    const input_ids = tokens.map(
      (t) => this.added_tokens_map.get(t)?.id ?? this.model.tokens_to_ids.get(t) ?? this.model.unk_token_id
    );
    const result = {
      ids: input_ids,
      tokens,
      attention_mask: new Array(input_ids.length).fill(1)
    };
    if (return_token_type_ids && token_type_ids) {
      result.token_type_ids = token_type_ids;
    }
    return result;
  }
  decode(token_ids, options = {}) {
    if (!Array.isArray(token_ids) || token_ids.length === 0 || !is_integral_number(token_ids[0])) {
      throw Error("token_ids must be a non-empty array of integers.");
    }
    let tokens = token_ids.map(
      (i) => this.model.vocab[Number(i)] ?? this.model.unk_token
    );
    if (options.skip_special_tokens) {
      tokens = tokens.filter((x) => !this.special_tokens.includes(x));
    }
    let decoded = this.decoder ? this.decoder(tokens) : tokens.join(" ");
    if (this.decoder && this.decoder.end_of_word_suffix) {
      decoded = decoded.replaceAll(this.decoder.end_of_word_suffix, " ");
      if (options.skip_special_tokens) {
        decoded = decoded.trim();
      }
    }
    if (options.clean_up_tokenization_spaces ?? this.clean_up_tokenization_spaces) {
      decoded = clean_up_tokenization(decoded);
    }
    return decoded;
  }
  /**
   * Converts a string into a sequence of tokens.
   * @param text The sequence to be encoded.
   * @param options An optional object containing the following properties:
   * @returns The list of tokens.
   */
  tokenize(text, { text_pair = null, add_special_tokens = false } = {}) {
    return this.tokenize_helper(text, { text_pair, add_special_tokens }).tokens;
  }
  encode_text(text) {
    if (text === null) {
      return null;
    }
    const sections = this.splitter_unnormalized.split(text);
    sections.forEach((section, i) => {
      const added_token = this.added_tokens_map.get(section);
      if (added_token) {
        if (added_token.lstrip && i > 0) {
          sections[i - 1] = sections[i - 1].trimEnd();
        }
        if (added_token.rstrip && i < sections.length - 1) {
          sections[i + 1] = sections[i + 1].trimStart();
        }
      }
    });
    return sections.flatMap((processed_text, section_index) => {
      if (processed_text.length === 0) {
        return [];
      }
      if (this.added_tokens_map.has(processed_text)) {
        return [processed_text];
      }
      if (this.remove_space === true) {
        processed_text = processed_text.trim().split(/\s+/).join(" ");
      }
      if (this.do_lowercase_and_remove_accent) {
        processed_text = lowercase_and_remove_accents(processed_text);
      }
      if (this.normalizer !== null) {
        processed_text = this.normalizer(processed_text);
      }
      if (processed_text.length === 0) {
        return [];
      }
      const subsections = this.splitter_normalized.split(processed_text);
      subsections.forEach((subsection, j) => {
        const added_token = this.added_tokens_map.get(subsection);
        if (added_token) {
          if (added_token.lstrip && j > 0) {
            subsections[j - 1] = subsections[j - 1].trimEnd();
          }
          if (added_token.rstrip && j < subsections.length - 1) {
            subsections[j + 1] = subsections[j + 1].trimStart();
          }
        }
      });
      return subsections.flatMap((subsection) => {
        if (subsection.length === 0) {
          return [];
        }
        if (this.added_tokens_map.has(subsection)) {
          return [subsection];
        }
        const section_tokens = this.pre_tokenizer !== null ? this.pre_tokenizer(subsection, {
          section_index
        }) : [subsection];
        return this.model(section_tokens);
      });
    });
  }
  tokenize_helper(text, { text_pair = null, add_special_tokens = true }) {
    const tokens1 = this.encode_text(text);
    const tokens2 = this.encode_text(text_pair || null);
    return this.post_processor ? this.post_processor(tokens1, tokens2, add_special_tokens) : { tokens: merge_arrays(tokens1 ?? [], tokens2 ?? []) };
  }
  /**
   * Converts a token string to its corresponding token ID.
   * @param token The token string to convert.
   * @returns The token ID, or undefined if the token is not in the vocabulary.
   */
  token_to_id(token) {
    return this.model.tokens_to_ids.get(token);
  }
  /**
   * Converts a token ID to its corresponding token string.
   * @param id The token ID to convert.
   * @returns The token string, or undefined if the ID is not in the vocabulary.
   */
  id_to_token(id) {
    return this.model.vocab[id];
  }
  /**
   * Returns a mapping of token IDs to AddedToken objects for all added tokens.
   * @returns A Map where keys are token IDs and values are AddedToken objects.
   */
  get_added_tokens_decoder() {
    const decoder = /* @__PURE__ */ new Map();
    for (const token of this.added_tokens) {
      decoder.set(token.id, token);
    }
    return decoder;
  }
  /**
   * Get the underlying vocabulary
   * @param with_added_tokens Whether to include the added tokens
   * @returns The vocabulary
   */
  get_vocab(with_added_tokens = true) {
    const vocab = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.model.vocab.length; ++i) {
      const token = this.model.vocab[i];
      if (with_added_tokens || !this.added_tokens_map.has(token)) {
        vocab.set(token, i);
      }
    }
    return vocab;
  }
};
var Tokenizer_default = Tokenizer;


;// CONCATENATED MODULE: ./src/engine/json-object.ts
// The one check every reader of untrusted JSON starts with.
/** True for a JSON object (not null, not an array). */
function isJsonObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/engine/io/utf8.ts
// Strict UTF-8 decoding that is fast on large files: buffer.isUtf8 validates natively, then
// Buffer#toString decodes; TextDecoder with fatal: true is several times slower on a 33 MB
// tokenizer.json.

/** The text of `bytes`, or null when they are not valid UTF-8. A leading BOM is dropped unless kept. */
function decodeUtf8Strict(bytes, keepBom = false) {
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return null;
    const text = external_node_buffer_namespaceObject.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return !keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/limits.ts
// Caps on the tokenizer files a model may ship. Every file is hostile until checked: these bound
// the memory a load can take and the work a parse can do, with room above the largest real files.
const MiB = 1024 * 1024;
/** tokenizer.json: Gemma 3's is 33 MB (262k tokens, 515k merges); twice that covers its successors. */
const MAX_TOKENIZER_JSON_BYTES = 64 * MiB;
/** vocab.json, merges.txt, vocab.txt: GPT-2's are 1 MB and 0.5 MB, the largest real ones a few MB. */
const MAX_VOCAB_FILE_BYTES = 32 * MiB;
/** tokenizer.model (SentencePiece protobuf): Gemma's 256k-piece model is 4.2 MB. */
const MAX_SENTENCEPIECE_BYTES = 32 * MiB;
/**
 * tokenizer_config.json, special_tokens_map.json, added_tokens.json: Gemma 3's config is 1.1 MB
 * (6,415 added tokens); chat templates make others grow, never to this.
 */
const MAX_TOKENIZER_CONFIG_BYTES = 16 * MiB;
/** Tokens in a vocabulary (model or added): the largest real ones hold ~260k; 15× headroom. */
const MAX_VOCAB_ENTRIES = 4_000_000;
/** BPE merges: at most about one per token in real tokenizers (Gemma 3: 515k); generous cap. */
const MAX_MERGES = 8_000_000;
/** Token ids are u32 in the `tokenizers` library; larger values cannot come from a real file. */
const MAX_TOKEN_ID = 0xffff_ffff;
/** One token string, in UTF-16 units: real tokens are < 1 kB; a huge one is an attack, not a token. */
const MAX_TOKEN_CHARS = 65_536;

;// CONCATENATED MODULE: ./src/engine/tokenizer/json-values.ts
// Reading the JSON tokenizer files and checking the values in them. Every check failure is a
// MalformedInputError naming the file, the field and what was found, so a user can open the file
// and see the problem.




/** How a model file is named in messages (as `inspect` names config.json). */
function fileLabel(model, path) {
    return `${model.ref}/${path}`;
}
/**
 * `keepBom`: text vocabularies keep a leading U+FEFF as part of the first token, as Python and
 * Rust read them; JSON files drop it (their parsers would refuse it; dropping it is harmless).
 */
function decodeUtf8(bytes, file, keepBom = false) {
    const text = decodeUtf8Strict(bytes, keepBom);
    if (text === null)
        throw new MalformedInputError({ file }, "not valid UTF-8");
    return text;
}
async function readJson(model, path, maxBytes) {
    const file = fileLabel(model, path);
    const text = decodeUtf8(await model.readFile(path, maxBytes), file);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new MalformedInputError({ file }, `not valid JSON (${err.message})`);
    }
}
/** A JSON file that must hold an object; null when the model does not ship it. */
async function readOptionalObject(model, path, maxBytes) {
    if (!model.file(path))
        return null;
    const json = await readJson(model, path, maxBytes);
    return expectRecord(json, fileLabel(model, path));
}

function json_values_describe(x) {
    if (x === undefined)
        return "nothing (the field is missing)";
    if (x === null)
        return "null";
    if (Array.isArray(x))
        return `an array of ${x.length}`;
    if (typeof x === "string")
        return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
    if (typeof x === "object")
        return "an object";
    return `${typeof x} ${String(x)}`;
}
function expectRecord(x, file, field) {
    if (isJsonObject(x))
        return x;
    throw new MalformedInputError({ file, ...(field === undefined ? {} : { field }) }, `expected a JSON object, found ${json_values_describe(x)}`);
}
function expectArray(x, file, field) {
    if (Array.isArray(x))
        return x;
    throw new MalformedInputError({ file, field }, `expected an array, found ${json_values_describe(x)}`);
}
function expectToken(x, file, field) {
    if (typeof x !== "string") {
        throw new MalformedInputError({ file, field }, `expected a token string, found ${json_values_describe(x)}`);
    }
    if (x.length > MAX_TOKEN_CHARS) {
        throw new MalformedInputError({ file, field }, `token of ${x.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`);
    }
    return x;
}
function expectTokenId(x, file, field) {
    if (typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= MAX_TOKEN_ID)
        return x;
    throw new MalformedInputError({ file, field }, `expected a token id (an integer from 0 to ${MAX_TOKEN_ID}), found ${json_values_describe(x)}`);
}
/** An optional boolean flag; absent or null means `fallback`. */
function optionalBool(obj, key, fallback, file, at) {
    const v = obj[key];
    if (v === undefined || v === null)
        return fallback;
    if (typeof v === "boolean")
        return v;
    throw new MalformedInputError({ file, field: `${at}.${key}` }, `expected true or false, found ${json_values_describe(v)}`);
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/encoder.ts
// encode(text) through @huggingface/tokenizers (pure JS), built lazily: constructing it for a 262k
// vocabulary costs about as much as loading the files, and most uses (TFV, VOA) never encode.
// The library throws on pipeline components it does not implement; we check the document for them
// at load (LoadedTokenizer.encoderProblem) and, when encode() is called anyway, throw a
// MalformedInputError saying which component — never a crash of the whole load.



/** Component types the library constructs (its create_* switches), by pipeline part. */
const SUPPORTED = {
    normalizer: {
        types: names("BertNormalizer Precompiled Sequence Replace NFC NFD NFKC NFKD Strip StripAccents Lowercase Prepend"),
        children: "normalizers",
    },
    pre_tokenizer: {
        types: names("BertPreTokenizer Sequence Whitespace WhitespaceSplit Metaspace ByteLevel Split Punctuation Digits Replace FixedLength"),
        children: "pretokenizers",
    },
    post_processor: {
        types: names("TemplateProcessing ByteLevel BertProcessing RobertaProcessing Sequence"),
        children: "processors",
    },
    decoder: {
        types: names("ByteLevel WordPiece Metaspace BPEDecoder CTC Sequence Replace Fuse Strip ByteFallback"),
        children: "decoders",
    },
};
function names(list) {
    return new Set(list.split(" "));
}
/** Why the library cannot build this document, or undefined when every component is known. */
function encoderProblem(doc) {
    for (const part of ["normalizer", "pre_tokenizer", "post_processor", "decoder"]) {
        const rule = SUPPORTED[part];
        const problem = checkComponent(doc[part], part, rule.types, rule.children);
        if (problem)
            return problem;
    }
    return undefined;
}
/** Real pipelines nest Sequences one or two deep; a deeper one is built to exhaust the stack. */
const MAX_SEQUENCE_DEPTH = 16;
function checkComponent(c, at, types, children, depth = 0) {
    if (c === null || c === undefined)
        return undefined;
    if (depth > MAX_SEQUENCE_DEPTH)
        return `${at}: Sequences nested deeper than ${MAX_SEQUENCE_DEPTH}`;
    if (!isJsonObject(c) || typeof c.type !== "string")
        return `${at}: not a component object with a "type"`;
    if (!types.has(c.type))
        return `${at}: type ${JSON.stringify(c.type)} is not supported by the encoder`;
    if (c.type !== "Sequence")
        return undefined;
    const list = c[children];
    if (!Array.isArray(list))
        return `${at}.${children}: not a list`;
    for (let i = 0; i < list.length; i++) {
        const problem = checkComponent(list[i], `${at}.${children}[${i}]`, types, children, depth + 1);
        if (problem)
            return problem;
    }
    return undefined;
}
class LazyEncoder {
    input;
    tokenizer;
    failure;
    constructor(input) {
        this.input = input;
        if (input.problem)
            this.failure = this.error(input.problem);
    }
    encode(text) {
        return this.build().encode(text, { add_special_tokens: false }).ids;
    }
    build() {
        if (this.tokenizer)
            return this.tokenizer;
        if (this.failure)
            throw this.failure;
        const { pipeline, backendModel, added, config } = this.input;
        try {
            const doc = { ...pipeline, model: backendModel(), added_tokens: added.map(libraryAddedToken) };
            this.tokenizer = new Tokenizer_default(doc, config);
            return this.tokenizer;
        }
        catch (err) {
            this.failure = this.error(`the encoder could not be built: ${err.message}`);
            throw this.failure;
        }
    }
    error(message) {
        return new MalformedInputError({ file: this.input.file, field: "encoder" }, message);
    }
}
function libraryAddedToken(t) {
    return {
        id: t.id,
        content: t.content,
        special: t.special,
        normalized: t.normalized,
        lstrip: t.lstrip,
        rstrip: t.rstrip,
        single_word: t.singleWord,
    };
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/proto-reader.ts
// A strict reader of the protobuf wire format, enough for SentencePiece's ModelProto. Nothing is
// generated or executed: fields are read one by one, every length is checked against the end of
// its message, and any deviation is a MalformedInputError naming the file, the field and the byte
// offset, so a truncated or hostile tokenizer.model fails with a clear message, never a crash.

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;
const WIRE_NAMES = {
    0: "varint",
    1: "64-bit",
    2: "length-delimited",
    3: "start-group",
    4: "end-group",
    5: "32-bit",
};
// ignoreBOM: a piece may be U+FEFF itself (Mistral has one); the default decoder would drop it.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** A varint is at most 10 bytes (64 bits in 7-bit groups). */
const MAX_VARINT_BYTES = 10;
class ProtoReader {
    bytes;
    file;
    message;
    end;
    pos;
    /**
     * Reads bytes[start, end) of the file, a message named `message` in errors (e.g. "TrainerSpec").
     */
    constructor(bytes, file, message, start = 0, end = bytes.length) {
        this.bytes = bytes;
        this.file = file;
        this.message = message;
        this.end = end;
        this.pos = start;
    }
    done() {
        return this.pos >= this.end;
    }
    key() {
        const offset = this.pos;
        const { lo, hi } = this.varint64(`${this.message} field key`);
        const field = hi * 2 ** 29 + (lo >>> 3);
        const wire = lo & 7;
        if (field === 0 || field > 0x1fff_ffff)
            this.fail(`${this.message} field key`, offset, `invalid field number ${field}`);
        if (wire > 5)
            this.fail(`${this.message} field ${field}`, offset, `invalid wire type ${wire}`);
        return { field, wire, offset };
    }
    /** The low 32 bits of a varint as a signed int32 (protobuf's int32 and enum decoding). */
    int32(key) {
        this.expectWire(key, WIRE_VARINT);
        return this.varint64(this.where(key)).lo | 0;
    }
    bool(key) {
        this.expectWire(key, WIRE_VARINT);
        const { lo, hi } = this.varint64(this.where(key));
        return lo !== 0 || hi !== 0;
    }
    float(key) {
        this.expectWire(key, WIRE_FIXED32);
        const at = this.pos;
        this.need(key, 4);
        this.pos += 4;
        return new DataView(this.bytes.buffer, this.bytes.byteOffset + at, 4).getFloat32(0, true);
    }
    /** A length-delimited field: [start, end) of its payload in the file, after checking the length. */
    span(key) {
        this.expectWire(key, WIRE_LEN);
        const lengthAt = this.pos;
        const { lo, hi } = this.varint64(this.where(key));
        const length = hi * 2 ** 32 + lo;
        if (length > this.end - this.pos) {
            this.fail(this.where(key), lengthAt, `length ${length} runs past the end of ${this.message} (${this.end - this.pos} bytes left)`);
        }
        const start = this.pos;
        this.pos += length;
        return { start, end: this.pos };
    }
    bytesOf(key) {
        const { start, end } = this.span(key);
        return this.bytes.subarray(start, end);
    }
    /** A string field: UTF-8 (checked), at most `maxBytes` long. */
    string(key, maxBytes) {
        const { start, end } = this.span(key);
        if (end - start > maxBytes) {
            this.fail(this.where(key), start, `string of ${end - start} bytes is over the ${maxBytes}-byte limit`);
        }
        try {
            return UTF8.decode(this.bytes.subarray(start, end));
        }
        catch {
            return this.fail(this.where(key), start, "string is not valid UTF-8");
        }
    }
    /** Skips a field this reader does not interpret; groups (wire types 3, 4) are refused. */
    skip(key) {
        switch (key.wire) {
            case WIRE_VARINT:
                this.varint64(this.where(key));
                return;
            case WIRE_FIXED64:
                this.need(key, 8);
                this.pos += 8;
                return;
            case WIRE_LEN:
                this.span(key);
                return;
            case WIRE_FIXED32:
                this.need(key, 4);
                this.pos += 4;
                return;
            default:
                this.fail(this.where(key), key.offset, `unsupported wire type ${key.wire} (${WIRE_NAMES[key.wire]})`);
        }
    }
    fail(field, offset, message) {
        throw new MalformedInputError({ file: this.file, field }, `${message} at byte offset ${offset}`);
    }
    where(key) {
        return `${this.message} field ${key.field}`;
    }
    expectWire(key, wire) {
        if (key.wire !== wire) {
            this.fail(this.where(key), key.offset, `wire type ${key.wire} (${WIRE_NAMES[key.wire]}), expected ${wire} (${WIRE_NAMES[wire]})`);
        }
    }
    need(key, n) {
        if (this.end - this.pos < n) {
            this.fail(this.where(key), this.pos, `${n}-byte value runs past the end of ${this.message}`);
        }
    }
    /** A varint as two 32-bit halves; more than 10 bytes or more than 64 bits is malformed. */
    varint64(field) {
        const start = this.pos;
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < MAX_VARINT_BYTES; i++) {
            if (this.pos >= this.end)
                this.fail(field, start, `varint runs past the end of ${this.message}`);
            const b = this.bytes[this.pos++];
            const bits = b & 0x7f;
            if (i < 4)
                lo |= bits << (7 * i);
            else if (i === 4) {
                lo |= (bits & 0x0f) << 28;
                hi = bits >>> 4;
            }
            else if (i < 9)
                hi |= bits << (7 * i - 32);
            else if (bits > 1)
                this.fail(field, start, "varint overflows 64 bits");
            else
                hi |= bits << 31;
            if ((b & 0x80) === 0)
                return { lo: lo >>> 0, hi: hi >>> 0 };
        }
        return this.fail(field, start, `varint longer than ${MAX_VARINT_BYTES} bytes`);
    }
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/sentencepiece-model.ts
// SentencePiece's tokenizer.model: a protobuf ModelProto (sentencepiece_model.proto), read by hand.
//   ModelProto     1 pieces (repeated SentencePiece), 2 trainer_spec, 3 normalizer_spec
//   SentencePiece  1 piece (string), 2 score (float), 3 type (NORMAL 1, UNKNOWN 2, CONTROL 3,
//                  USER_DEFINED 4, UNUSED 5, BYTE 6)
//   TrainerSpec    3 model_type (UNIGRAM 1, BPE 2, WORD 3, CHAR 4), 35 byte_fallback,
//                  40–43 unk/bos/eos/pad ids, 45–48 unk/bos/eos/pad pieces
//   NormalizerSpec 2 precompiled_charsmap, 3 add_dummy_prefix, 4 remove_extra_whitespaces,
//                  5 escape_whitespaces
// Other fields are skipped by wire type. Defaults are the proto's.


/** A piece's UTF-8 bytes: at most 3 bytes per UTF-16 unit of the token-length limit. */
const MAX_PIECE_BYTES = 3 * MAX_TOKEN_CHARS;

const PIECE_NORMAL = 1;
const PIECE_UNKNOWN = 2;
const PIECE_CONTROL = 3;
const PIECE_USER_DEFINED = 4;
const PIECE_UNUSED = 5;
const PIECE_BYTE = 6;
const SP_UNIGRAM = 1;
const SP_BPE = 2;
const SP_WORD = 3;
const SP_CHAR = 4;
/** `maxPieces` is a parameter so tests can reach the cap without a 4-million-piece file. */
function parseSentencePieceModel(bytes, file, maxPieces = MAX_VOCAB_ENTRIES) {
    const pieces = [];
    const trainer = {
        modelType: SP_UNIGRAM,
        byteFallback: false,
        unkId: 0,
        bosId: 1,
        eosId: 2,
        padId: -1,
        unkPiece: "<unk>",
        bosPiece: "<s>",
        eosPiece: "</s>",
        padPiece: "<pad>",
    };
    const normalizer = {
        precompiledCharsmap: new Uint8Array(0),
        addDummyPrefix: true,
        removeExtraWhitespaces: true,
        escapeWhitespaces: true,
    };
    const r = new ProtoReader(bytes, file, "ModelProto");
    while (!r.done()) {
        const key = r.key();
        if (key.field === 1) {
            if (pieces.length === maxPieces) {
                r.fail(r.where(key), key.offset, `more than ${maxPieces} pieces, the limit for a vocabulary`);
            }
            const { start, end } = r.span(key);
            pieces.push(readPiece(new ProtoReader(bytes, file, `pieces[${pieces.length}]`, start, end)));
        }
        else if (key.field === 2) {
            const { start, end } = r.span(key);
            readTrainer(new ProtoReader(bytes, file, "TrainerSpec", start, end), trainer);
        }
        else if (key.field === 3) {
            const { start, end } = r.span(key);
            readNormalizer(new ProtoReader(bytes, file, "NormalizerSpec", start, end), normalizer);
        }
        else
            r.skip(key);
    }
    if (pieces.length === 0)
        throw new MalformedInputError({ file, field: "ModelProto field 1" }, "the model has no pieces");
    return { pieces, trainer, normalizer };
}
function readPiece(r) {
    let piece;
    let score = 0;
    let type = PIECE_NORMAL;
    while (!r.done()) {
        const key = r.key();
        if (key.field === 1)
            piece = r.string(key, MAX_PIECE_BYTES);
        else if (key.field === 2) {
            score = r.float(key);
            if (Number.isNaN(score))
                r.fail(r.where(key), key.offset, "score is NaN");
        }
        else if (key.field === 3) {
            type = r.int32(key);
            if (type < PIECE_NORMAL || type > PIECE_BYTE)
                r.fail(r.where(key), key.offset, `unknown piece type ${type}`);
        }
        else
            r.skip(key);
    }
    if (piece === undefined || piece === "") {
        throw new MalformedInputError({ file: r.file, field: `${r.message} field 1` }, "the piece has no string");
    }
    return { piece, score, type };
}
function readTrainer(r, t) {
    while (!r.done()) {
        const key = r.key();
        switch (key.field) {
            case 3:
                t.modelType = r.int32(key);
                if (t.modelType < SP_UNIGRAM || t.modelType > SP_CHAR) {
                    r.fail(r.where(key), key.offset, `unknown model type ${t.modelType} (1 UNIGRAM, 2 BPE, 3 WORD, 4 CHAR)`);
                }
                break;
            case 35:
                t.byteFallback = r.bool(key);
                break;
            case 40:
                t.unkId = r.int32(key);
                break;
            case 41:
                t.bosId = r.int32(key);
                break;
            case 42:
                t.eosId = r.int32(key);
                break;
            case 43:
                t.padId = r.int32(key);
                break;
            case 45:
                t.unkPiece = r.string(key, MAX_PIECE_BYTES);
                break;
            case 46:
                t.bosPiece = r.string(key, MAX_PIECE_BYTES);
                break;
            case 47:
                t.eosPiece = r.string(key, MAX_PIECE_BYTES);
                break;
            case 48:
                t.padPiece = r.string(key, MAX_PIECE_BYTES);
                break;
            default:
                r.skip(key);
        }
    }
}
function readNormalizer(r, n) {
    while (!r.done()) {
        const key = r.key();
        if (key.field === 2)
            n.precompiledCharsmap = r.bytesOf(key);
        else if (key.field === 3)
            n.addDummyPrefix = r.bool(key);
        else if (key.field === 4)
            n.removeExtraWhitespaces = r.bool(key);
        else if (key.field === 5)
            n.escapeWhitespaces = r.bool(key);
        else
            r.skip(key);
    }
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/vocab-object.ts
// A JSON vocabulary object ({"token": id, …}, as tokenizer.json's BPE/WordPiece/WordLevel models
// and GPT-2's vocab.json hold it) turned into a Map in id order, every id checked.



function vocabFromObject(obj, file, field) {
    if (!isJsonObject(obj)) {
        throw new MalformedInputError({ file, field }, `expected an object of token → id, found ${json_values_describe(obj)}`);
    }
    const tokens = [];
    const ids = [];
    // for…in over JSON.parse output visits exactly the own keys and is the fastest walk of a
    // 262k-key object; JSON.parse never yields inherited enumerable keys.
    for (const token in obj) {
        if (tokens.length === MAX_VOCAB_ENTRIES) {
            throw new MalformedInputError({ file, field }, `holds more than ${MAX_VOCAB_ENTRIES} tokens, the limit for a vocabulary`);
        }
        if (token.length > MAX_TOKEN_CHARS) {
            throw new MalformedInputError({ file, field }, `a token of ${token.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`);
        }
        const id = obj[token];
        // Checked inline: building the field name for every token would cost more than the parse.
        if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > MAX_TOKEN_ID) {
            expectTokenId(id, file, `${field}[${JSON.stringify(token)}]`);
        }
        tokens.push(token);
        ids.push(id);
    }
    if (tokens.length === 0)
        throw new MalformedInputError({ file, field }, "the vocabulary is empty");
    return mapInIdOrder(tokens, ids);
}
/**
 * Objects enumerate integer-like keys ("0", "42") first, so key order is not id order. Ids are
 * nearly always dense and distinct: place each token at its id in one pass; otherwise sort.
 */
function mapInIdOrder(tokens, ids) {
    let max = -1;
    for (const id of ids)
        if (id > max)
            max = id;
    if (max < 2 * ids.length + 1024) {
        const at = new Int32Array(max + 1).fill(-1);
        let distinct = true;
        for (let i = 0; i < ids.length && distinct; i++) {
            const id = ids[i];
            if (at[id] !== -1)
                distinct = false;
            at[id] = i;
        }
        if (distinct) {
            const vocab = new Map();
            for (let id = 0; id <= max; id++) {
                const i = at[id];
                if (i >= 0)
                    vocab.set(tokens[i], id);
            }
            return vocab;
        }
    }
    const order = tokens.map((_, i) => i);
    order.sort((a, b) => {
        const d = ids[a] - ids[b];
        const ta = tokens[a];
        const tb = tokens[b];
        return d || (ta < tb ? -1 : ta > tb ? 1 : 0);
    });
    return new Map(order.map((i) => [tokens[i], ids[i]]));
}
/** A plain object of token → id for @huggingface/tokenizers, safe for any token ("__proto__" too). */
function vocabObject(vocab) {
    return Object.fromEntries(vocab);
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/sentencepiece-convert.ts
// A SentencePiece model turned into the tokenizer transformers builds from it (reference §2.6):
// vocabulary = the pieces, id = index; a UNIGRAM model stays Unigram (pieces with scores); every
// other model type becomes BPE with merges generated from the vocabulary; CONTROL and USER_DEFINED
// pieces become added tokens (control ones special). BPE gets the Llama pipeline (replace " " by
// "▁", prepend "▁" when add_dummy_prefix, byte fallback) that Llama/Mistral tokenizer.json files
// carry, so a tokenizer.model and the tokenizer.json converted from it encode alike.





function sentencePieceModelData(sp, file) {
    const vocab = new Map();
    sp.pieces.forEach(({ piece }, id) => {
        const earlier = vocab.get(piece);
        // SentencePiece itself refuses a model with a repeated piece.
        if (earlier !== undefined) {
            throw new MalformedInputError({ file, field: `ModelProto.pieces[${id}]` }, `piece ${JSON.stringify(piece)} repeats piece ${earlier}`);
        }
        vocab.set(piece, id);
    });
    const unigram = sp.trainer.modelType === SP_UNIGRAM;
    const pairs = unigram ? [] : sentencePieceMerges(sp.pieces, vocab);
    // transformers passes control and user-defined pieces on as additional special tokens (control
    // ones special); they join the added vocabulary after added_tokens_decoder's renames.
    const extraSpecials = sp.pieces
        .filter(({ type }) => type === PIECE_CONTROL || type === PIECE_USER_DEFINED)
        .map(({ piece, type }) => ({ ...plainSpecial(piece), special: type === PIECE_CONTROL }));
    return {
        modelType: unigram ? "Unigram" : "BPE",
        vocab,
        merges: pairs.map(([a, b]) => `${a} ${b}`),
        added: [],
        defaults: trainerDefaults(sp),
        extraSpecials,
        pipeline: unigram ? unigramPipeline(sp) : bpePipeline(sp),
        backendModel: () => (unigram ? unigramModel(sp) : bpeModel(sp, vocab, pairs)),
    };
}
/**
 * Every split of a piece into two pieces (a, b), both in the vocabulary, is the merge "a b". The
 * list is ordered as transformers' converters order it for Llama-family tokenizer.json files:
 * by the merged piece's score, highest first, then by the merged piece's id, then by the ids of a
 * and b. (transformers 5.5 building directly from a .model file orders by the merged piece's id
 * instead; the two agree wherever scores fall with id, and differ for pieces such as Llama's
 * whitespace runs, whose scores are far below their ids' rank.)
 */
function sentencePieceMerges(pieces, vocab) {
    const found = [];
    pieces.forEach(({ piece, score }, id) => {
        // Split at code-point boundaries, as Python slices a str.
        for (let cut = nextCodePoint(piece, 0); cut < piece.length; cut = nextCodePoint(piece, cut)) {
            const left = vocab.get(piece.slice(0, cut));
            const right = vocab.get(piece.slice(cut));
            if (left !== undefined && right !== undefined) {
                found.push({ pair: [piece.slice(0, cut), piece.slice(cut)], score, id, left, right });
            }
        }
    });
    found.sort((x, y) => y.score - x.score || x.id - y.id || x.left - y.left || x.right - y.right);
    return found.map((f) => f.pair);
}
function nextCodePoint(s, i) {
    const c = s.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? i + 2 : i + 1;
}
/** transformers names bos/eos/unk from the trainer spec when the configs name none (pad too, here). */
function trainerDefaults(sp) {
    const t = sp.trainer;
    const out = {};
    if (t.unkId >= 0)
        out.unk = t.unkPiece;
    if (t.bosId >= 0)
        out.bos = t.bosPiece;
    if (t.eosId >= 0)
        out.eos = t.eosPiece;
    if (t.padId >= 0)
        out.pad = t.padPiece;
    return out;
}
function unkPiece(sp) {
    return sp.pieces[sp.trainer.unkId]?.piece ?? null;
}
function normalizers(sp) {
    const charsmap = sp.normalizer.precompiledCharsmap;
    return charsmap.length > 0
        ? [{ type: "Precompiled", precompiled_charsmap: external_node_buffer_namespaceObject.Buffer.from(charsmap).toString("base64") }]
        : [];
}
/** Llama's pipeline: "▁" for spaces, a leading "▁" when add_dummy_prefix, byte fallback. */
function bpePipeline(sp) {
    const prefix = sp.normalizer.addDummyPrefix;
    return {
        normalizer: {
            type: "Sequence",
            normalizers: [
                ...normalizers(sp),
                ...(prefix ? [{ type: "Prepend", prepend: "▁" }] : []),
                { type: "Replace", pattern: { String: " " }, content: "▁" },
            ],
        },
        pre_tokenizer: null,
        post_processor: null,
        decoder: {
            type: "Sequence",
            decoders: [
                { type: "Replace", pattern: { String: "▁" }, content: " " },
                ...(sp.trainer.byteFallback ? [{ type: "ByteFallback" }] : []),
                { type: "Fuse" },
                ...(prefix ? [{ type: "Strip", content: " ", start: 1, stop: 0 }] : []),
            ],
        },
    };
}
function bpeModel(sp, vocab, merges) {
    return {
        type: "BPE",
        dropout: null,
        unk_token: unkPiece(sp),
        continuing_subword_prefix: null,
        end_of_word_suffix: null,
        fuse_unk: true,
        byte_fallback: sp.trainer.byteFallback,
        ignore_merges: false,
        vocab: vocabObject(vocab),
        merges,
    };
}
/** T5/ALBERT-style: charsmap normalizer, Metaspace pre-tokenizer (prefix per add_dummy_prefix). */
function unigramPipeline(sp) {
    const metaspace = {
        type: "Metaspace",
        replacement: "▁",
        prepend_scheme: sp.normalizer.addDummyPrefix ? "always" : "never",
        split: true,
    };
    const norm = normalizers(sp);
    return {
        normalizer: norm.length > 0 ? { type: "Sequence", normalizers: norm } : null,
        pre_tokenizer: metaspace,
        post_processor: null,
        decoder: metaspace,
    };
}
function unigramModel(sp) {
    const unk = sp.trainer.unkId;
    return {
        type: "Unigram",
        unk_id: unk >= 0 && unk < sp.pieces.length ? unk : null,
        byte_fallback: sp.trainer.byteFallback,
        vocab: sp.pieces.map((p) => [p.piece, p.score]),
    };
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/special-tokens.ts
// The named special tokens (bos, eos, unk, sep, pad, cls, mask), the extra special tokens and the
// declared added tokens, as tokenizer_config.json, special_tokens_map.json and added_tokens.json
// state them. Precedence for a named token: tokenizer_config.json when it has the key (null
// included), else special_tokens_map.json, else the format's default (the class defaults of
// GPT2Tokenizer/BertTokenizer, a SentencePiece trainer spec, tokenizer.json's padding).




function planSpecialTokens(c, data) {
    const named = {};
    for (const name of NAMED_SPECIALS) {
        const key = `${name}_token`;
        let value;
        if (c.config && key in c.config)
            value = tokenSpec(c.config[key], c.labels.config, key);
        else if (c.specialMap && key in c.specialMap)
            value = tokenSpec(c.specialMap[key], c.labels.specialMap, key);
        else if (data.defaults[name] !== undefined)
            value = plainSpecial(data.defaults[name]);
        if (value)
            named[name] = value;
    }
    const extras = new Map();
    const addExtras = (list) => {
        for (const t of list)
            if (!extras.has(t.content))
                extras.set(t.content, t);
    };
    if (c.config && ("additional_special_tokens" in c.config || "extra_special_tokens" in c.config)) {
        addExtras(extraList(c.config.additional_special_tokens, c.labels.config, "additional_special_tokens"));
        addExtras(extraList(c.config.extra_special_tokens, c.labels.config, "extra_special_tokens"));
    }
    else if (c.specialMap) {
        addExtras(extraList(c.specialMap.additional_special_tokens, c.labels.specialMap, "additional_special_tokens"));
    }
    addExtras(data.extraSpecials);
    const specials = new Set([...Object.values(named).map((t) => t.content), ...extras.keys()]);
    const declared = c.config && c.config.added_tokens_decoder !== undefined
        ? addedTokensDecoder(c.config.added_tokens_decoder, c.labels.config)
        : legacyAddedTokens(c.addedJson, c.labels.addedJson, specials);
    return { named, extras: [...extras.values()], declared };
}
/** A special-token value: a string, an AddedToken object ({"content": …}) or null. */
function tokenSpec(value, file, field) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "string")
        return plainSpecial(expectToken(value, file, field));
    if (isJsonObject(value) && typeof value.content === "string") {
        return {
            content: expectToken(value.content, file, `${field}.content`),
            special: optionalBool(value, "special", true, file, field),
            normalized: optionalBool(value, "normalized", false, file, field),
            lstrip: optionalBool(value, "lstrip", false, file, field),
            rstrip: optionalBool(value, "rstrip", false, file, field),
            singleWord: optionalBool(value, "single_word", false, file, field),
        };
    }
    throw new MalformedInputError({ file, field }, `expected a token string, an object with "content" or null, found ${json_values_describe(value)}`);
}
/** A list of tokens, or (transformers 5's extra_special_tokens) an object of name → token(s). */
function extraList(value, file, field) {
    if (value === undefined || value === null)
        return [];
    const entries = Array.isArray(value)
        ? value.map((v, i) => [`${field}[${i}]`, v])
        : isJsonObject(value)
            ? Object.entries(value).map(([k, v]) => [`${field}.${k}`, v])
            : [];
    if (!Array.isArray(value) && !isJsonObject(value)) {
        throw new MalformedInputError({ file, field }, `expected a list or an object of tokens, found ${json_values_describe(value)}`);
    }
    if (entries.length > MAX_VOCAB_ENTRIES) {
        throw new MalformedInputError({ file, field }, `holds ${entries.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`);
    }
    return entries.flatMap(([at, v]) => Array.isArray(v) ? extraList(v, file, at) : (tokenSpec(v, file, at) ?? []));
}
/** tokenizer_config.json's added_tokens_decoder: {"id": AddedToken}, applied in id order. */
function addedTokensDecoder(value, file) {
    const obj = expectRecord(value, file, "added_tokens_decoder");
    const out = [];
    for (const [key, entry] of Object.entries(obj)) {
        const field = `added_tokens_decoder.${key}`;
        if (!/^(0|[1-9]\d{0,9})$/.test(key)) {
            throw new MalformedInputError({ file, field }, `key ${JSON.stringify(key)} is not a token id`);
        }
        const t = expectRecord(entry, file, field);
        const special = optionalBool(t, "special", false, file, field);
        out.push({
            content: expectToken(t.content, file, `${field}.content`),
            special,
            normalized: optionalBool(t, "normalized", !special, file, field),
            lstrip: optionalBool(t, "lstrip", false, file, field),
            rstrip: optionalBool(t, "rstrip", false, file, field),
            singleWord: optionalBool(t, "single_word", false, file, field),
            declaredId: Number(key),
        });
        if (out.length > MAX_VOCAB_ENTRIES) {
            throw new MalformedInputError({ file, field: "added_tokens_decoder" }, `more than ${MAX_VOCAB_ENTRIES} tokens`);
        }
    }
    return out.sort((a, b) => (a.declaredId ?? 0) - (b.declaredId ?? 0));
}
/** The legacy added_tokens.json ({"token": id}), read only when the config has no decoder. */
function legacyAddedTokens(obj, file, specials) {
    if (!obj)
        return [];
    const out = [];
    for (const [content, id] of Object.entries(obj)) {
        if (typeof id !== "number" || !Number.isInteger(id) || id < 0) {
            throw new MalformedInputError({ file, field: JSON.stringify(content) }, `expected a token id, found ${json_values_describe(id)}`);
        }
        const special = specials.has(content);
        out.push({
            content,
            special,
            normalized: !special,
            lstrip: false,
            rstrip: false,
            singleWord: false,
            declaredId: id,
        });
        if (out.length > MAX_VOCAB_ENTRIES)
            throw new MalformedInputError({ file }, `more than ${MAX_VOCAB_ENTRIES} tokens`);
    }
    return out.sort((a, b) => (a.declaredId ?? 0) - (b.declaredId ?? 0));
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/tokenizer-class.ts
// The tokenizer class name TFV reports (reference §2.1 tokenizer_class, §2.6, §13.4). transformers 5
// resolves the class from tokenizer_config.json's `tokenizer_class` plus its own model-type tables,
// which we do not carry; this table reproduces the renaming visible in the reference database.
// It only moves TFV's tokenizer_class component (weight 0.10 of a reported score), never a verdict.
//
//   tokenizer_class in tokenizer_config.json     → reported class
//   "XxxTokenizerFast"                           → "XxxTokenizer"  (v5 has no separate fast classes)
//   "PreTrainedTokenizerFast" / "PreTrainedTokenizer" → "TokenizersBackend" (the generic backend)
//   "BloomTokenizerFast"                         → "TokenizersBackend" (database: BLOOM)
//   any other string                             → as is
//   absent: by format — tokenizer.json and tokenizer.model → "TokenizersBackend",
//           vocab.json + merges.txt → "GPT2Tokenizer", vocab.txt → "BertTokenizer"
/** Class names (after dropping "Fast") that transformers 5 loads as the generic backend. */
const GENERIC_BACKEND = new Set(["PreTrainedTokenizer", "BloomTokenizer"]);
const BY_FORMAT = {
    "tokenizer.json": "TokenizersBackend",
    "tokenizer.model": "TokenizersBackend",
    "vocab.json+merges.txt": "GPT2Tokenizer",
    "vocab.txt": "BertTokenizer",
};
function tokenizerClassName(configured, format) {
    if (typeof configured !== "string" || configured.trim() === "")
        return BY_FORMAT[format];
    const name = configured.trim();
    const base = name.endsWith("Fast") && name.length > 4 ? name.slice(0, -4) : name;
    return GENERIC_BACKEND.has(base) ? "TokenizersBackend" : base;
}
/**
 * Named special tokens a transformers-5 class sets in its constructor when neither
 * tokenizer_config.json nor special_tokens_map.json names them. Only classes where the reference
 * database shows the effect are listed: GemmaTokenizer's mask_token "<mask>" (id 4) is counted in
 * every Gemma bundle's special_token_ids and num_special_tokens.
 */
const CLASS_SPECIAL_DEFAULTS = {
    GemmaTokenizer: { unk: "<unk>", bos: "<bos>", eos: "<eos>", pad: "<pad>", mask: "<mask>" },
};

;// CONCATENATED MODULE: ./src/engine/tokenizer/tokenizer-json.ts
// tokenizer.json (the `tokenizers` library's serialisation): the model's vocabulary and merges,
// the added tokens, and the document itself for the encoder. Reference §2.1/§2.6: get_vocab() is
// the model vocabulary (BPE/WordPiece/WordLevel: the `vocab` object; Unigram: the pieces of the
// `vocab` list, id = index) plus the added tokens; a merge is a pair (tokenizers ≥ 0.20) or a
// legacy "a b" string.




const MODEL_TYPES = ["BPE", "WordPiece", "Unigram", "WordLevel"];
function tokenizerJsonModel(doc, file) {
    const root = expectRecord(doc, file);
    const model = expectRecord(root.model, file, "model");
    const modelType = modelTypeOf(model, file);
    const vocab = modelType === "Unigram" ? unigramVocab(model, file) : vocabFromObject(model.vocab, file, "model.vocab");
    const padding = root.padding;
    const padToken = isJsonObject(padding) && typeof padding.pad_token === "string" ? padding.pad_token : undefined;
    return {
        modelType,
        vocab,
        merges: modelType === "BPE" ? mergeStrings(model.merges, file) : [],
        added: addedTokens(root.added_tokens, file),
        // transformers 5 takes pad_token from the file's padding settings when the configs name none.
        defaults: padToken === undefined ? {} : { pad: padToken },
        extraSpecials: [],
        // The file's pipeline as is, absent parts made explicit nulls (the library requires the keys).
        pipeline: {
            normalizer: root.normalizer ?? null,
            pre_tokenizer: root.pre_tokenizer ?? null,
            post_processor: root.post_processor ?? null,
            decoder: root.decoder ?? null,
        },
        backendModel: () => ({ ...model, type: modelType }),
    };
}
/** Older files omit model.type; infer it as `tokenizers` does from the fields present. */
function modelTypeOf(model, file) {
    const type = model.type;
    if (type === undefined) {
        if (Array.isArray(model.vocab))
            return "Unigram";
        if ("merges" in model)
            return "BPE";
        if ("continuing_subword_prefix" in model)
            return "WordPiece";
        return "WordLevel";
    }
    const known = MODEL_TYPES.find((t) => t === type);
    if (known)
        return known;
    throw new MalformedInputError({ file, field: "model.type" }, `unknown model type ${json_values_describe(type)}; expected one of ${MODEL_TYPES.join(", ")}`);
}
function unigramVocab(model, file) {
    const list = expectArray(model.vocab, file, "model.vocab");
    if (list.length === 0)
        throw new MalformedInputError({ file, field: "model.vocab" }, "the vocabulary is empty");
    if (list.length > MAX_VOCAB_ENTRIES) {
        throw new MalformedInputError({ file, field: "model.vocab" }, `holds ${list.length} pieces, over the limit of ${MAX_VOCAB_ENTRIES}`);
    }
    const vocab = new Map();
    list.forEach((entry, id) => {
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== "number") {
            throw new MalformedInputError({ file, field: `model.vocab[${id}]` }, `expected a [piece, score] pair, found ${json_values_describe(entry)}`);
        }
        vocab.set(expectToken(entry[0], file, `model.vocab[${id}][0]`), id);
    });
    const unkId = model.unk_id;
    if (unkId !== undefined && unkId !== null && expectTokenId(unkId, file, "model.unk_id") >= list.length) {
        throw new MalformedInputError({ file, field: "model.unk_id" }, `unk_id ${String(unkId)} is past the end of the ${list.length}-piece vocabulary`);
    }
    return vocab;
}
function mergeStrings(merges, file) {
    if (merges === undefined || merges === null)
        return [];
    const list = expectArray(merges, file, "model.merges");
    if (list.length > MAX_MERGES) {
        throw new MalformedInputError({ file, field: "model.merges" }, `holds ${list.length} merges, over the limit of ${MAX_MERGES}`);
    }
    const out = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
        const m = list[i];
        // tokenizers reads a legacy merge by splitting on " " and requires exactly two parts.
        if (typeof m === "string" && m.indexOf(" ") >= 0 && m.indexOf(" ") === m.lastIndexOf(" "))
            out[i] = m;
        else if (Array.isArray(m) && m.length === 2 && typeof m[0] === "string" && typeof m[1] === "string")
            out[i] = `${m[0]} ${m[1]}`;
        else
            throw new MalformedInputError({ file, field: `model.merges[${i}]` }, `expected a ["left", "right"] pair or a "left right" string, found ${json_values_describe(m)}`);
    }
    return out;
}
function addedTokens(value, file) {
    if (value === undefined || value === null)
        return [];
    const list = expectArray(value, file, "added_tokens");
    if (list.length > MAX_VOCAB_ENTRIES) {
        throw new MalformedInputError({ file, field: "added_tokens" }, `holds ${list.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`);
    }
    return list.map((entry, i) => {
        const at = `added_tokens[${i}]`;
        const t = expectRecord(entry, file, at);
        const special = optionalBool(t, "special", false, file, at);
        return {
            id: expectTokenId(t.id, file, `${at}.id`),
            content: expectToken(t.content, file, `${at}.content`),
            special,
            normalized: optionalBool(t, "normalized", !special, file, at),
            lstrip: optionalBool(t, "lstrip", false, file, at),
            rstrip: optionalBool(t, "rstrip", false, file, at),
            singleWord: optionalBool(t, "single_word", false, file, at),
        };
    });
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/vocab-files.ts
// The "slow" tokenizer files: GPT-2's vocab.json + merges.txt (byte-level BPE) and BERT's vocab.txt
// (WordPiece). Each is read as transformers reads it and given the pipeline of the class that
// ships it (GPT2Tokenizer, BertTokenizer), so encode() behaves like that class.




/** GPT2Tokenizer's defaults when tokenizer_config.json names no special tokens. */
const GPT2_DEFAULTS = { unk: "<|endoftext|>", bos: "<|endoftext|>", eos: "<|endoftext|>" };
/** BertTokenizer's defaults. */
const BERT_DEFAULTS = { unk: "[UNK]", sep: "[SEP]", pad: "[PAD]", cls: "[CLS]", mask: "[MASK]" };
/** vocab.json (token → id) and merges.txt ("left right" per line, after a "#version" header). */
function gpt2Model(vocabJson, mergesText, files, config) {
    const [vocabFile, mergesFile] = files;
    const vocab = vocabFromObject(vocabJson, vocabFile, "vocab");
    const merges = parseMergesTxt(mergesText, mergesFile);
    const addPrefixSpace = config?.add_prefix_space === true;
    return {
        modelType: "BPE",
        vocab,
        merges,
        added: [],
        defaults: GPT2_DEFAULTS,
        extraSpecials: [],
        pipeline: gpt2Pipeline(addPrefixSpace),
        backendModel: () => gpt2BackendModel(vocab, merges),
    };
}
/**
 * `tokenizers` skips lines starting with "#version" and splits every other line on " " into
 * exactly two parts. Blank lines (a trailing newline, a stray empty line) are skipped.
 */
function parseMergesTxt(text, file) {
    const merges = [];
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        if (line === "" || line.startsWith("#version"))
            continue;
        const space = line.indexOf(" ");
        if (space < 0 || line.indexOf(" ", space + 1) >= 0) {
            throw new MalformedInputError({ file, field: `line ${i + 1}` }, `expected "left right" (two tokens separated by one space), found ${JSON.stringify(line.slice(0, 80))}`);
        }
        if (merges.length === MAX_MERGES) {
            throw new MalformedInputError({ file }, `holds more than ${MAX_MERGES} merges, the limit`);
        }
        merges.push(line);
    }
    return merges;
}
/** GPT2Converter's pipeline: byte-level pre-tokenizer (add_prefix_space per config) and decoder. */
function gpt2Pipeline(addPrefixSpace) {
    const byteLevel = {
        type: "ByteLevel",
        add_prefix_space: addPrefixSpace,
        trim_offsets: true,
        use_regex: true,
    };
    return {
        normalizer: null,
        pre_tokenizer: byteLevel,
        post_processor: { ...byteLevel, trim_offsets: false },
        decoder: byteLevel,
    };
}
function gpt2BackendModel(vocab, merges) {
    return {
        type: "BPE",
        dropout: null,
        unk_token: null,
        continuing_subword_prefix: "",
        end_of_word_suffix: "",
        fuse_unk: false,
        byte_fallback: false,
        ignore_merges: false,
        vocab: vocabObject(vocab),
        merges: merges.map((m) => m.split(" ")),
    };
}
/**
 * vocab.txt: one token per line, id = line number (from 0), as BertTokenizer's load_vocab reads it
 * (universal newlines; a later duplicate takes the token, leaving a hole at the earlier id).
 */
function wordPieceModel(text, file, config) {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.at(-1) === "")
        lines.pop();
    if (lines.length === 0)
        throw new MalformedInputError({ file }, "the vocabulary is empty");
    if (lines.length > MAX_VOCAB_ENTRIES) {
        throw new MalformedInputError({ file }, `holds ${lines.length} tokens, over the limit of ${MAX_VOCAB_ENTRIES}`);
    }
    const vocab = new Map();
    lines.forEach((token, id) => {
        if (token.length > MAX_TOKEN_CHARS) {
            throw new MalformedInputError({ file, field: `line ${id + 1}` }, `a token of ${token.length} characters is over the ${MAX_TOKEN_CHARS}-character limit`);
        }
        vocab.set(token, id);
    });
    const unk = typeof config?.unk_token === "string" ? config.unk_token : BERT_DEFAULTS.unk;
    return {
        modelType: "WordPiece",
        vocab,
        merges: [],
        added: [],
        defaults: BERT_DEFAULTS,
        extraSpecials: [],
        pipeline: bertPipeline(config),
        backendModel: () => ({
            type: "WordPiece",
            unk_token: unk,
            continuing_subword_prefix: "##",
            max_input_chars_per_word: 100,
            vocab: vocabObject(vocab),
        }),
    };
}
/** BertTokenizer's pipeline: BertNormalizer (lowercase per do_lower_case), BertPreTokenizer, WordPiece. */
function bertPipeline(config) {
    const flag = (key, fallback) => {
        const v = isJsonObject(config) ? config[key] : undefined;
        return typeof v === "boolean" ? v : fallback;
    };
    return {
        normalizer: {
            type: "BertNormalizer",
            clean_text: true,
            handle_chinese_chars: flag("tokenize_chinese_chars", true),
            strip_accents: flag("strip_accents", null),
            lowercase: flag("do_lower_case", true),
        },
        pre_tokenizer: { type: "BertPreTokenizer" },
        post_processor: null,
        decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    };
}

;// CONCATENATED MODULE: ./src/engine/tokenizer/load-tokenizer.ts
// loadTokenizer(model): the model's tokenizer files → one LoadedTokenizer, whichever format the
// model ships, in transformers 5's order of preference (reference §2.6): tokenizer.json, then a
// SentencePiece model, then vocab.json + merges.txt (GPT-2 byte-level BPE), then vocab.txt
// (WordPiece). tokenizer_config.json, special_tokens_map.json and added_tokens.json add the named
// and extra special tokens on top of any of them. Nothing is executed; every file is size-capped.












/** SentencePiece file names transformers' classes use (Llama/Gemma, T5, XLM-R), first found wins. */
const SENTENCEPIECE_FILES = ["tokenizer.model", "spiece.model", "sentencepiece.bpe.model"];
const CONFIG_FILES = ["tokenizer_config.json", "special_tokens_map.json", "added_tokens.json"];
function findTokenizerSource(model) {
    if (model.file("tokenizer.json"))
        return { format: "tokenizer.json", paths: ["tokenizer.json"] };
    const sp = SENTENCEPIECE_FILES.find((p) => model.file(p));
    if (sp)
        return { format: "tokenizer.model", paths: [sp] };
    if (model.file("vocab.json") && model.file("merges.txt")) {
        return { format: "vocab.json+merges.txt", paths: ["vocab.json", "merges.txt"] };
    }
    if (model.file("vocab.txt"))
        return { format: "vocab.txt", paths: ["vocab.txt"] };
    return null;
}
/** The model's tokenizer, or null when it ships no tokenizer files. */
async function loadTokenizer(model) {
    const source = findTokenizerSource(model);
    if (!source)
        return null;
    const configs = await readConfigs(model);
    const read = await readModelData(model, source, configs.config);
    const tokenizerClass = tokenizerClassName(configs.config?.tokenizer_class, source.format);
    const data = { ...read, defaults: { ...read.defaults, ...CLASS_SPECIAL_DEFAULTS[tokenizerClass] } };
    const plan = planSpecialTokens(configs, data);
    const assembled = assembleVocabulary(data, plan, {
        renamePlaceholders: source.format === "tokenizer.model",
    });
    const file = fileLabel(model, source.paths[0]);
    const problem = encoderProblem(data.pipeline);
    return new Loaded({
        format: source.format,
        files: [...source.paths, ...CONFIG_FILES.filter((p) => model.file(p))],
        modelType: data.modelType,
        vocab: assembled.vocab,
        merges: data.merges,
        added: assembled.added,
        tokenizerClass,
        special: assembled.special,
        numSpecialTokens: assembled.numSpecialTokens,
        encoderProblem: problem,
        encoder: new LazyEncoder({
            file,
            pipeline: data.pipeline,
            backendModel: data.backendModel,
            added: assembled.added,
            config: libraryConfig(plan, configs.config),
            problem,
        }),
    });
}
async function readConfigs(model) {
    const [config, specialMap, addedJson] = await Promise.all(CONFIG_FILES.map((p) => readOptionalObject(model, p, MAX_TOKENIZER_CONFIG_BYTES)));
    const [c, s, a] = CONFIG_FILES.map((p) => fileLabel(model, p));
    return {
        config: config ?? null,
        specialMap: specialMap ?? null,
        addedJson: addedJson ?? null,
        labels: { config: c, specialMap: s, addedJson: a },
    };
}
async function readModelData(model, source, config) {
    const [first, second] = source.paths;
    switch (source.format) {
        case "tokenizer.json":
            return tokenizerJsonModel(await readJson(model, first, MAX_TOKENIZER_JSON_BYTES), fileLabel(model, first));
        case "tokenizer.model":
            return sentencePieceModelData(parseSentencePiece(await model.readFile(first, MAX_SENTENCEPIECE_BYTES), fileLabel(model, first)), fileLabel(model, first));
        case "vocab.json+merges.txt": {
            const mergesPath = second;
            const [vocabJson, mergesBytes] = await Promise.all([
                readJson(model, first, MAX_VOCAB_FILE_BYTES),
                model.readFile(mergesPath, MAX_VOCAB_FILE_BYTES),
            ]);
            const labels = [fileLabel(model, first), fileLabel(model, mergesPath)];
            return gpt2Model(vocabJson, decodeUtf8(mergesBytes, labels[1], true), labels, config);
        }
        case "vocab.txt": {
            const label = fileLabel(model, first);
            return wordPieceModel(decodeUtf8(await model.readFile(first, MAX_VOCAB_FILE_BYTES), label, true), label, config);
        }
    }
}
/** A tokenizer.model can be tiktoken text (base64 token, rank per line; Llama 3 ships one), not a protobuf. */
const TIKTOKEN_LINE = /^[A-Za-z0-9+/]+=* \d+\r?\n/;
function parseSentencePiece(bytes, file) {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
    if (TIKTOKEN_LINE.test(head)) {
        throw new MalformedInputError({ file }, "this is a tiktoken BPE file (a base64 token and a rank per line), not a SentencePiece model; not supported");
    }
    return parseSentencePieceModel(bytes, file);
}
/** The few tokenizer_config.json settings @huggingface/tokenizers reads, as checked values. */
function libraryConfig(plan, config) {
    const out = { additional_special_tokens: plan.extras.map((t) => t.content) };
    for (const name of ["bos", "eos", "unk", "pad"]) {
        const spec = plan.named[name];
        if (spec)
            out[`${name}_token`] = spec.content;
    }
    for (const key of ["remove_space", "do_lowercase_and_remove_accent"]) {
        if (typeof config?.[key] === "boolean")
            out[key] = config[key];
    }
    return out;
}
class Loaded {
    format;
    files;
    modelType;
    vocab;
    merges;
    tokenizerClass;
    special;
    numAddedTokens;
    numSpecialTokens;
    encoderProblem;
    encoder;
    parts;
    hash;
    constructor(p) {
        this.format = p.format;
        this.files = p.files;
        this.modelType = p.modelType;
        this.vocab = p.vocab;
        this.merges = p.merges;
        this.tokenizerClass = p.tokenizerClass;
        this.special = p.special;
        this.numAddedTokens = p.added.length;
        this.numSpecialTokens = p.numSpecialTokens;
        this.parts = p;
        if (p.encoderProblem !== undefined)
            this.encoderProblem = p.encoderProblem;
        this.encoder = p.encoder;
    }
    /** Computed on first use: hashing a 262k-token vocabulary costs ~0.1 s that TFV alone does not need. */
    get canonicalHash() {
        this.hash ??= canonicalTokenizerHash(this.parts);
        return this.hash;
    }
    encode(text) {
        return this.encoder.encode(text);
    }
}

;// CONCATENATED MODULE: ./src/engine/model/weight-files.ts
// Which weight files a model ships: safetensors we read, and pickle checkpoints we never open
// (unpickling can run code), so every report can say why a model has no weight evidence.
/** Weight files in pickle-based formats. */
const PICKLE_WEIGHTS = /\.(bin|pt|pth|ckpt|pkl)$/;
/** True when the model's top level holds safetensors weights (sub-folders hold other components). */
function hasSafetensorsWeights(model) {
    return model.files.some((f) => !f.path.includes("/") && f.path.endsWith(".safetensors"));
}
/** Why the model yields no weight signals, in one sentence for a report. */
function noWeightsReason(model) {
    const pickles = model.files.filter((f) => PICKLE_WEIGHTS.test(f.path)).map((f) => f.path);
    return pickles.length > 0
        ? `weights only in pickle format (${pickles.join(", ")}): never unpickled, so the weights are unverifiable`
        : "no safetensors weights found";
}

;// CONCATENATED MODULE: ./src/engine/features/tokenizer/mt19937.ts
// numpy's legacy RandomState: MT19937 with Matsumoto–Nishimura init_genrand seeding, and the exact
// draws of RandomState.choice(pool, size, replace=False) without p. EAS anchors depend on them bit
// for bit (provenancekit §4.2.1), so this follows numpy's code path rather than any "equivalent".
const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;
/** 32-bit Mersenne Twister, as numpy's RandomState(seed) for an int seed < 2^32. */
class Mt19937 {
    mt = new Uint32Array(N);
    index = N;
    constructor(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
            throw new RangeError(`Mt19937 seed must be an integer in [0, 2^32), got ${seed}`);
        }
        const mt = this.mt;
        mt[0] = seed;
        for (let i = 1; i < N; i++) {
            const prev = mt[i - 1];
            // (1812433253 · (prev ⊕ prev>>30) + i) mod 2^32; imul keeps the product's low 32 bits exact.
            mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
        }
    }
    /** Next tempered 32-bit output (genrand_int32). */
    nextUint32() {
        if (this.index >= N)
            this.twist();
        let y = this.mt[this.index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y >>> 0;
    }
    twist() {
        const mt = this.mt;
        for (let i = 0; i < N; i++) {
            const y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
            mt[i] = (mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
        }
        this.index = 0;
    }
    /**
     * numpy's random_interval(max) for max < 2^32: uniform in [0, max] by masked rejection — draw
     * 32 bits, keep the bits below the smallest 2^k−1 ≥ max, retry while above max.
     */
    boundedUint32(max) {
        if (max === 0)
            return 0;
        let mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask >>>= 0;
        let v;
        do
            v = (this.nextUint32() & mask) >>> 0;
        while (v > max);
        return v;
    }
}
/**
 * RandomState.choice(pool, size, replace=False) without p: numpy 2.x takes
 * permutation(len(pool))[:size], i.e. a Fisher–Yates shuffle of the whole 0…P−1 range (i from P−1 down
 * to 1, j = random_interval(i)), however small `size` is; the draws, not just the result, must match.
 */
function legacyChoiceWithoutReplace(rng, pool, size) {
    const p = pool.length;
    if (!Number.isInteger(size) || size < 0 || size > p) {
        throw new RangeError(`cannot take a sample of ${size} from a population of ${p} without replacement`);
    }
    const perm = new Int32Array(p);
    for (let i = 0; i < p; i++)
        perm[i] = i;
    for (let i = p - 1; i > 0; i--) {
        const j = rng.boundedUint32(i);
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    const out = [];
    for (let k = 0; k < size; k++)
        out.push(pool[perm[k]]);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/tokenizer/anchors.ts
// EAS anchor selection (provenancekit §4.2.1, get_anchor_ids): which embedding rows EAS compares.
// Universal anchors, then common words of the vocabulary's main scripts in proportion to their
// share, then a seeded random fill. Every step is reproduced exactly, quirks included, because two
// models are compared row by row: one differing id changes the fingerprint.




/** Phase 1: digits and punctuation, present in nearly every tokenizer. */
const UNIVERSAL_ANCHORS = [..."0123456789.,!?:;"];
/** Phase 3 candidates per script, most frequent words first; only the first `allocation` are tried. */
const SCRIPT_ANCHORS = {
    Latin: "the of and to in is that for it was on are with as be at ing tion er al ed es re en".split(" "),
    // Escapes as in the reference's source: 的 一 是 不 人 我 在 有 了 这 中 大 (one character each).
    CJK: [..."\u7684\u4e00\u662f\u4e0d\u4eba\u6211\u5728\u6709\u4e86\u8fd9\u4e2d\u5927"],
    // и в не на я что он к
    Cyrillic: [
        "\u0438",
        "\u0432",
        "\u043d\u0435",
        "\u043d\u0430",
        "\u044f",
        "\u0447\u0442\u043e",
        "\u043e\u043d",
        "\u043a",
    ],
    // من في على أن هذا الله إلى لا
    Arabic: [
        "\u0645\u0646",
        "\u0641\u064a",
        "\u0639\u0644\u0649",
        "\u0623\u0646",
        "\u0647\u0630\u0627",
        "\u0627\u0644\u0644\u0647",
        "\u0625\u0644\u0649",
        "\u0644\u0627",
    ],
    // के है का की यह से को पर
    Devanagari: [
        "\u0915\u0947",
        "\u0939\u0948",
        "\u0915\u093e",
        "\u0915\u0940",
        "\u092f\u0939",
        "\u0938\u0947",
        "\u0915\u094b",
        "\u092a\u0930",
    ],
};
const DEFAULT_ANCHOR_K = 64;
/** A script gets anchors of its own from this share of the vocabulary's letters on. */
const SCRIPT_THRESHOLD = 0.05;
/** The reference's fixed seed and random-fill pool bound (ids below 50 000). */
const SEED = 42;
const POOL_LIMIT = 50_000;
/** get_anchor_ids(): up to anchorK distinct ids in [0, V), in selection order. */
function getAnchorIds(options) {
    const { encode = null, V, anchorK = DEFAULT_ANCHOR_K } = options;
    if (!Number.isInteger(anchorK) || anchorK < 0) {
        throw new ConfigError({}, `anchor_k must be a non-negative integer, got ${anchorK}`);
    }
    const ids = [];
    const seen = new Set();
    const tryEncode = (texts) => {
        if (encode === null)
            return;
        for (const text of texts) {
            let first;
            try {
                first = encode(text)[0];
            }
            catch {
                continue; // the reference logs and skips strings its tokenizer cannot encode
            }
            // Only the first id counts, even when the tokenizer splits the string (SentencePiece's "▁").
            if (first !== undefined && Number.isInteger(first) && first >= 0 && first < V && !seen.has(first)) {
                ids.push(first);
                seen.add(first);
            }
        }
    };
    tryEncode(UNIVERSAL_ANCHORS);
    // Without a tokenizer phase 3 encodes nothing, so the distribution would be computed for nothing.
    if (encode !== null) {
        const given = options.distribution;
        const dist = given === undefined ? vocabDistribution(options.vocab) : entriesOf(given);
        const active = activeScripts(dist);
        const allocations = allocate(active, anchorK - ids.length);
        // Descending share; Array.prototype.sort is stable like Python's sorted().
        for (const [script] of [...active].sort((a, b) => b[1] - a[1])) {
            tryEncode((SCRIPT_ANCHORS[script] ?? []).slice(0, allocations.get(script) ?? 0));
        }
    }
    randomFill(ids, seen, V, anchorK);
    return ids.slice(0, anchorK);
}
function vocabDistribution(vocab) {
    return vocab === null || vocab === undefined ? [] : scriptDistribution(vocab);
}
function entriesOf(d) {
    return Array.isArray(d) ? d : Object.entries(d);
}
/** Scripts with anchor words and a share ≥ 5 %, in distribution order; Latin alone when none. */
function activeScripts(dist) {
    const active = dist.filter((e) => e[1] >= SCRIPT_THRESHOLD && Object.hasOwn(SCRIPT_ANCHORS, e[0]));
    return active.length > 0 ? active : [["Latin", 1.0]];
}
/**
 * Slots per script: max(2, round(budget·pct/T)), then the overshoot or shortfall taken from the first
 * script with the largest allocation (never below 2) — so the total can still miss the budget.
 */
function allocate(active, budget) {
    let total = 0;
    for (const [, pct] of active)
        total += pct;
    const allocations = new Map();
    let allocated = 0;
    for (const [script, pct] of active) {
        const n = Math.max(2, pyRound((budget * pct) / total));
        allocations.set(script, n);
        allocated += n;
    }
    const diff = allocated - budget;
    if (diff !== 0) {
        // max(allocations, key=allocations.get): the first script holding the largest allocation.
        let [largest, most] = [...allocations][0];
        for (const [script, n] of allocations)
            if (n > most)
                [largest, most] = [script, n];
        allocations.set(largest, Math.max(2, most - diff));
    }
    return allocations;
}
/** Phase 4: RandomState(42).choice over the unseen ids below min(V, 50 000), appended in draw order. */
function randomFill(ids, seen, V, anchorK) {
    const remaining = anchorK - ids.length;
    if (remaining <= 0)
        return;
    const pool = [];
    const limit = Math.min(V, POOL_LIMIT);
    for (let i = 0; i < limit; i++)
        if (!seen.has(i))
            pool.push(i);
    if (pool.length === 0)
        return;
    ids.push(...legacyChoiceWithoutReplace(new Mt19937(SEED), pool, Math.min(remaining, pool.length)));
}

;// CONCATENATED MODULE: ./src/engine/features/weights/tensor-names.ts
// The reference's tensor-name helpers (provenancekit-reference §4.1), reproduced rule for rule,
// false positives included: stored fingerprints were computed with these exact rules, so a
// "better" rule here would make our features disagree with the shipped database.
//
// Deliberate Python/JS differences, kept because they never occur in real tensor names: Python's
// `\d` and `\s` also match non-ASCII digits and a few extra separators; JS `\d` is ASCII only.
/**
 * `(?:layers?|h|block)\.\s*(\d+)\.` with search (leftmost-match) semantics and no word boundary,
 * so `graph.4.` and `depth.2.` match too, as they do in the reference.
 */
const LAYER_PATTERN = /(?:layers?|h|block)\.\s*(\d+)\./;
/** The layer index the reference reads from a name, or null when the pattern does not match. */
function layerIndexByName(name) {
    const match = LAYER_PATTERN.exec(name);
    const digits = match?.[1];
    return digits === undefined ? null : Number.parseInt(digits, 10);
}
const NORM_KEYWORDS = ["layernorm", "rmsnorm", "input_layernorm", "post_attention", "ln_", "norm"];
/** Norm tensor by name; LayerNorm biases (`h.0.ln_1.bias`) count as in the reference. */
function isNormName(name) {
    const lower = name.toLowerCase();
    return NORM_KEYWORDS.some((k) => lower.includes(k));
}
/** `classify_tensor_name`'s table; the order matters (first category with a keyword wins). */
const CATEGORY_KEYWORDS = [
    ["q_proj", ["q_proj", "query", "self.query"]],
    ["k_proj", ["k_proj", "key", "self.key"]],
    ["v_proj", ["v_proj", "value", "self.value"]],
    ["o_proj", ["o_proj", "dense", "out_proj"]],
    ["gate_proj", ["gate_proj", "gate"]],
    ["up_proj", ["up_proj", "fc1", "dense_h_to_4h", "wi_0"]],
    ["down_proj", ["down_proj", "fc2", "dense_4h_to_h", "wi_1", "wo"]],
    ["embedding", ["embed_tokens", "wte", "word_embeddings", "shared.weight"]],
    ["norm", ["layernorm", "rmsnorm", "ln_", "norm"]],
    ["lm_head", ["lm_head", "cls"]],
];
/** The reference's role category of a tensor name (substring match on the lower-cased name). */
function roleCategory(name) {
    const lower = name.toLowerCase();
    for (const [category, keywords] of CATEGORY_KEYWORDS) {
        if (keywords.some((k) => lower.includes(k)))
            return category;
    }
    return "other";
}
/** Categories the reference leaves out of WVC; only this set matters downstream. */
const EXCLUDED_CATEGORIES = new Set([
    "norm",
    "embedding",
    "lm_head",
    "other",
]);
/** The reference's ordered list of embedding names; the first present one wins. */
const EMBEDDING_NAMES = [
    "model.embed_tokens.weight",
    "transformer.wte.weight",
    "embeddings.word_embeddings.weight",
    "gpt_neox.embed_in.weight",
    "transformer.word_embeddings.weight",
    "shared.weight",
    "model.shared.weight",
    "encoder.embed_tokens.weight",
    "model.encoder.embed_tokens.weight",
    "model.decoder.embed_tokens.weight",
    "decoder.embed_tokens.weight",
    "bert.embeddings.word_embeddings.weight",
    "roberta.embeddings.word_embeddings.weight",
    "deberta.embeddings.word_embeddings.weight",
    "distilbert.embeddings.word_embeddings.weight",
    "electra.embeddings.word_embeddings.weight",
    "albert.embeddings.word_embeddings.weight",
    "xlm-roberta.embeddings.word_embeddings.weight",
    "camembert.embeddings.word_embeddings.weight",
    "word_embeddings.weight",
    "wte.weight",
];
function looksLikeEmbedding(name) {
    const lower = name.toLowerCase();
    return (lower.includes("embed") || lower.includes("wte")) && !lower.includes("position");
}
function firstListed(names) {
    const present = new Set(names);
    return EMBEDDING_NAMES.find((n) => present.has(n)) ?? null;
}
/**
 * Full-path rule: the first listed name present (its rank is not checked), else the first name in
 * iteration order that looks like an embedding and is 2-D. `names` must be in state-dict order.
 */
function findEmbeddingByName(names, shapes) {
    return (firstListed(names) ?? names.find((n) => looksLikeEmbedding(n) && shapes.get(n)?.length === 2) ?? null);
}
/**
 * Streaming-path rule: the same list, then the first weight-map name that looks like an embedding
 * with no 2-D check (the reference then fails EAS/END silently on a 1-D pick).
 */
function findEmbeddingNameStreaming(names) {
    return firstListed(names) ?? names.find(looksLikeEmbedding) ?? null;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/roles.ts
// Tensor roles by name and by shape (design §4 item 3): the reference's name rules first, then
// shape rules, so a checkpoint whose tensors were renamed is still fingerprinted. Renaming is the
// cheapest way to hide a model's lineage; shapes are much harder to change without retraining.

/** Vocabularies are padded up to a multiple of 64 or 128 for GPU efficiency; 128 covers both. */
const VOCAB_PAD_MULTIPLE = 128;
/** A table may also hold slightly fewer rows than the tokenizer (added tokens not yet resized). */
const VOCAB_MIN_FRACTION = 0.98;
/** Narrowest head width a norm may have when heads are unknown (real head dims are 32…256). */
const MIN_HEAD_WIDTH = 32;
/** Name categories that are not block matrices, so they never appear in `matrices`. */
const NOT_A_MATRIX = new Set(["norm", "embedding", "lm_head"]);
/**
 * Assigns roles to `tensors`, which should be in state-dict order (ties between shape candidates go
 * to the first one, as the reference's name fallback does).
 */
function assignRoles(tensors, hints = {}) {
    const hiddenSize = hints.hiddenSize ?? modalDimension(tensors);
    const { layerOf, layers, method: layerMethod } = assignLayers(tensors, hints.numLayers);
    const byName = embeddingByName(tensors);
    const embeddingName = byName ?? embeddingByShape(tensors, hiddenSize, layerOf, hints.vocabSize);
    const shape = tensors.find((t) => t.name === embeddingName)?.shape;
    const embedding = embeddingName === null || shape === undefined
        ? null
        : { name: embeddingName, transposed: shape[0] === hiddenSize && shape[1] !== hiddenSize };
    return {
        embedding,
        layers,
        layerOf,
        norms: findNorms(tensors, hiddenSize, hints.numHeads),
        matrices: layerMatrices(tensors, layerOf, hiddenSize, embeddingName),
        hiddenSize,
        method: {
            embedding: embedding === null ? "none" : byName === null ? "shape" : "name",
            layers: layerMethod,
        },
    };
}
/**
 * Hidden size without a config: the dimension that occurs most often among 2-D tensors' sides.
 * Every block matrix has a D side (q/o are D×D, k/v/MLP are D×something), so D outnumbers any
 * other width by a wide margin. Ties go to the larger value, only to be deterministic.
 */
function modalDimension(tensors) {
    const counts = new Map();
    for (const { shape } of tensors) {
        if (shape.length !== 2)
            continue;
        for (const d of shape)
            counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    let best = 0;
    let bestCount = 0;
    for (const [d, n] of counts) {
        if (n > bestCount || (n === bestCount && d > best))
            [best, bestCount] = [d, n];
    }
    return best;
}
/** The reference's pick, kept only when it is 2-D: a 1-D pick is useless for EAS/END. */
function embeddingByName(tensors) {
    const shapes = new Map(tensors.map((t) => [t.name, t.shape]));
    const name = findEmbeddingByName(tensors.map((t) => t.name), shapes);
    return name !== null && shapes.get(name)?.length === 2 ? name : null;
}
/** Whether `rows` fits a vocabulary of `vocab`, allowing padding and a slightly short table. */
function fitsVocab(rows, vocab) {
    const padded = Math.ceil(vocab / VOCAB_PAD_MULTIPLE) * VOCAB_PAD_MULTIPLE;
    return rows >= Math.ceil(vocab * VOCAB_MIN_FRACTION) && rows <= padded;
}
/**
 * Tensors inside a layer are never the embedding. With a vocab hint: the first 2-D tensor with a D side and a vocab-sized other side, [V, D] before
 * [D, V]. Without: the 2-D tensor with a D side and the largest other side — a position
 * table larger than the vocabulary would win, which is why callers should pass the hint. An untied
 * output head has the embedding's shape; input order decides, and state-dict order puts the
 * embedding first.
 */
function embeddingByShape(tensors, hidden, layerOf, vocab) {
    const otherSide = (t) => {
        if (t.shape.length !== 2)
            return null;
        const [a = 0, b = 0] = t.shape;
        return b === hidden ? a : a === hidden ? b : null;
    };
    if (vocab !== undefined) {
        const fits = tensors.filter((t) => {
            const other = otherSide(t);
            return other !== null && !layerOf.has(t.name) && fitsVocab(other, vocab);
        });
        return (fits.find((t) => t.shape[1] === hidden) ?? fits[0])?.name ?? null;
    }
    let best = null;
    let bestSide = 0;
    for (const t of tensors) {
        const other = otherSide(t);
        if (other === null || layerOf.has(t.name) || other <= bestSide)
            continue;
        [best, bestSide] = [t, other];
    }
    return best?.name ?? null;
}
/** Splits a name into path segments; "/" appears in TF- and JAX-exported checkpoints. */
const segmentsOf = (name) => name.split(/[./]/);
const roles_isInteger = (segment) => /^\d+$/.test(segment);
/**
 * Layer index per tensor: the reference regex; if it matches no name, the segment rule. The regex
 * wins whenever it matches anything, false positives included, to stay the reference's answer.
 */
function assignLayers(tensors, numLayers) {
    const layerOf = new Map();
    for (const { name } of tensors) {
        const index = layerIndexByName(name);
        if (index !== null)
            layerOf.set(name, index);
    }
    const method = layerOf.size > 0 ? "name" : "segment";
    if (method === "segment")
        for (const [name, index] of layersBySegment(tensors, numLayers ?? Infinity))
            layerOf.set(name, index);
    // A loop, not Math.max(...values): a spread of 10^5+ tensors overflows the call stack.
    let layers = 0;
    for (const index of layerOf.values())
        layers = Math.max(layers, index + 1);
    return { layerOf, layers, method: layerOf.size === 0 ? "none" : method };
}
/**
 * Names are grouped by pattern (their segments with every integer replaced by "#"), so
 * `net.blk.3.x0.w` and `net.blk.3.x1.w` share a pattern. In each pattern the layer segment is the
 * first integer position whose values over the group are exactly 0..L−1; a nested index that is
 * also contiguous (experts, sub-layers) comes later and so loses. A lone `name.0` counts as layer 0.
 * A `numLayers` hint rules out positions with more distinct values than the model has layers.
 */
function layersBySegment(tensors, maxLayers) {
    const groups = new Map();
    for (const { name } of tensors) {
        const segments = segmentsOf(name);
        const pattern = segments.map((s) => (roles_isInteger(s) ? "#" : s)).join(".");
        const group = groups.get(pattern);
        if (group === undefined)
            groups.set(pattern, [segments]);
        else
            group.push(segments);
    }
    const out = new Map();
    for (const [pattern, members] of groups) {
        const positions = pattern.split(".").flatMap((s, i) => (s === "#" ? [i] : []));
        const position = positions.find((p) => isContiguousFromZero(members.map((m) => Number(m[p])), maxLayers));
        if (position === undefined)
            continue;
        for (const segments of members)
            out.set(segments.join("."), Number(segments[position]));
    }
    // Names may have used "/"; map back from the "."-joined form to the original names.
    return new Map(tensors.flatMap((t) => {
        const index = out.get(segmentsOf(t.name).join("."));
        return index === undefined ? [] : [[t.name, index]];
    }));
}
function isContiguousFromZero(values, maxLayers) {
    const distinct = new Set(values);
    if (distinct.size > maxLayers)
        return false;
    for (let i = 0; i < distinct.size; i++)
        if (!distinct.has(i))
            return false;
    return true;
}
/** Head widths a norm may have: D / heads when known, else the divisors of D from MIN_HEAD_WIDTH. */
function headWidths(hidden, heads) {
    if (heads !== undefined && heads > 0)
        return new Set([hidden / heads]);
    const out = new Set();
    for (let w = MIN_HEAD_WIDTH; w < hidden; w++)
        if (hidden % w === 0)
            out.add(w);
    return out;
}
/**
 * Norms are 1-D. A tensor is one by the reference's name rule, or by shape: length D or a head
 * width, unless it is a bias — a 1-D tensor whose module (name minus its last segment) holds
 * exactly one 2-D tensor, as a Linear/Conv1D module does (weight + bias). A LayerNorm module holds
 * only 1-D tensors, so its weight and bias both count, matching the name rule (which counts
 * `ln_1.bias`). A flat naming (`blk.0.w3`) puts a whole layer in one module: there biases of width D
 * cannot be told from norms and count as norms. Position (in a layer or not) is not checked.
 */
function findNorms(tensors, hidden, heads) {
    const widths = headWidths(hidden, heads);
    const moduleOf = (name) => segmentsOf(name).slice(0, -1).join(".");
    const matrices = new Map();
    for (const t of tensors) {
        if (t.shape.length === 2)
            matrices.set(moduleOf(t.name), (matrices.get(moduleOf(t.name)) ?? 0) + 1);
    }
    const byShape = (t) => {
        const n = t.shape[0] ?? 0;
        return (n === hidden || widths.has(n)) && matrices.get(moduleOf(t.name)) !== 1;
    };
    return tensors
        .filter((t) => t.shape.length === 1 && (isNormName(t.name) || byShape(t)))
        .map((t) => t.name)
        .sort();
}
/**
 * Shape guess for a block matrix the name does not classify: with one side D, the other side s is
 * attention-like when it is D, 2D or 3D (q/k/v/o, fused kv/qkv) or divides D (grouped k/v:
 * kvHeads·headDim), and MLP-like otherwise. An MLP width of 2D or 3D would be misread as attention.
 */
function shapeCategory(shape, hidden) {
    const [a = 0, b = 0] = shape;
    if (shape.length !== 2 || (a !== hidden && b !== hidden))
        return "other";
    const s = a === hidden ? b : a;
    const attention = s === hidden || s === 2 * hidden || s === 3 * hidden || (s < hidden && hidden % s === 0);
    return attention ? "attention-like" : "mlp-like";
}
function layerMatrices(tensors, layerOf, hidden, embedding) {
    const out = [];
    for (const t of tensors) {
        const layer = layerOf.get(t.name);
        if (layer === undefined || t.shape.length !== 2 || t.name === embedding)
            continue;
        const named = roleCategory(t.name);
        if (NOT_A_MATRIX.has(named))
            continue;
        const byName = named !== "other";
        out.push({ name: t.name, layer, category: byName ? named : shapeCategory(t.shape, hidden), byName });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/io/concurrency.ts
// Bounded parallelism: at most `limit` tasks in flight, results in input order.
async function mapLimit(items, limit, task) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency limit must be ≥ 1, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const i = next++;
            try {
                results[i] = await task(items[i], i);
            }
            catch (err) {
                failed = true;
                throw err;
            }
        }
    };
    const workers = Array.from({ length: Math.min(limit, items.length) }, () => worker());
    await Promise.all(workers);
    return results;
}

;// CONCATENATED MODULE: ./src/engine/io/ranges.ts
// Reading many spans of one source: adjacent or nearby spans are merged into one request, merged
// requests run with bounded parallelism, and each caller gets exactly the bytes it asked for.

/** Default: merge only touching spans; 16 MiB per request; 8 in flight (design §11 allows 16). */
const DEFAULT_RANGE_OPTIONS = {
    maxGap: 0,
    maxRequestBytes: 16 * 1024 * 1024,
    concurrency: 8,
};
/** Groups spans (any order) into requests; returns the groups in offset order. */
function coalesceSpans(spans, maxGap, maxRequestBytes) {
    const order = spans.map((_, i) => i).sort((a, b) => spans[a].offset - spans[b].offset);
    const groups = [];
    let cur;
    for (const i of order) {
        const s = spans[i];
        const end = s.offset + s.length;
        if (cur && s.offset - cur.end <= maxGap && Math.max(cur.end, end) - cur.offset <= maxRequestBytes) {
            cur.end = Math.max(cur.end, end);
            cur.members.push(i);
        }
        else {
            cur = { offset: s.offset, end, members: [i] };
            groups.push(cur);
        }
    }
    return groups;
}
/** Reads every span; result[i] holds the bytes of spans[i]. */
async function readSpans(source, spans, options = {}) {
    const maxGap = options.maxGap ?? DEFAULT_RANGE_OPTIONS.maxGap;
    const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_RANGE_OPTIONS.maxRequestBytes;
    const concurrency = options.concurrency ?? DEFAULT_RANGE_OPTIONS.concurrency;
    const groups = coalesceSpans(spans, maxGap, maxRequestBytes);
    const out = new Array(spans.length);
    await mapLimit(groups, concurrency, async (g) => {
        const bytes = await source.read(g.offset, g.end - g.offset);
        for (const i of g.members) {
            const s = spans[i];
            out[i] = bytes.subarray(s.offset - g.offset, s.offset - g.offset + s.length);
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/engine/formats/dtypes.ts
// Safetensors dtypes and their decoding to Float32Array.
//
// Safetensors stores every tensor little-endian, and we decode through typed-array views, which use
// the host's byte order. Node runs little-endian on every platform we ship for (x86-64, arm64), so
// a big-endian host is refused with a clear error rather than decoding every value byte-swapped.
//
// Widening F16/BF16/F8 to F32 is exact (bit constructions, NaN payloads kept where the format has
// them). F64, I32/U32 and I64/U64 round once to the nearest F32, ties to even.
/** Bytes per element of every dtype the safetensors format defines (as of safetensors 0.4). */
const DTYPE_SIZES = {
    F64: 8,
    F32: 4,
    F16: 2,
    BF16: 2,
    F8_E4M3: 1,
    F8_E5M2: 1,
    I64: 8,
    U64: 8,
    I32: 4,
    U32: 4,
    I16: 2,
    U16: 2,
    I8: 1,
    U8: 1,
    BOOL: 1,
};
const DTYPES = Object.keys(DTYPE_SIZES);
function isDtype(value) {
    return typeof value === "string" && Object.hasOwn(DTYPE_SIZES, value);
}
const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function assertLittleEndian() {
    if (!HOST_IS_LITTLE_ENDIAN) {
        throw new Error("this host is big-endian; safetensors data is little-endian and provenance-gate decodes it through " +
            "native typed arrays, so it runs only on little-endian hosts (x86-64, arm64)");
    }
}
/**
 * Decodes little-endian `bytes` of `dtype` into `out` (allocated when absent) and returns it.
 * `out` must hold exactly one value per element and must not share memory with `bytes`.
 * Any byteOffset is accepted: misaligned F16/BF16 are assembled from bytes, other dtypes are
 * copied once to an aligned buffer (aligned input, the usual case, is read in place).
 * BOOL decodes 0 → 0 and any other byte → 1.
 */
function decodeToFloat32(dtype, bytes, out) {
    assertLittleEndian();
    if (!isDtype(dtype))
        throw new RangeError(`unknown dtype ${String(dtype)}; known: ${DTYPES.join(", ")}`);
    const size = DTYPE_SIZES[dtype];
    if (bytes.byteLength % size !== 0) {
        throw new RangeError(`${dtype}: ${bytes.byteLength} bytes is not a multiple of the element size (${size} bytes)`);
    }
    const n = bytes.byteLength / size;
    const dst = out ?? new Float32Array(n);
    if (dst.length !== n) {
        throw new RangeError(`${dtype}: output holds ${dst.length} values but the input has ${n} elements`);
    }
    if (n > 0)
        DECODERS[dtype](bytes, dst);
    return dst;
}
const DECODERS = {
    // Byte copy: keeps every bit, NaN payloads included, at memcpy speed.
    F32: (b, out) => new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(b),
    // TypedArray#set converts element-wise with ToFloat32 (round to nearest, ties to even) natively.
    F64: (b, out) => out.set(view(b, 8, Float64Array)),
    F16: (b, out) => {
        const table = f16Table();
        const o = bitsOf(out);
        if (b.byteOffset % 2 === 0) {
            const h = new Uint16Array(b.buffer, b.byteOffset, o.length);
            for (let i = 0; i < o.length; i++)
                o[i] = table[h[i]];
        }
        else {
            for (let i = 0; i < o.length; i++)
                o[i] = table[halfAt(b, i)];
        }
    },
    BF16: (b, out) => {
        // BF16 is the top half of an F32: a shift is the exact widening.
        const o = bitsOf(out);
        if (b.byteOffset % 2 === 0) {
            const h = new Uint16Array(b.buffer, b.byteOffset, o.length);
            for (let i = 0; i < o.length; i++)
                o[i] = h[i] << 16;
        }
        else {
            for (let i = 0; i < o.length; i++)
                o[i] = halfAt(b, i) << 16;
        }
    },
    F8_E4M3: (b, out) => lookup8(b, f8E4M3Table(), bitsOf(out)),
    F8_E5M2: (b, out) => lookup8(b, f8E5M2Table(), bitsOf(out)),
    I64: (b, out) => decode64(b, out, true),
    U64: (b, out) => decode64(b, out, false),
    I32: (b, out) => out.set(view(b, 4, Int32Array)),
    U32: (b, out) => out.set(view(b, 4, Uint32Array)),
    I16: (b, out) => out.set(view(b, 2, Int16Array)),
    U16: (b, out) => out.set(view(b, 2, Uint16Array)),
    I8: (b, out) => out.set(new Int8Array(b.buffer, b.byteOffset, b.byteLength)),
    U8: (b, out) => out.set(b),
    BOOL: (b, out) => {
        for (let i = 0; i < b.length; i++)
            out[i] = b[i] === 0 ? 0 : 1;
    },
};
/** A typed view of `bytes`; copies first when byteOffset is not a multiple of the element size. */
function view(bytes, size, make) {
    const src = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
    return new make(src.buffer, src.byteOffset, src.byteLength / size);
}
/** The F32 output as raw bits, so table lookups copy exact bit patterns (NaN payloads too). */
function bitsOf(out) {
    return new Uint32Array(out.buffer, out.byteOffset, out.length);
}
/** Little-endian u16 element i from bytes, for misaligned 16-bit input (no copy of a large tensor). */
function halfAt(b, i) {
    return b[2 * i] | (b[2 * i + 1] << 8);
}
function lookup8(b, table, o) {
    for (let i = 0; i < b.length; i++)
        o[i] = table[b[i]];
}
let f16Bits;
/** F32 bits of every F16 value (256 KiB, built on first use): one load per element beats branching. */
function f16Table() {
    if (f16Bits)
        return f16Bits;
    const t = new Uint32Array(65536);
    for (let h = 0; h < 65536; h++) {
        const sign = (h & 0x8000) << 16;
        const exp = (h >> 10) & 0x1f;
        let mant = h & 0x3ff;
        if (exp === 0x1f) {
            t[h] = sign | 0x7f800000 | (mant << 13); // ±Inf, NaN with its payload
        }
        else if (exp !== 0) {
            t[h] = sign | ((exp + 112) << 23) | (mant << 13); // rebias 15 → 127
        }
        else if (mant === 0) {
            t[h] = sign; // ±0
        }
        else {
            // Subnormal F16 (mant · 2^-24) is a normal F32: shift the leading 1 out, lower the exponent.
            let e = 113;
            while ((mant & 0x400) === 0) {
                mant <<= 1;
                e--;
            }
            t[h] = sign | (e << 23) | ((mant & 0x3ff) << 13);
        }
    }
    f16Bits = t;
    return t;
}
let e5m2Bits;
/** F8_E5M2 is the top byte of an F16 (same exponent width and bias), so its table is a slice. */
function f8E5M2Table() {
    if (e5m2Bits)
        return e5m2Bits;
    const f16 = f16Table();
    e5m2Bits = Uint32Array.from({ length: 256 }, (_, b) => f16[b << 8]);
    return e5m2Bits;
}
let e4m3Bits;
/** F8_E4M3 as OCP "E4M3FN" (what torch.float8_e4m3fn stores): bias 7, no infinities, S.1111.111 NaN. */
function f8E4M3Table() {
    if (e4m3Bits)
        return e4m3Bits;
    const values = new Float32Array(256);
    for (let b = 0; b < 256; b++) {
        const sign = b & 0x80 ? -1 : 1;
        const exp = (b >> 3) & 0xf;
        const mant = b & 0x7;
        if (exp === 0xf && mant === 0x7)
            values[b] = NaN;
        else if (exp === 0)
            values[b] = sign * mant * 2 ** -9;
        else
            values[b] = sign * (1 + mant / 8) * 2 ** (exp - 7);
    }
    e4m3Bits = new Uint32Array(values.buffer);
    return e4m3Bits;
}
const TWO_32 = 4294967296;
const TWO_21 = 0x200000;
/** I64/U64 → nearest F32. Values below 2^53 in magnitude are exact doubles, rounded once on store. */
function decode64(bytes, out, signed) {
    const src = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const words = new Uint32Array(src.buffer, src.byteOffset, src.byteLength / 4);
    for (let i = 0; i < out.length; i++) {
        const lo = words[2 * i];
        const hiBits = words[2 * i + 1];
        const hi = signed ? hiBits | 0 : hiBits;
        if (hi >= -TWO_21 && hi < TWO_21)
            out[i] = hi * TWO_32 + lo;
        else {
            const big = (BigInt(hiBits) << 32n) | BigInt(lo);
            out[i] = roundToOdd53(signed ? BigInt.asIntN(64, big) : big);
        }
    }
}
/**
 * v (|v| ≥ 2^53) rounded to 53 bits "to odd": truncate, then set the last kept bit if anything was
 * dropped. Rounding that double to F32 (24 bits) then equals rounding v directly — plain
 * Number(v) would round twice and can land on the wrong side of an F32 tie.
 */
function roundToOdd53(v) {
    const negative = v < 0n;
    const magnitude = negative ? -v : v;
    const shift = BigInt(magnitude.toString(2).length - 53);
    let kept = magnitude >> shift;
    if (kept << shift !== magnitude)
        kept |= 1n;
    const r = Number(kept) * 2 ** Number(shift);
    return negative ? -r : r;
}

;// CONCATENATED MODULE: ./src/engine/formats/safetensors/tensor-reader.ts
// Reads tensors, or rows of them, and decodes them to Float32Array. A "row" is a slice along
// dimension 0 (row length = product of the other dimensions). Rows become byte spans; readSpans
// merges adjacent ones into one request and bounds how many requests run at once, so reading
// rows 3, 4, 5 of an embedding costs one range request, not three.


/** Values decoded by one call: 2^28 floats = 1 GiB. Larger tensors are read a block of rows at a time. */
const MAX_DECODED_ELEMENTS = 2 ** 28;
/** Rows of a tensor of rank ≥ 1 (a scalar has no dimension 0 and so no rows). */
function rowGeometry(t) {
    const [rows, ...rest] = t.shape;
    if (rows === undefined)
        throw new RangeError(`${where(t)}: a scalar (rank 0) tensor has no rows`);
    return { rows, rowLength: rest.reduce((a, b) => a * b, 1) };
}
/** The whole tensor, row-major. */
async function readTensor(from, t, options, out) {
    const size = DTYPE_SIZES[t.dtype];
    const elements = t.byteLength / size;
    checkDecodeSize(t, elements);
    return readPieces(from, t, splitRun(t.offset, t.byteLength, 0, size, options), elements, options, out);
}
/** Rows [start, start + count), row-major. */
async function readRows(from, t, start, count, options, out) {
    const { rows, rowLength } = rowGeometry(t);
    const valid = Number.isSafeInteger(start) && Number.isSafeInteger(count) && start >= 0 && count >= 0;
    if (!valid || start + count > rows) {
        throw new RangeError(`${where(t)}: rows [${start}, ${start + count}) are out of range; the tensor has ${rows} rows (dimension 0)`);
    }
    const size = DTYPE_SIZES[t.dtype];
    const rowBytes = rowLength * size;
    checkDecodeSize(t, count * rowLength);
    const pieces = splitRun(t.offset + start * rowBytes, count * rowBytes, 0, size, options);
    return readPieces(from, t, pieces, count * rowLength, options, out);
}
/** The given rows, in the order given (repeats allowed), one after another. */
async function readRowSet(from, t, rows, options) {
    const geometry = rowGeometry(t);
    const { rowLength } = geometry;
    for (const row of rows) {
        if (!Number.isSafeInteger(row) || row < 0 || row >= geometry.rows) {
            throw new RangeError(`${where(t)}: row ${row} is out of range; the tensor has ${geometry.rows} rows (dimension 0)`);
        }
    }
    const size = DTYPE_SIZES[t.dtype];
    const rowBytes = rowLength * size;
    checkDecodeSize(t, rows.length * rowLength);
    const pieces = [];
    rows.forEach((row, k) => pieces.push(...splitRun(t.offset + row * rowBytes, rowBytes, k * rowLength, size, options)));
    return readPieces(from, t, pieces, rows.length * rowLength, options);
}
/**
 * Cuts one contiguous run into pieces of at most maxRequestBytes (whole elements), so a large
 * tensor is fetched by several bounded requests in parallel rather than one huge one.
 */
function splitRun(offset, length, at, size, options) {
    const max = options?.maxRequestBytes ?? DEFAULT_RANGE_OPTIONS.maxRequestBytes;
    const step = Math.max(size, max - (max % size));
    const pieces = [];
    for (let done = 0; done < length; done += step) {
        pieces.push({ offset: offset + done, length: Math.min(step, length - done), at: at + done / size });
    }
    return pieces;
}
/**
 * `given`: a buffer of exactly `elements` values to decode into. Reusing one buffer across reads
 * matters: freshly allocated memory costs a page fault per 4 KiB on first touch, which made
 * decoding ten times slower than the decode loop itself on our CI machines.
 */
async function readPieces(from, t, pieces, elements, options, given) {
    if (given !== undefined && given.length !== elements) {
        throw new RangeError(`${where(t)}: output buffer holds ${given.length} values, the read yields ${elements}`);
    }
    const out = given ?? new Float32Array(elements);
    if (pieces.length === 0)
        return out;
    const source = "read" in from ? from : from.source(t.file);
    const chunks = await readSpans(source, pieces, options);
    const size = DTYPE_SIZES[t.dtype];
    pieces.forEach((p, i) => {
        decodeToFloat32(t.dtype, chunks[i], out.subarray(p.at, p.at + p.length / size));
    });
    return out;
}
function checkDecodeSize(t, elements) {
    if (elements > MAX_DECODED_ELEMENTS) {
        throw new RangeError(`${where(t)}: reading ${elements} values at once exceeds the limit of ${MAX_DECODED_ELEMENTS} ` +
            "(MAX_DECODED_ELEMENTS); read fewer rows per call");
    }
}
function where(t) {
    return `${t.file} [${t.name}]`;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/tensor-blocks.ts
// Visits a tensor's values in row-major order, one bounded block at a time, so extraction never
// holds more than one block of one tensor in memory. Small tensors arrive as one block; larger ones
// as runs of whole rows (dimension 0) of at most `blockElements` values (at least one row).

/**
 * Values decoded at once during full extraction: 2^22 floats = 16 MiB of Float32Array, decoded
 * into one scratch buffer per weight set that is reused for every block (see below).
 */
const DEFAULT_BLOCK_ELEMENTS = 2 ** 22;
/**
 * One decode buffer per byte source (a WeightSet), grown to the largest block and reused: fresh
 * memory costs a page fault per page on first touch, which dominated full extraction. Extraction
 * of one weight set is sequential, and visitors copy what they keep, so reuse is safe.
 */
const scratchBuffers = new WeakMap();
function scratch(from, n) {
    let buf = scratchBuffers.get(from);
    if (buf === undefined || buf.length < n) {
        buf = new Float32Array(n);
        scratchBuffers.set(from, buf);
    }
    return buf.subarray(0, n);
}
/** Product of the shape (1 for a scalar). */
function numelOf(t) {
    return t.shape.reduce((a, b) => a * b, 1);
}
/** Calls `visit` for every block of `t`, in order; reads are sequential (one block in memory). */
async function forEachBlock(from, t, visit, blockElements = DEFAULT_BLOCK_ELEMENTS) {
    const n = numelOf(t);
    if (t.shape.length === 0 || n <= blockElements) {
        visit(await readTensor(from, t, undefined, scratch(from, n)), 0);
        return;
    }
    const { rows, rowLength } = rowGeometry(t);
    const rowsPerBlock = Math.max(1, Math.floor(blockElements / rowLength));
    for (let row = 0; row < rows; row += rowsPerBlock) {
        const count = Math.min(rowsPerBlock, rows - row);
        visit(await readRows(from, t, row, count, undefined, scratch(from, count * rowLength)), row * rowLength);
    }
}
/**
 * WVC's subsample of a flattened tensor of n values (reference §4.7): all of them when n ≤ S, else
 * flat[0], flat[stride], …, flat[(S−1)·stride] with stride = ⌊n / S⌋; filled block by block.
 * Null when S is 0 (no WVC wanted).
 */
class StrideSampler {
    samples;
    stride;
    constructor(n, subsample) {
        this.samples = new Float32Array(Math.min(n, subsample));
        this.stride = n > subsample ? Math.floor(n / subsample) : 1;
    }
    static create(n, subsample) {
        return subsample > 0 ? new StrideSampler(n, subsample) : null;
    }
    /** Takes the samples inside a block that starts at flat index `start`; `value(i)` reads its i-th value. */
    take(start, length, value) {
        const { samples, stride } = this;
        for (let k = Math.ceil(start / stride); k < samples.length && k * stride < start + length; k++) {
            samples[k] = value(k * stride - start);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/features/weights/signals-nlf.ts
// NLF (provenancekit §4.4) on the full path, with design §4.4's deviation: the kept vectors are
// taken in sorted-name order (code-unit order, which equals Python's code-point order for the
// ASCII names checkpoints use), not state-dict order, so every extraction path agrees.
//
// Kept: norm-named (§4.1) tensors with exactly one dimension and at least 64 values, widened to
// f32. Per-vector stats reproduce numpy on an f32 array: pairwise summation with f32 accumulators
// (Math.fround after every operation), mean = f32(sum / n), std = sqrt(f32 mean of f32 squares of
// f32 deviations).



/** Norm vectors shorter than this are ignored (reference constant). */
const MIN_NLF_NUMEL = 64;
/** numpy's pairwise-summation block. */
const signals_nlf_PAIRWISE_BLOCK = 128;
const f32 = Math.fround;
/** The tensors NLF reads, in sorted-name order. */
function nlfTensors(tensors) {
    return tensors
        .filter((t) => t.shape.length === 1 && numelOf(t) >= MIN_NLF_NUMEL && isNormName(t.name))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Reads the kept norm vectors (already chosen and ordered: nlfTensors, or the shape rule of
 * extraction-roles.ts) one at a time; direct concatenation if all equal length, else stats.
 */
async function extractNlf(from, kept) {
    const vectors = [];
    for (const t of kept)
        vectors.push(await readTensor(from, t));
    return nlfFromVectors(vectors);
}
/** NLF of the kept vectors, in order: direct concatenation if all have one length, else stats. */
function nlfFromVectors(vectors) {
    const first = vectors[0];
    if (first === undefined)
        return { vector: null, mode: null, numLayers: 0 };
    const direct = vectors.every((w) => w.length === first.length);
    const out = direct
        ? new Float32Array(vectors.reduce((n, w) => n + w.length, 0))
        : new Float64Array(4 * vectors.length);
    let at = 0;
    for (const [i, w] of vectors.entries()) {
        if (direct) {
            out.set(w, at);
            at += w.length;
        }
        else {
            out.set(f32Stats(w), 4 * i);
        }
    }
    return { vector: out, mode: direct ? "direct" : "stats", numLayers: vectors.length };
}
/** numpy's pairwise_sum on float32: f32 accumulators, 8-way unrolled up to 128 values. */
function pairwiseSumF32(v, start, n) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res = f32(res + v[start + i]);
        return res;
    }
    if (n <= signals_nlf_PAIRWISE_BLOCK) {
        const r = new Float32Array(8);
        for (let j = 0; j < 8; j++)
            r[j] = v[start + j];
        let i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (let j = 0; j < 8; j++)
                r[j] = r[j] + v[start + i + j];
        }
        const at = (j) => r[j];
        let res = f32(f32(f32(at(0) + at(1)) + f32(at(2) + at(3))) + f32(f32(at(4) + at(5)) + f32(at(6) + at(7))));
        for (; i < n; i++)
            res = f32(res + v[start + i]);
        return res;
    }
    let n2 = Math.trunc(n / 2);
    n2 -= n2 % 8;
    return f32(pairwiseSumF32(v, start, n2) + pairwiseSumF32(v, start + n2, n - n2));
}
/** [mean, std (ddof 0), max, min] of an f32 vector as numpy computes them, as f64 values. */
function f32Stats(w) {
    const n = w.length;
    const mean = f32(pairwiseSumF32(w, 0, n) / n);
    const sq = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const d = f32(w[i] - mean);
        sq[i] = d * d;
    }
    const std = f32(Math.sqrt(f32(pairwiseSumF32(sq, 0, n) / n)));
    let max = -Infinity;
    let min = Infinity;
    for (const x of w) {
        if (Number.isNaN(x))
            return [mean, std, NaN, NaN];
        if (x > max)
            max = x;
        if (x < min)
            min = x;
    }
    return [mean, std, max, min];
}

;// CONCATENATED MODULE: ./src/engine/features/weights/extraction-roles.ts
// What each extraction profile reads, from the tensor roles of roles.ts (design §4 item 3): the
// reference's name rules wherever they find something, shape rules where they find nothing, so a
// checkpoint whose tensors were renamed to invented names still yields all five signals.
//
//   - Embedding: assignRoles' pick (reference name list first, then [≈V, D] by shape), possibly
//     stored transposed as [D, V].
//   - Layer tensors (LEP, WSP): every tensor with a layer index (the reference regex, else the
//     path-segment rule), in state-dict order.
//   - WVC: when any layer tensor has a reference role category, exactly the reference's pieces
//     (dim ≥ 2, category not in {norm, embedding, lm_head, other}), so values match the reference.
//     When no layer tensor has one — renamed checkpoints, and GPT-2/Qwen-1-style names (Conv1D
//     `c_attn`…) for which the reference has no WVC at all — the shape-guessed block matrices
//     (attention-like or MLP-like: 2-D with a D side) are used instead. A reference record of such a
//     model has WVC = null, so comparing against it gives NaN either way.
//   - NLF: the reference's norm-name rule when any tensor has a norm name, else the shape rule's
//     norms (1-D of width D or a head width, not a Linear bias); always sorted by name.
// Known limit: WVC pieces inside a layer and NLF vectors follow offset and name order; a renamed
// checkpoint re-written in the new names' order permutes them (same values, other positions).




/** Hints from config.json; zero or negative values mean "unknown" and are dropped. */
function roleHints(h) {
    const keep = (v) => v !== undefined && v > 0;
    return {
        ...(keep(h.vocabSize) ? { vocabSize: h.vocabSize } : {}),
        ...(keep(h.hiddenSize) ? { hiddenSize: h.hiddenSize } : {}),
        ...(keep(h.numLayers) ? { numLayers: h.numLayers } : {}),
        ...(keep(h.numHeads) ? { numHeads: h.numHeads } : {}),
    };
}
function extractionRoles(set, hints) {
    const roles = assignRoles(set.tensors, hints);
    const byName = new Map(set.tensors.map((t) => [t.name, t]));
    const embedding = roles.embedding === null ? null : (byName.get(roles.embedding.name) ?? null);
    const layered = set.tensors.flatMap((t) => {
        const layer = roles.layerOf.get(t.name);
        return layer === undefined ? [] : [{ t, layer }];
    });
    const named = layered.filter(({ t }) => t.shape.length >= 2 && !EXCLUDED_CATEGORIES.has(roleCategory(t.name)));
    const guessed = new Set(roles.matrices.filter((m) => !m.byName && m.category !== "other").map((m) => m.name));
    const wvcBy = named.length > 0 ? "name" : guessed.size > 0 ? "shape" : "none";
    const wvcNames = new Set(wvcBy === "name" ? named.map(({ t }) => t.name) : guessed);
    return {
        embedding,
        transposed: embedding !== null && roles.embedding?.transposed === true,
        layerTensors: layered.map(({ t, layer }) => ({ tensor: t, layer, wvc: wvcNames.has(t.name) })),
        norms: normTensors(set.tensors, roles.norms, byName),
        wvcBy,
    };
}
/** Tensors of fewer values are no NLF input (reference constant, as in signals-nlf.ts). */
const extraction_roles_MIN_NLF_NUMEL = 64;
function normTensors(tensors, shapeNorms, byName) {
    if (tensors.some((t) => isNormName(t.name)))
        return nlfTensors(tensors);
    return shapeNorms.flatMap((name) => {
        const t = byName.get(name);
        return t !== undefined && numelOf(t) >= extraction_roles_MIN_NLF_NUMEL ? [t] : [];
    });
}

;// CONCATENATED MODULE: ./src/engine/scoring/end-histogram.ts
// END extraction (provenancekit §4.3): numpy.histogram(ρ, bins=20, density=True) of the f32 row
// norms, then hist / (Σ hist + 1e-10). numpy does the edges and the bin search in float32 for f32
// input; emulating that (Math.fround after every step) reproduces its bin-width jitter and its
// edge ties exactly, so the stored histograms of the reference database compare bit for bit.

const END_BINS = 20;
const end_histogram_f32 = Math.fround;
/** numpy.linspace(lo, hi, 21, dtype=float32): f32(i·step) + lo, step = f32(hi − lo) / 20, last = hi. */
function f32Edges(lo, hi) {
    const edges = new Float32Array(END_BINS + 1);
    const step = end_histogram_f32(end_histogram_f32(hi - lo) / END_BINS);
    for (let i = 0; i <= END_BINS; i++)
        edges[i] = end_histogram_f32(end_histogram_f32(i * step) + lo);
    edges[END_BINS] = hi;
    return edges;
}
/** numpy's bin index for x in [lo, hi]: the f32 estimate, then corrected against the f32 edges. */
function binIndex(x, lo, span, edges) {
    let k = Math.trunc(end_histogram_f32(end_histogram_f32(end_histogram_f32(x - lo) / span) * END_BINS));
    if (k === END_BINS)
        k -= 1;
    if (x < edges[k])
        k -= 1;
    if (x >= edges[k + 1] && k !== END_BINS - 1)
        k += 1;
    return k;
}
/**
 * The END histogram of a model's embedding row norms (f32, one per row): 20 values summing to ~1.
 * An empty input gives 20 NaN (numpy's 0/0); a non-finite norm throws (numpy raises on a
 * non-finite autodetected range).
 */
function endHistogram(norms) {
    const out = new Float64Array(END_BINS);
    const n = norms.length;
    if (n === 0)
        return out.fill(NaN);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of norms) {
        if (!Number.isFinite(x))
            throw new RangeError(`endHistogram: non-finite row norm ${x}`);
        if (x < lo)
            lo = x;
        if (x > hi)
            hi = x;
    }
    if (lo === hi) {
        lo = end_histogram_f32(lo - 0.5);
        hi = end_histogram_f32(hi + 0.5);
    }
    const edges = f32Edges(lo, hi);
    const span = end_histogram_f32(hi - lo);
    const counts = new Float64Array(END_BINS);
    for (const x of norms) {
        const k = binIndex(x, lo, span, edges);
        counts[k] = counts[k] + 1;
    }
    // density=True: counts / f64(f32 bin width) / N, then the reference's renormalisation.
    const density = new Float64Array(END_BINS);
    for (let i = 0; i < END_BINS; i++) {
        const width = end_histogram_f32(edges[i + 1] - edges[i]);
        density[i] = counts[i] / width / n;
    }
    const total = sum(density) + 1e-10;
    for (let i = 0; i < END_BINS; i++)
        out[i] = density[i] / total;
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/signals-eas.ts
// EAS and END on the full path (provenancekit §4.2, §4.3): one pass over the embedding, a block of
// rows at a time, collecting every row norm (END) and the anchor rows (EAS) as it goes.
//
// Precision: the reference uses torch f32 (`torch.norm`, `A / r`, `N @ N.T`), whose reduction order
// depends on the BLAS and the CPU. Here every sum of squares and every dot product is accumulated in
// float64 and rounded once to f32: the result is the correctly rounded value, within the f32
// BLAS error of the reference, and deterministic on every platform (conventions §9).


/** Embeddings with more rows than this get no EAS/END (reference constant). */
const MAX_EAS_VOCAB = 1_000_000;
/** Fewer anchors than this give no EAS and no END (reference constant). */
const signals_eas_MIN_EAS_ANCHORS = 16;
/** Row norms below this are replaced by it before normalising (reference constant). */
const MIN_ROW_NORM = 1e-8;
const signals_eas_f32 = Math.fround;
const NONE = { eas: null, anchorCount: 0, end: null };
/**
 * EAS and END of `embedding` (null when the model has none). A non-2-D embedding gives neither
 * (the reference would fail on it and swallow the error). Anchor ids must be rows of the embedding.
 * `transposed`: the table is stored as [D, V], so vocabulary rows are tensor columns; the whole
 * tensor is then read (a block of D-rows at a time, every block spanning all V columns) and the
 * columns gathered, which costs V·D values read in every profile. Sums run over d ascending in
 * float64 either way, so the result is bit-identical to the [V, D] layout.
 */
async function extractEasEnd(from, embedding, anchorIds, blockElements = DEFAULT_BLOCK_ELEMENTS, transposed = false) {
    const geometry = embeddingGeometry(embedding, anchorIds, transposed);
    if (geometry === null || embedding === null || anchorIds === null)
        return NONE;
    const { rows, width } = geometry;
    const slots = anchorSlots(anchorIds, rows, embedding.name);
    const k = anchorIds.length;
    const anchors = new Float32Array(k * width);
    const norms = new Float32Array(rows);
    const sums = transposed ? new Float64Array(rows) : null;
    const visit = sums === null ? rowVisitor(width, slots, anchors, norms) : columnVisitor(width, slots, anchors, sums);
    await forEachBlock(from, embedding, visit, blockElements);
    if (sums !== null)
        for (let v = 0; v < rows; v++)
            norms[v] = signals_eas_f32(Math.sqrt(sums[v]));
    return { eas: selfSimilarity(anchors, k, width), anchorCount: k, end: endHistogram(norms) };
}
/** V (vocabulary rows) and D of the embedding, or null when EAS/END cannot be computed. */
function embeddingGeometry(embedding, anchorIds, transposed) {
    if (embedding === null || embedding.shape.length !== 2)
        return null;
    const [a = 0, b = 0] = embedding.shape;
    const [rows, width] = transposed ? [b, a] : [a, b];
    if (rows > MAX_EAS_VOCAB || anchorIds === null || anchorIds.length < signals_eas_MIN_EAS_ANCHORS)
        return null;
    return { rows, width };
}
function rowVisitor(width, slots, anchors, norms) {
    return (values, start) => {
        const first = start / width;
        const count = width === 0 ? 0 : values.length / width;
        for (let r = 0; r < count; r++) {
            const row = values.subarray(r * width, (r + 1) * width);
            norms[first + r] = signals_eas_f32(Math.sqrt(sumOfSquares(row)));
            for (const slot of slots.get(first + r) ?? [])
                anchors.set(row, slot * width);
        }
    };
}
/** [D, V] layout: accumulates Σx² per column into `sums` (float64; the caller takes roots). */
function columnVisitor(width, slots, anchors, sums) {
    const vocab = sums.length;
    return (values, start) => {
        const first = start / vocab;
        const count = vocab === 0 ? 0 : values.length / vocab;
        for (let r = 0; r < count; r++) {
            const d = first + r;
            for (let v = 0; v < vocab; v++) {
                const x = values[r * vocab + v];
                sums[v] = sums[v] + x * x;
            }
            for (const [id, list] of slots) {
                for (const slot of list)
                    anchors[slot * width + d] = values[r * vocab + id];
            }
        }
    };
}
/** Row → the positions it takes in the anchor list (a repeated id fills several positions). */
function anchorSlots(ids, rows, name) {
    const slots = new Map();
    ids.forEach((id, slot) => {
        if (!Number.isSafeInteger(id) || id < 0 || id >= rows) {
            throw new RangeError(`anchor id ${id} is not a row of "${name}", which has ${rows} rows`);
        }
        const list = slots.get(id);
        if (list)
            list.push(slot);
        else
            slots.set(id, [slot]);
    });
    return slots;
}
function sumOfSquares(v) {
    let s = 0;
    for (const x of v)
        s += x * x;
    return s;
}
/** N_i = A_i / max(‖A_i‖, 1e-8) in f32, then S = N·Nᵀ (f64 sums rounded to f32), row-major K×K. */
function selfSimilarity(anchors, k, width) {
    const unit = new Float32Array(k * width);
    for (let i = 0; i < k; i++) {
        const row = anchors.subarray(i * width, (i + 1) * width);
        const r = Math.max(signals_eas_f32(Math.sqrt(sumOfSquares(row))), signals_eas_f32(MIN_ROW_NORM));
        for (let j = 0; j < width; j++)
            unit[i * width + j] = signals_eas_f32(row[j] / r);
    }
    const data = new Float32Array(k * k);
    for (let i = 0; i < k; i++) {
        for (let j = i; j < k; j++) {
            let s = 0;
            for (let c = 0; c < width; c++)
                s += unit[i * width + c] * unit[j * width + c];
            data[i * k + j] = s;
            data[j * k + i] = s;
        }
    }
    return { k, data };
}

;// CONCATENATED MODULE: ./src/engine/features/weights/half-stats.ts
// Σx², #(x > 0), #(|x| < 1e-4) and the WVC sample of a 16-bit float tensor (BF16, F16) without
// decoding it: a 16-bit value has only 65,536 possible patterns, so one pass counts how often each
// pattern occurs and the statistics are folded from the counts. The counting loop is one increment
// per weight, several times faster than decoding to float32 and summing (full extraction reads
// every weight of a model, and nearly every large model is stored in BF16 or F16).



function isHalf(dtype) {
    return dtype === "BF16" || dtype === "F16";
}
/** Bytes read at once: 16 MiB of raw weights (8M values). */
const BLOCK_BYTES = 16 * 1024 * 1024;
const tables = new Map();
/** The float32 value of every 16-bit pattern, decoded by the same decoder as everything else. */
function valueTable(dtype) {
    let t = tables.get(dtype);
    if (!t) {
        const patterns = new Uint16Array(65536);
        for (let i = 0; i < 65536; i++)
            patterns[i] = i;
        t = decodeToFloat32(dtype, new Uint8Array(patterns.buffer));
        tables.set(dtype, t);
    }
    return t;
}
/**
 * Statistics of `t` (a BF16 or F16 tensor); `nearZero` is the f32 threshold the decoding path uses.
 * Σx² is folded per pattern: equal to the element-by-element sum up to float64 rounding order.
 */
async function halfTensorStats(from, t, subsample, nearZeroBound) {
    const table = valueTable(t.dtype);
    const n = numelOf(t);
    const sampler = StrideSampler.create(n, subsample);
    const counts = new Float64Array(65536);
    const block = new Uint32Array(65536);
    const source = "read" in from ? from : from.source(t.file);
    const { rowLength } = t.shape.length === 0 ? { rowLength: 1 } : rowGeometry(t);
    const rowBytes = Math.max(1, rowLength) * DTYPE_SIZES[t.dtype];
    const step = Math.max(rowBytes, BLOCK_BYTES - (BLOCK_BYTES % rowBytes));
    for (let done = 0; done < t.byteLength; done += step) {
        const bytes = await source.read(t.offset + done, Math.min(step, t.byteLength - done));
        const h = bytes.byteOffset % 2 === 0
            ? new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2)
            : new Uint16Array(bytes.slice().buffer);
        for (let i = 0; i < h.length; i++)
            block[h[i]] += 1;
        for (let v = 0; v < 65536; v++) {
            const c = block[v];
            if (c !== 0) {
                counts[v] += c;
                block[v] = 0;
            }
        }
        sampler?.take(done / 2, h.length, (i) => table[h[i]]);
    }
    let sumSq = 0;
    let positive = 0;
    let nearZero = 0;
    for (let v = 0; v < 65536; v++) {
        const c = counts[v];
        if (c === 0)
            continue;
        const x = table[v];
        sumSq += c * x * x;
        if (x > 0)
            positive += c;
        if (x < nearZeroBound && x > -nearZeroBound)
            nearZero += c;
    }
    return { sumSq, positive, nearZero, samples: sampler?.samples ?? null };
}

;// CONCATENATED MODULE: ./src/engine/features/weights/signals-layers.ts
// LEP, WSP and WVC on the full path (provenancekit §4.5–§4.7): one pass over the layer-indexed
// tensors in state-dict order (shard, then data offset), one tensor — or one block of rows of it —
// decoded at a time.
//
// LEP: the Frobenius norm is accumulated as Σx² in float64 and square-rooted (torch reduces in f32;
// the difference is a few f32 ulps, far below the 4-decimal rounding of the similarity).
// WSP threshold nuance: the reference compares |x| < 1e-4 in the tensor's native dtype, i.e.
// against 1e-4 rounded to that dtype. Here values are widened exactly to f32 and compared against
// fround(1e-4). The counts agree for F32 and for F16/BF16: 1e-4 rounds UP in both (to
// 1.0001659e-4 and 1.0013580e-4), and no F16/BF16 value lies between 1e-4 and that rounded
// threshold, so both comparisons keep exactly the values below 1e-4. F64 values are compared after
// rounding to f32 (one f32 ulp around 1e-4 may differ); F8 (whose torch comparison support is
// uncertain; E4M3 would round the threshold to 0) and integers use the f32 threshold.


/** WSP counts tensors from this many elements on; smaller 1-D tensors are skipped (reference constant). */
const MIN_WSP_NUMEL = 1024;
/** LEP profiles are divided by their maximum only when it exceeds this (reference constant). */
const MIN_LEP_MAX = 1e-8;
/** The WSP near-zero bound as an f32 comparison sees it. */
const NEAR_ZERO_F32 = Math.fround(1e-4);
/** The WSP near-zero test of one value (see the threshold note above). */
function isNearZero(x) {
    return Math.abs(x) < NEAR_ZERO_F32;
}
/** LEP profile, WSP signature and WVC layer signatures of the layer tensors (state-dict order). */
async function extractLayerSignals(from, tensors, wvcSubsample, blockElements = DEFAULT_BLOCK_ELEMENTS) {
    const acc = new LayerAccumulator();
    for (const lt of tensors) {
        const t = lt.tensor;
        if (!countsForLayers(t))
            continue;
        const wantsWvc = lt.wvc && t.shape.length >= 2;
        const s = await tensorStats(from, t, wantsWvc ? wvcSubsample : 0, blockElements);
        acc.add(lt, {
            energy: Math.sqrt(s.sumSq),
            positive: s.positive,
            nearZero: s.nearZero,
            samples: s.samples,
        });
    }
    return acc.finish();
}
/** The reference's skip: tensors of rank < 2 with fewer than 1024 values take no part. */
function countsForLayers(t) {
    return t.shape.length >= 2 || numelOf(t) >= MIN_WSP_NUMEL;
}
/** Per-layer sums, shared by both profiles; add tensors in processing order. */
class LayerAccumulator {
    energy = new Map();
    wsp = new Map();
    wvc = new Map();
    add({ tensor: t, layer }, c) {
        if (t.shape.length >= 2)
            this.energy.set(layer, (this.energy.get(layer) ?? 0) + c.energy);
        const n = numelOf(t);
        if (n >= MIN_WSP_NUMEL) {
            const w = this.wsp.get(layer) ?? { positive: 0, nearZero: 0, total: 0 };
            w.positive += c.positive;
            w.nearZero += c.nearZero;
            w.total += n;
            this.wsp.set(layer, w);
        }
        if (c.samples !== null) {
            const pieces = this.wvc.get(layer);
            if (pieces)
                pieces.push(c.samples);
            else
                this.wvc.set(layer, [c.samples]);
        }
    }
    finish() {
        return { lep: lepProfile(this.energy), wsp: wspSignature(this.wsp), wvc: wvcSignatures(this.wvc) };
    }
}
/**
 * One pass over a tensor: Σx², sign counts and (when `subsample` > 0) the WVC sample: the whole
 * flattened tensor when n ≤ subsample, else flat[0], flat[stride], …, flat[(S−1)·stride] with
 * stride = ⌊n / S⌋.
 */
async function tensorStats(from, t, subsample, blockElements) {
    if (isHalf(t.dtype))
        return halfTensorStats(from, t, subsample, NEAR_ZERO_F32);
    const n = numelOf(t);
    const sampler = StrideSampler.create(n, subsample);
    const s = { sumSq: 0, positive: 0, nearZero: 0, samples: sampler?.samples ?? null };
    await forEachBlock(from, t, (values, start) => {
        const block = blockStats(values);
        s.sumSq += block.sumSq;
        s.positive += block.positive;
        s.nearZero += block.nearZero;
        sampler?.take(start, values.length, (i) => values[i]);
    }, blockElements);
    return s;
}
/**
 * Σx², #(x > 0) and #(|x| < 1e-4) of one block, in local variables: the hot loop of full
 * extraction (every weight passes through it once), kept free of property stores and calls.
 */
function blockStats(values) {
    let sumSq = 0;
    let positive = 0;
    let nearZero = 0;
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        sumSq += x * x;
        if (x > 0)
            positive++;
        if (x < NEAR_ZERO_F32 && x > -NEAR_ZERO_F32)
            nearZero++;
    }
    return { sumSq, positive, nearZero };
}
/** energy[0…max] with gaps 0.0, divided by the maximum when it exceeds 1e-8; null when empty. */
function lepProfile(energy) {
    if (energy.size === 0)
        return null;
    const p = new Float64Array(Math.max(...energy.keys()) + 1);
    for (const [layer, e] of energy)
        p[layer] = e;
    let max = -Infinity;
    for (const x of p)
        if (x > max)
            max = x;
    if (max > MIN_LEP_MAX)
        for (let i = 0; i < p.length; i++)
            p[i] = p[i] / max;
    return p;
}
/** [positive_i/t, near_zero_i/t] for i in 0…max, t = max(total_i, 1); missing layers give zeros. */
function wspSignature(counts) {
    if (counts.size === 0)
        return null;
    const out = new Float64Array(2 * (Math.max(...counts.keys()) + 1));
    for (const [layer, c] of counts) {
        const t = Math.max(c.total, 1);
        out[2 * layer] = c.positive / t;
        out[2 * layer + 1] = c.nearZero / t;
    }
    return out;
}
/** Each layer's pieces concatenated in processing order; keys ascending; null when none. */
function wvcSignatures(pieces) {
    if (pieces.size === 0)
        return null;
    const out = new Map();
    for (const layer of [...pieces.keys()].sort((a, b) => a - b)) {
        const parts = pieces.get(layer) ?? [];
        const joined = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) {
            joined.set(p, at);
            at += p.length;
        }
        out.set(layer, joined);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/extract-full.ts
// The `full` extraction profile (design §4 item 5): every byte of every tensor a weight signal
// uses is read, and the values reproduce the reference's full path (`extract_signals`,
// provenancekit §4.0–§4.7) with one deliberate deviation: NLF takes its vectors in sorted-name
// order (design §4 item 4). Tensor roles come from extraction-roles.ts: the reference's name rules
// where they find something, shape rules otherwise (design §4 item 3).
//
// Order: the WeightSet's tensor order is the reference's state-dict order (shards sorted by file
// name, then ascending data offset), which fixes the order of the WVC pieces inside a layer.
// Memory: one tensor is decoded at a time, and a tensor over DEFAULT_BLOCK_ELEMENTS values
// (including the embedding) is decoded a block of rows at a time.







/** Settings().wvc_subsample: values kept per WVC piece (reference default). */
const DEFAULT_WVC_SUBSAMPLE = 4096;
/** All weight signals of `set`, reading each tensor it needs once per signal family. */
async function extractWeightSignalsFull(set, opts) {
    const wvcSubsample = opts.wvcSubsample ?? DEFAULT_WVC_SUBSAMPLE;
    const blockElements = opts.blockElements ?? DEFAULT_BLOCK_ELEMENTS;
    checkPositiveInteger("wvcSubsample", wvcSubsample);
    checkPositiveInteger("blockElements", blockElements);
    const roles = extractionRoles(set, roleHints(opts));
    const easEnd = await extractEasEnd(set, roles.embedding, opts.anchorIds, blockElements, roles.transposed);
    const nlf = await extractNlf(set, roles.norms);
    const layers = await extractLayerSignals(set, roles.layerTensors, wvcSubsample, blockElements);
    return assembleSignals(opts, easEnd, nlf, layers, FULL_SAMPLING);
}
/** The §4.10 record from the parts both profiles compute, and how they were read. */
function assembleSignals(opts, easEnd, nlf, layers, sampling) {
    return {
        hidden_size: opts.hiddenSize,
        num_layers: opts.numLayers,
        eas_self_sim: easEnd.eas,
        eas_anchor_count: easEnd.anchorCount,
        nlf_vector: nlf.vector,
        nlf_mode: nlf.mode,
        nlf_num_layers: nlf.numLayers,
        lep_profile: layers.lep,
        end_histogram: easEnd.end,
        wsp_signature: layers.wsp,
        wvc_layer_sigs: layers.wvc,
        sampling,
    };
}
function checkPositiveInteger(name, value) {
    if (!Number.isSafeInteger(value) || value < 1) {
        throw new RangeError(`${name} must be a positive integer, got ${value}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/features/weights/sample-plan.ts
// Which rows the `sampled` profile reads (design §4 item 5). Every choice is a function of the
// tensor's shape, its role position (layer index; "end" for the embedding) and a fixed seed —
// never of its name or its values — so two models of the same shapes read the same rows, and their
// WVC samples sit at the same positions.
//
// Layer tensors (R rows): when R ≤ blocks·rowsPerBlock, every row. Otherwise the rows are cut into
// `blocks` equal segments of ⌊R/blocks⌋ rows and one contiguous run of rowsPerBlock rows is taken
// in each, at a jitter hashed from (seed, shape, layer, block): spread over the whole tensor, not
// aligned to anything a model could be tuned around, one range request per block. The END sample
// of the embedding works the same way with its own block count and size.
/**
 * Defaults sized for design §11 on a 7B Llama: 7 matrices × 32 layers × 4 blocks = 896 requests
 * and ≈ 72 MB; END 16 × 64 rows of 4096 = 8 MB in 16 requests; with norms and anchors ≈ 0.6 % of
 * the 13.5 GB of weights in about 1,100 requests.
 */
const DEFAULT_SAMPLING = Object.freeze({
    blocks: 4,
    rowsPerBlock: 8,
    endBlocks: 16,
    endRowsPerBlock: 64,
    seed: 0x5eed_2024,
});
/** Bump when the rows chosen for a given shape change: records of other versions lose WVC. */
const SAMPLING_VERSION = 1;
/** Role position of the embedding's END sample in the hash (layers use their index ≥ 0). */
const END_ROLE = -1;
/** Contiguous row blocks of a tensor with `rows` rows; `key` = shape and role position. */
function sampleBlocks(rows, blocks, rowsPerBlock, seed, key) {
    if (rows <= blocks * rowsPerBlock)
        return rows === 0 ? [] : [{ start: 0, count: rows }];
    const segment = Math.floor(rows / blocks);
    const room = segment - rowsPerBlock + 1;
    const out = [];
    for (let b = 0; b < blocks; b++) {
        const jitter = hashInts([seed, ...key, b]) % room;
        out.push({ start: b * segment + jitter, count: rowsPerBlock });
    }
    return out;
}
/** The row indices of `blocks`, ascending. */
function rowsOf(blocks) {
    const out = [];
    for (const { start, count } of blocks)
        for (let r = start; r < start + count; r++)
            out.push(r);
    return out;
}
/**
 * A 32-bit hash of non-negative or negative safe integers (each split into two 32-bit words),
 * murmur3-style mixing; platform-independent (Math.imul, unsigned shifts).
 */
function hashInts(values) {
    let h = 0x811c9dc5;
    for (const v of values) {
        const lo = v >>> 0;
        const hi = Math.floor(v / 0x1_0000_0000) >>> 0;
        for (const word of [lo, hi]) {
            h = Math.imul(h ^ mix32(word), 0x01000193) >>> 0;
        }
    }
    return mix32(h);
}
function mix32(x) {
    let h = x >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    return (h ^ (h >>> 16)) >>> 0;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/sampled-embedding.ts
// EAS and END on the `sampled` profile: the anchor rows are read exactly (EAS is the full
// profile's computation), and END takes the row-norm histogram of a deterministic sample of
// embedding rows (sample-plan.ts: endBlocks runs of endRowsPerBlock rows). Both profiles estimate
// the same distribution, so END stays comparable across them; a sample of 1,024 rows moves the
// histogram cosine by about 0.01 against the full table.
//
// A transposed ([D, V]) embedding has its vocabulary rows in columns: there is no cheap way to
// read a column, so the whole tensor is read (V·D values, in blocks) and END is then exact.




async function sampledEasEnd(from, embedding, transposed, anchorIds, params, options) {
    const geometry = embeddingGeometry(embedding, anchorIds, transposed);
    if (geometry === null || embedding === null || anchorIds === null) {
        return { eas: null, anchorCount: 0, end: null };
    }
    if (transposed)
        return extractEasEnd(from, embedding, anchorIds, options.blockElements, true);
    const { rows, width } = geometry;
    anchorSlots(anchorIds, rows, embedding.name); // validates the ids with the full path's message
    const read = { concurrency: options.concurrency };
    const anchors = await readRowSet(from, embedding, anchorIds, read);
    const blocks = sampleBlocks(rows, params.endBlocks, params.endRowsPerBlock, params.seed, [
        rows,
        width,
        END_ROLE,
    ]);
    const sample = await readRowSet(from, embedding, rowsOf(blocks), read);
    return {
        eas: selfSimilarity(anchors, anchorIds.length, width),
        anchorCount: anchorIds.length,
        end: endHistogram(rowNorms(sample, width)),
    };
}
/** f32(‖row‖₂) of each row, Σx² in float64 (as the full path). */
function rowNorms(values, width) {
    const n = width === 0 ? 0 : values.length / width;
    const out = new Float32Array(n);
    for (let r = 0; r < n; r++) {
        let s = 0;
        for (let c = r * width; c < (r + 1) * width; c++) {
            const x = values[c];
            s += x * x;
        }
        out[r] = Math.fround(Math.sqrt(s));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/sampled-layers.ts
// LEP, WSP and WVC on the `sampled` profile (design §4 items 4–5): a few contiguous row blocks of
// every 2-D (or higher) layer tensor, chosen by sample-plan.ts.
//
// Per tensor of R rows of which r were read:
//   LEP: sqrt(Σ sampled x² · R/r), the unbiased estimate of Σx² square-rooted (design §4 item 4;
//        the reference's sliced path adds the squared energy instead) — summed per layer and
//        normalised exactly as the full profile does, so the two profiles estimate the same profile.
//   WSP: positive and near-zero counts × R/r, truncated (as the reference's sliced path);
//        1-D layer tensors of ≥ 1024 values (biases, norms) are small and read whole.
//   WVC: the sampled rows, flattened, stride-subsampled to at most S values (⌊n/S⌋ stride), as the
//        reference's sliced path does: positions differ from the full path's, equal between two
//        models of the same shapes.
// Requests: tensors are read `outer` at a time, each with at most `inner` requests in flight (one
// per row block), so at most outer·inner ≤ concurrency requests run at once.




async function sampledLayerSignals(from, tensors, params, wvcSubsample, concurrency) {
    const kept = tensors.filter((lt) => countsForLayers(lt.tensor));
    const inner = Math.max(1, Math.min(params.blocks, concurrency));
    const outer = Math.max(1, Math.floor(concurrency / inner));
    const read = { concurrency: inner };
    const contributions = await mapLimit(kept, outer, (lt) => sampledContribution(from, lt, params, lt.wvc ? wvcSubsample : 0, read));
    const acc = new LayerAccumulator();
    kept.forEach((lt, i) => acc.add(lt, contributions[i]));
    return acc.finish();
}
async function sampledContribution(from, { tensor: t, layer }, params, subsample, read) {
    if (t.shape.length < 2) {
        const counts = signCounts(await readTensor(from, t, read));
        return { energy: 0, ...counts, samples: null };
    }
    const { rows } = rowGeometry(t);
    const blocks = sampleBlocks(rows, params.blocks, params.rowsPerBlock, params.seed, [...t.shape, layer]);
    const rowList = rowsOf(blocks);
    if (rowList.length === 0)
        return { energy: 0, positive: 0, nearZero: 0, samples: null };
    const values = await readRowSet(from, t, rowList, read);
    const scale = rows / rowList.length;
    const counts = signCounts(values);
    return {
        energy: Math.sqrt(counts.sumSq * scale),
        positive: Math.trunc(counts.positive * scale),
        nearZero: Math.trunc(counts.nearZero * scale),
        samples: subsample > 0 ? strideSample(values, subsample) : null,
    };
}
function signCounts(values) {
    let sumSq = 0;
    let positive = 0;
    let nearZero = 0;
    for (const x of values) {
        sumSq += x * x;
        if (x > 0)
            positive++;
        if (isNearZero(x))
            nearZero++;
    }
    return { sumSq, positive, nearZero };
}
/** values[0], values[stride], …, values[(S−1)·stride] with stride ⌊n/S⌋; all values when n ≤ S. */
function strideSample(values, size) {
    if (values.length <= size)
        return values;
    const stride = Math.floor(values.length / size);
    const out = new Float32Array(size);
    for (let k = 0; k < size; k++)
        out[k] = values[k * stride];
    return out;
}

;// CONCATENATED MODULE: ./src/engine/features/weights/extract-sampled.ts
// The `sampled` extraction profile (design §4 item 5), the default for remote models: the same
// WeightSignals record as the full profile from a small, deterministic part of the weights.
//
// Read: the header (by openWeights), the norm vectors whole (NLF: identical to full), the anchor
// rows of the embedding (EAS: identical to full), END's row sample of the embedding, and a few row
// blocks of every layer tensor of rank ≥ 2 (LEP, WSP, WVC; 1-D layer tensors ≥ 1024 values whole).
// Rows are chosen by sample-plan.ts from shapes and role positions only. The record carries a
// `sampling` descriptor; weight-signals.ts says which signals two records may be compared on.
//
// Budget (design §11) on Llama-2-7B (13.5 GB BF16): about 81 MB (0.6 %) in about 1,100 range
// requests, at most `concurrency` (default 16) in flight; memory holds at most `concurrency` row
// blocks plus the END sample (endBlocks·endRowsPerBlock rows) at once. A transposed embedding is
// read whole (V·D values; documented in sampled-embedding.ts).









/** Range requests in flight at most (design §11). */
const DEFAULT_SAMPLED_CONCURRENCY = 16;
async function extractWeightSignalsSampled(set, opts) {
    const params = { ...DEFAULT_SAMPLING, ...opts.sampling };
    const wvcSubsample = opts.wvcSubsample ?? DEFAULT_WVC_SUBSAMPLE;
    const concurrency = opts.concurrency ?? DEFAULT_SAMPLED_CONCURRENCY;
    const blockElements = opts.blockElements ?? DEFAULT_BLOCK_ELEMENTS;
    for (const [name, value] of Object.entries({ ...params, wvcSubsample, concurrency, blockElements })) {
        if (name !== "seed")
            checkPositiveInteger(name, value);
    }
    checkSeed(params.seed);
    const roles = extractionRoles(set, roleHints(opts));
    const easEnd = await sampledEasEnd(set, roles.embedding, roles.transposed, opts.anchorIds, params, {
        concurrency,
        blockElements,
    });
    const vectors = await mapLimit(roles.norms, concurrency, (t) => readTensor(set, t));
    const nlf = nlfFromVectors(vectors);
    const layers = await sampledLayerSignals(set, roles.layerTensors, params, wvcSubsample, concurrency);
    return assembleSignals(opts, easEnd, nlf, layers, samplingDescriptor(params));
}
function samplingDescriptor(p) {
    return {
        profile: "sampled",
        blocks: p.blocks,
        rows_per_block: p.rowsPerBlock,
        end_blocks: p.endBlocks,
        end_rows_per_block: p.endRowsPerBlock,
        seed: p.seed,
        version: SAMPLING_VERSION,
    };
}
function checkSeed(seed) {
    if (!Number.isSafeInteger(seed) || seed < 0) {
        throw new RangeError(`sampling.seed must be a non-negative integer, got ${seed}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/formats/safetensors/header.ts
// The safetensors header: 8 bytes of little-endian u64 header length N, N bytes of UTF-8 JSON,
// then the data section. Every length, offset and count is checked before it is trusted.
//
// Layout policy: spans must lie inside the data section and must not overlap. Gaps between
// tensors and bytes after the last one are tolerated (the Rust library refuses them) because a
// gate should fingerprint what is there rather than fail on padding other writers add; the number
// of bytes no tensor claims is reported as `unclaimedBytes` so callers can flag it.



/** The Rust safetensors library's MAX_HEADER_SIZE: real headers are a few MB at most; this stops a
 * hostile length from making us allocate and parse gigabytes, and matches what loaders accept. */
const MAX_HEADER_BYTES = 100_000_000;
/** Tensors in one file. The largest published checkpoints hold ~10^5 tensors in all their shards. */
const MAX_TENSORS = 1_000_000;
/** Dimensions per tensor: weights use ≤ 5; 32 was NumPy's NPY_MAXDIMS before 2.0. */
const MAX_RANK = 32;
/** Elements per tensor: 2^40 (2 TiB of F16) exceeds any real tensor and keeps byte counts exact. */
const MAX_TENSOR_ELEMENTS = 2 ** 40;
/** The first read takes this many bytes: it holds the whole header of nearly every real shard
 * (Llama-2-7B's are ~20 KB), so a remote header costs one request instead of two. */
const HEADER_PROBE_BYTES = 64 * 1024;
/** Reads and checks the header of `source`; `file` is recorded in each TensorInfo. */
async function readSafetensorsHeader(source, file = source.name) {
    const location = source.name;
    const { headerLength, probe } = await readHeaderLength(source);
    const headerBytes = probe.byteLength >= 8 + headerLength
        ? probe.subarray(8, 8 + headerLength)
        : await source.read(8, headerLength);
    const json = parseHeaderJson(location, headerBytes);
    const dataStart = 8 + headerLength;
    const dataLength = source.size - dataStart;
    const count = Object.keys(json).length - (Object.hasOwn(json, "__metadata__") ? 1 : 0);
    if (count > MAX_TENSORS) {
        throw new MalformedInputError({ file: location, field: "header" }, `header lists ${count} tensors, more than the limit of ${MAX_TENSORS} (MAX_TENSORS)`);
    }
    let metadata = {};
    const tensors = [];
    for (const [name, value] of Object.entries(json)) {
        if (name === "__metadata__")
            metadata = parseMetadata(location, value);
        else
            tensors.push(parseTensorEntry({ file, location, dataStart, dataLength }, name, value));
    }
    tensors.sort((a, b) => a.offset - b.offset || a.byteLength - b.byteLength || compare(a.name, b.name));
    const claimed = checkNoOverlap(tensors, location, dataStart);
    return {
        file,
        location,
        headerLength,
        dataStart,
        dataLength,
        unclaimedBytes: dataLength - claimed,
        tensors,
        metadata,
    };
}
async function readHeaderLength(source) {
    const fail = (message) => new MalformedInputError({ file: source.name, field: "header" }, message);
    if (source.size < 8) {
        throw fail(`file is ${source.size} bytes, too short for the 8-byte header length`);
    }
    const probe = await source.read(0, Math.min(source.size, HEADER_PROBE_BYTES));
    const declared = new DataView(probe.buffer, probe.byteOffset, 8).getBigUint64(0, true);
    if (declared > BigInt(source.size - 8)) {
        throw fail(`header length ${declared} (declared in the first 8 bytes) exceeds the ${source.size - 8} bytes ` +
            `after them (file size ${source.size})`);
    }
    if (declared > BigInt(MAX_HEADER_BYTES)) {
        throw fail(`header length ${declared} exceeds the limit of ${MAX_HEADER_BYTES} bytes (MAX_HEADER_BYTES)`);
    }
    return { headerLength: Number(declared), probe };
}
function parseHeaderJson(file, bytes) {
    const fail = (message) => new MalformedInputError({ file, field: "header" }, message);
    let text;
    try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw fail("header is not valid UTF-8");
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw fail(`header is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!isJsonObject(json))
        throw fail(`header is ${describeJson(json)}, not a JSON object`);
    return json;
}
function parseMetadata(file, value) {
    const fail = (message) => new MalformedInputError({ file, field: "__metadata__" }, message);
    if (!isJsonObject(value))
        throw fail(`__metadata__ is ${describeJson(value)}, not an object of strings`);
    for (const [key, v] of Object.entries(value)) {
        if (typeof v !== "string") {
            throw fail(`__metadata__ values must be strings; ${describeJson(key)} is ${describeJson(v)}`);
        }
    }
    return Object.fromEntries(Object.entries(value));
}
function parseTensorEntry(layout, name, value) {
    const { file, location, dataStart, dataLength } = layout;
    const fail = (message) => new MalformedInputError({ file: location, field: name }, message);
    if (!isJsonObject(value)) {
        throw fail(`tensor entry is ${describeJson(value)}, not an object with dtype, shape and data_offsets`);
    }
    const { dtype, shape, data_offsets: offsets } = value;
    if (!isDtype(dtype))
        throw fail(`dtype ${describeJson(dtype)} is not one of ${DTYPES.join(", ")}`);
    const dims = parseShape(shape, fail);
    const elements = countElements(dims, fail);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isNonNegativeSafeInteger)) {
        throw fail(`data_offsets ${describeJson(offsets)} is not a pair of non-negative integers [begin, end]`);
    }
    const [begin, end] = offsets;
    const where = `data_offsets [${begin}, ${end}]`;
    if (begin > end)
        throw fail(`${where} has begin after end`);
    const needed = elements * DTYPE_SIZES[dtype];
    if (end - begin !== needed) {
        throw fail(`${where} span ${end - begin} bytes but shape [${dims.join(", ")}] of ${dtype} needs ${needed}`);
    }
    if (end > dataLength)
        throw fail(`${where} run past the end of the ${dataLength}-byte data section`);
    return { name, dtype, shape: dims, offset: dataStart + begin, byteLength: needed, file };
}
function parseShape(shape, fail) {
    if (!Array.isArray(shape))
        throw fail(`shape is ${describeJson(shape)}, not an array`);
    if (shape.length > MAX_RANK) {
        throw fail(`shape has ${shape.length} dimensions, more than the limit of ${MAX_RANK} (MAX_RANK)`);
    }
    if (!shape.every(isNonNegativeSafeInteger)) {
        throw fail(`shape ${describeJson(shape)} must hold only non-negative integers`);
    }
    return shape;
}
function countElements(dims, fail) {
    if (dims.includes(0))
        return 0;
    let n = 1;
    for (const d of dims) {
        n *= d;
        // Every dim is ≥ 1 here, so the running product only grows: stop before it can lose precision.
        if (n > MAX_TENSOR_ELEMENTS) {
            throw fail(`shape [${dims.join(", ")}] has more than ${MAX_TENSOR_ELEMENTS} elements (MAX_TENSOR_ELEMENTS)`);
        }
    }
    return n;
}
/** Spans are sorted by offset; returns the bytes they cover. */
function checkNoOverlap(tensors, location, dataStart) {
    let claimed = 0;
    let prev;
    for (const t of tensors) {
        if (prev && t.offset < prev.offset + prev.byteLength) {
            const span = (x) => `[${x.offset - dataStart}, ${x.offset - dataStart + x.byteLength}]`;
            throw new MalformedInputError({ file: location, field: t.name }, `data_offsets ${span(t)} overlap those of tensor ${describeJson(prev.name)} ${span(prev)}`);
        }
        claimed += t.byteLength;
        prev = t;
    }
    return claimed;
}
function isNonNegativeSafeInteger(v) {
    return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A JSON value for an error message: short, quoted, never the whole of a hostile input. */
function describeJson(v) {
    if (v === undefined)
        return "missing";
    if (isJsonObject(v))
        return "an object";
    const text = JSON.stringify(v);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./src/engine/formats/safetensors/index-file.ts
// `model.safetensors.index.json`: which shard file holds each tensor of a sharded checkpoint.
// Shard names come from the repository's author, so each one is normalised and must stay inside
// the folder of the index: no absolute paths, no backslashes, no ".." segments.


const INDEX_FILE_NAME = "model.safetensors.index.json";
/** Whole-file read cap: real indexes are < 10 MiB even with ~10^5 tensors. */
const MAX_INDEX_BYTES = 64 * 1024 * 1024;
/** Tensors an index may list: the same cap as one safetensors header. */
const MAX_INDEX_ENTRIES = MAX_TENSORS;
/** Distinct shards: each costs a header read; published checkpoints use at most a few hundred. */
const MAX_SHARDS = 10_000;
/** Parses the index at model path `file` (its folder is where shard names are resolved). */
function parseSafetensorsIndex(file, bytes) {
    const fail = (message, field) => new MalformedInputError({ file, ...(field === undefined ? {} : { field }) }, message);
    if (bytes.byteLength > MAX_INDEX_BYTES) {
        throw fail(`index is ${bytes.byteLength} bytes, more than the limit of ${MAX_INDEX_BYTES} (MAX_INDEX_BYTES)`);
    }
    const json = parseJsonObject(bytes, fail);
    const metadata = json.metadata ?? {};
    if (!isJsonObject(metadata))
        throw fail(`metadata is ${describeJson(metadata)}, not an object`, "metadata");
    const map = json.weight_map;
    if (!isJsonObject(map))
        throw fail(`weight_map is ${describeJson(map)}, not an object`, "weight_map");
    const entries = Object.entries(map);
    if (entries.length === 0)
        throw fail("weight_map is empty: the index names no tensors", "weight_map");
    if (entries.length > MAX_INDEX_ENTRIES) {
        throw fail(`weight_map has ${entries.length} entries, more than the limit of ${MAX_INDEX_ENTRIES} (MAX_INDEX_ENTRIES)`, "weight_map");
    }
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    const weightMap = new Map();
    const shards = new Set();
    for (const [tensor, shard] of entries) {
        const path = folder + normaliseShardName(shard, (message) => fail(message, tensor));
        weightMap.set(tensor, path);
        shards.add(path);
    }
    if (shards.size > MAX_SHARDS) {
        throw fail(`weight_map names ${shards.size} shards, more than the limit of ${MAX_SHARDS} (MAX_SHARDS)`);
    }
    return { file, metadata, weightMap, shards: [...shards].sort(index_file_compare) };
}
function parseJsonObject(bytes, fail) {
    let json;
    try {
        json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    }
    catch (err) {
        throw fail(`index is not valid UTF-8 JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!isJsonObject(json))
        throw fail(`index is ${describeJson(json)}, not a JSON object`);
    return json;
}
/**
 * A shard name as a clean relative path ("./a//b.safetensors" → "a/b.safetensors"), or an error
 * for anything that could name a file outside the index's folder.
 */
function normaliseShardName(shard, fail) {
    if (typeof shard !== "string")
        throw fail(`shard name is ${describeJson(shard)}, not a string`);
    const shown = describeJson(shard);
    if (shard.includes("\\"))
        throw fail(`shard name ${shown} contains a backslash; use "/" between folders`);
    if (shard.startsWith("/") || /^[A-Za-z]:/.test(shard)) {
        throw fail(`shard name ${shown} is absolute; it must be relative to the folder of the index`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(shard))
        throw fail(`shard name ${shown} contains a control character`);
    const parts = shard.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.includes("..")) {
        throw fail(`shard name ${shown} contains a ".." segment, which could leave the model folder`);
    }
    if (parts.length === 0)
        throw fail(`shard name ${shown} names no file`);
    return parts.join("/");
}
/**
 * The index and the shard headers must describe the same tensors: every tensor the index maps is
 * in the shard it names, and every tensor of a shard is mapped to that shard.
 */
function checkIndexAgreesWithShards(index, shards) {
    const namesByShard = new Map(shards.map((s) => [s.file, new Set(s.tensors.map((t) => t.name))]));
    for (const [tensor, shard] of index.weightMap) {
        if (!namesByShard.get(shard)?.has(tensor)) {
            throw new MalformedInputError({ file: index.file, field: tensor }, `index maps this tensor to shard "${shard}", which has no tensor of that name`);
        }
    }
    for (const s of shards) {
        for (const t of s.tensors) {
            const mapped = index.weightMap.get(t.name);
            if (mapped === s.file)
                continue;
            throw new MalformedInputError({ file: s.location, field: t.name }, mapped === undefined
                ? `tensor is in this shard but ${index.file} does not list it`
                : `tensor is in this shard but ${index.file} maps it to "${mapped}"`);
        }
    }
}
function index_file_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/formats/safetensors/weights.ts
// Finds a model's safetensors weights and reads every shard's header.
//
// Where weights are looked for, in order:
//   1. model.safetensors.index.json: exactly the shards it names; index and shard headers must
//      agree tensor by tensor (a tensor missing on either side is an error, never skipped).
//   2. model.safetensors.
//   3. every other *.safetensors file at the top level (e.g. unindexed shards, consolidated.*),
//      sorted by name, read as one set whose tensor names must be unique.
// Files in sub-folders are not weights of this model: they are other components (text_encoder/,
// vae/) or other exports (onnx/, original/), and mixing them in would blur the fingerprint.





const SINGLE_FILE_NAME = "model.safetensors";
/** The model has no safetensors weights where we look. Permanent, like other malformed input. */
class NoWeightsError extends MalformedInputError {
    constructor(file, message) {
        super({ file }, message);
        this.name = "NoWeightsError";
    }
}
async function openWeights(model, options = {}) {
    const concurrency = options.concurrency ?? DEFAULT_RANGE_OPTIONS.concurrency;
    if (model.file(INDEX_FILE_NAME))
        return openIndexed(model, concurrency);
    if (model.file(SINGLE_FILE_NAME))
        return openFiles(model, [SINGLE_FILE_NAME], concurrency, undefined);
    const loose = model.files
        .map((f) => f.path)
        .filter((p) => !p.includes("/") && p.endsWith(".safetensors"))
        .sort(weights_compare);
    if (loose.length === 0)
        throw noWeights(model);
    if (loose.length > MAX_SHARDS) {
        throw new MalformedInputError({ file: model.ref }, `the model has ${loose.length} top-level .safetensors files, more than the limit of ${MAX_SHARDS} (MAX_SHARDS)`);
    }
    return openFiles(model, loose, concurrency, undefined);
}
async function openIndexed(model, concurrency) {
    const size = model.file(INDEX_FILE_NAME)?.size ?? 0;
    if (size > MAX_INDEX_BYTES) {
        throw new MalformedInputError({ file: INDEX_FILE_NAME }, `index is ${size} bytes, more than the limit of ${MAX_INDEX_BYTES} (MAX_INDEX_BYTES)`);
    }
    const index = parseSafetensorsIndex(INDEX_FILE_NAME, await model.readFile(INDEX_FILE_NAME, MAX_INDEX_BYTES));
    const missing = index.shards.find((s) => !model.file(s));
    if (missing !== undefined) {
        const tensor = [...index.weightMap].find(([, s]) => s === missing)?.[0] ?? "";
        throw new MalformedInputError({ file: INDEX_FILE_NAME, field: tensor }, `index maps this tensor to shard "${missing}", which is not among the model's files`);
    }
    const set = await openFiles(model, index.shards, concurrency, INDEX_FILE_NAME);
    checkIndexAgreesWithShards(index, set.shards);
    return set;
}
async function openFiles(model, paths, concurrency, indexFile) {
    const sources = new Map(paths.map((p) => [p, model.open(p)]));
    const shards = await mapLimit(paths, concurrency, (p) => readSafetensorsHeader(sources.get(p), p));
    const byName = new Map();
    for (const shard of shards) {
        for (const t of shard.tensors) {
            const other = byName.get(t.name);
            if (other) {
                throw new MalformedInputError({ file: shard.location, field: t.name }, `tensor also appears in "${other.file}"; a tensor must live in exactly one file`);
            }
            byName.set(t.name, t);
        }
    }
    return {
        format: paths.length === 1 && indexFile === undefined ? "safetensors" : "safetensors-sharded",
        indexFile,
        shards,
        tensors: shards.flatMap((s) => s.tensors),
        get: (name) => byName.get(name),
        source: (file) => {
            const s = sources.get(file);
            if (!s)
                throw new RangeError(`"${file}" is not a shard of this weight set (${paths.join(", ")})`);
            return s;
        },
    };
}
const OTHER_WEIGHT_FILE = /\.(bin|pt|pth|ckpt|gguf|h5|msgpack|onnx)$/;
function noWeights(model) {
    const others = model.files.map((f) => f.path).filter((p) => OTHER_WEIGHT_FILE.test(p));
    const found = others.length === 0
        ? "none of these exist"
        : `none of these exist; found ${others.slice(0, 5).join(", ")}${others.length > 5 ? ", ..." : ""}, ` +
            "which are not safetensors";
    return new NoWeightsError(model.ref, `no safetensors weights: looked for ${INDEX_FILE_NAME}, ${SINGLE_FILE_NAME} and *.safetensors ` +
        `at the top level; ${found}`);
}
function weights_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/weight-evidence.ts
// Weight evidence of one model: the five weight signals extracted in a profile, with the anchor ids
// chosen from its tokenizer (EAS), and their JSON form for fingerprints (reference §4.10 keys).






/** The weight signals of `model`, or null when it has no safetensors weights (the caller says why). */
async function extractWeightEvidence(model, mfi, tokenizer, tfv, profile) {
    if (!hasSafetensorsWeights(model))
        return null;
    const set = await openWeights(model);
    const hints = {
        ...(mfi.vocab_size > 0 ? { vocabSize: mfi.vocab_size } : {}),
        ...(mfi.hidden_size > 0 ? { hiddenSize: mfi.hidden_size } : {}),
        ...(mfi.num_attention_heads > 0 ? { numHeads: mfi.num_attention_heads } : {}),
    };
    const embeddingRows = embeddingRowCount(set, hints);
    const anchorIds = embeddingRows === null
        ? null
        : getAnchorIds({
            encode: tokenizer ? (s) => tokenizer.encode(s) : null,
            vocab: tokenizer ? tokenizer.vocab.keys() : null,
            ...(tfv ? { distribution: tfv.script_distribution } : {}),
            V: embeddingRows,
        });
    const options = {
        anchorIds,
        hiddenSize: mfi.hidden_size,
        numLayers: mfi.num_hidden_layers,
        ...(hints.vocabSize === undefined ? {} : { vocabSize: hints.vocabSize }),
        ...(hints.numHeads === undefined ? {} : { numHeads: hints.numHeads }),
    };
    const signals = profile === "sampled"
        ? await extractWeightSignalsSampled(set, options)
        : await extractWeightSignalsFull(set, options);
    return { profile: signals.sampling.profile, signals, embeddingRows };
}
/** Rows of the embedding (its vocabulary side), found by the same roles the extractors use. */
function embeddingRowCount(set, hints) {
    const roles = assignRoles(set.tensors, hints);
    if (!roles.embedding)
        return null;
    const shape = set.get(roles.embedding.name)?.shape;
    if (!shape || shape.length !== 2)
        return null;
    return roles.embedding.transposed ? shape[1] : shape[0];
}
function weightSignalsToJson(e) {
    const s = e.signals;
    const list = (v) => (v === null ? null : Array.from(v));
    let eas = null;
    if (s.eas_self_sim) {
        const { k, data } = s.eas_self_sim;
        eas = Array.from({ length: k }, (_, i) => Array.from(data.subarray(i * k, (i + 1) * k)));
    }
    return {
        profile: e.profile,
        sampling: s.sampling,
        hidden_size: s.hidden_size,
        num_layers: s.num_layers,
        eas_self_sim: eas,
        eas_anchor_count: s.eas_anchor_count,
        nlf_vector: list(s.nlf_vector),
        nlf_mode: s.nlf_mode,
        nlf_num_layers: s.nlf_num_layers,
        lep_profile: list(s.lep_profile),
        end_histogram: list(s.end_histogram),
        wsp_signature: list(s.wsp_signature),
        wvc_layer_sigs: s.wvc_layer_sigs
            ? Object.fromEntries([...s.wvc_layer_sigs].map(([l, v]) => [String(l), Array.from(v)]))
            : null,
    };
}

;// CONCATENATED MODULE: ./src/engine/fingerprint.ts
// A model's fingerprint: metadata (MFI) from config.json, tokenizer features (TFV) from its
// tokenizer files, and weight signals from its safetensors weights in a profile.







/** Bumped whenever any feature's extraction changes, so cached fingerprints are recomputed. */
const EXTRACTOR_VERSION = "pg-features-2";
/** Local folders default to `full` (every byte is cheap to read), Hub models to `sampled`. */
function defaultProfile(model) {
    return model.kind === "local" ? "full" : "sampled";
}
async function fingerprintModel(model, profile = defaultProfile(model)) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const configFile = model.file("config.json");
    if (!configFile) {
        throw new MalformedInputError({ file: `${model.ref}/config.json` }, "the model has no config.json, so its architecture cannot be fingerprinted; point at the model folder or repo that holds it");
    }
    const tokenizer = await loadTokenizer(model);
    const warnings = [];
    if (!tokenizer)
        warnings.push("no tokenizer files: TFV and VOA are unavailable and the MFI token ids are null");
    const config = readConfigJson(await model.readFile("config.json", MAX_CONFIG_JSON_BYTES), `${model.ref}/config.json`);
    const mfi = extractMfiDetailed(config, {
        bosTokenId: tokenizer?.special.bos ?? null,
        eosTokenId: tokenizer?.special.eos ?? null,
        tokenizerHash: tokenizer?.canonicalHash ?? "",
    });
    for (const w of mfi.warnings)
        warnings.push(`config.json ${w.field}: ${w.message}`);
    const tfv = tokenizer ? extractTfv(tokenizer) : null;
    const weights = await extractWeightEvidence(model, mfi.fingerprint, tokenizer, tfv, profile);
    if (!weights)
        warnings.push(noWeightsReason(model));
    const fingerprint = {
        ref: model.ref,
        revision: model.revision ?? null,
        mfi: mfi.fingerprint,
        tfv,
        tokenizer: tokenizer
            ? {
                format: tokenizer.format,
                files: tokenizer.files,
                model_type: tokenizer.modelType,
                canonical_hash: tokenizer.canonicalHash,
            }
            : null,
        weights: weights ? weightSignalsToJson(weights) : null,
        profile: weights?.profile ?? profile,
        extractor_version: EXTRACTOR_VERSION,
        warnings,
        bytes_read: model.stats.bytes,
        requests: model.stats.requests,
        seconds: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started) / 1000,
    };
    return { fingerprint, tokenizer, weights };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "fs/promises"
var promises_ = __nccwpck_require__(943);
;// CONCATENATED MODULE: ./node_modules/gearhash-jit/dist/esm/wasm.js
/**
 * GEAR hash WASM - Runtime bytecode generation
 *
 * Generates a tiny WebAssembly module with a single `nextMatch` function
 * that performs the gear hash rolling scan using native i64 arithmetic.
 *
 * Memory layout (all little-endian):
 *   0-2047:     Gear lookup table (256 × 8 bytes)
 *   2048-2055:  Hash state (u64, persists across calls)
 *   2056-2063:  Mask (u64, set per-hasher before each call)
 *   4096+:      Input buffer
 */

const TABLE_OFFSET = 0;
const wasm_HASH_OFFSET = 2048;
const wasm_MASK_OFFSET = 2056;
const wasm_INPUT_OFFSET = 4096;
const PAGES = 8; // 512 KB
const wasm_MAX_INPUT_SIZE = PAGES * 65536 - wasm_INPUT_OFFSET;
let wasmMemory = null;
let wasmView = null;
let wasmFn = null;
function toSignedLeb128(n) {
    const bytes = [];
    let value = n | 0;
    for (;;) {
        const byte = value & 0x7f;
        value >>= 7;
        if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
            bytes.push(byte);
            return bytes;
        }
        bytes.push(byte | 0x80);
    }
}
function toLebU32Padded5(n) {
    return [
        (n & 0x7f) | 0x80,
        ((n >>> 7) & 0x7f) | 0x80,
        ((n >>> 14) & 0x7f) | 0x80,
        ((n >>> 21) & 0x7f) | 0x80,
        (n >>> 28) & 0x0f,
    ];
}
/**
 * Generate the WASM module bytecode.
 *
 * Exports one function:
 *   nextMatch(inputStart: i32, inputLen: i32) -> i32
 *
 * Reads hash/mask from fixed memory offsets, scans from `inputStart`
 * for `inputLen` bytes, writes updated hash back.
 * Returns 1-based match position within the scanned range, or -1.
 */
function generateWasmBytes() {
    const code = [];
    function emit(...bytes) {
        code.push(...bytes);
    }
    // ── Module header ──
    emit(0x00, 0x61, 0x73, 0x6d); // magic
    emit(0x01, 0x00, 0x00, 0x00); // version 1
    // ── Type section: (i32, i32) -> (i32) ──
    emit(0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f);
    // ── Import section: memory "js"."mem" min=PAGES ──
    emit(0x02, 0x0b, 0x01, 0x02, 0x6a, 0x73, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, PAGES);
    // ── Function section: 1 function, type 0 ──
    emit(0x03, 0x02, 0x01, 0x00);
    // ── Export section: "nextMatch" -> func 0 ──
    emit(0x07, 0x0d, 0x01, 0x09, 0x6e, 0x65, 0x78, 0x74, 0x4d, 0x61, 0x74, 0x63, 0x68, 0x00, 0x00);
    // ── Code section ──
    emit(0x0a);
    const sectionSizeOff = code.length;
    emit(0x00, 0x00, 0x00, 0x00, 0x00);
    emit(0x01); // 1 function body
    const funcSizeOff = code.length;
    emit(0x00, 0x00, 0x00, 0x00, 0x00);
    const bodyStart = code.length;
    // Locals: $0 = inputStart (param), $1 = inputLen (param)
    //         $2 = hash (i64), $3 = mask (i64)
    //         $4 = ptr (i32),  $5 = end (i32)
    emit(0x02, 0x02, 0x7e, 0x02, 0x7f);
    // Load hash from memory[HASH_OFFSET]
    emit(0x41, ...toSignedLeb128(wasm_HASH_OFFSET));
    emit(0x29, 0x03, 0x00);
    emit(0x21, 0x02);
    // Load mask from memory[MASK_OFFSET]
    emit(0x41, ...toSignedLeb128(wasm_MASK_OFFSET));
    emit(0x29, 0x03, 0x00);
    emit(0x21, 0x03);
    // ptr = inputStart
    emit(0x20, 0x00);
    emit(0x21, 0x04);
    // end = inputStart + inputLen
    emit(0x20, 0x00);
    emit(0x20, 0x01);
    emit(0x6a);
    emit(0x21, 0x05);
    // block $done
    emit(0x02, 0x40);
    // loop $loop
    emit(0x03, 0x40);
    // if ptr >= end → break
    emit(0x20, 0x04);
    emit(0x20, 0x05);
    emit(0x4e);
    emit(0x0d, 0x01);
    // hash = (hash << 1) + table[mem[ptr] * 8]
    emit(0x20, 0x02);
    emit(0x42, 0x01);
    emit(0x86);
    emit(0x20, 0x04);
    emit(0x2d, 0x00, 0x00);
    emit(0x41, 0x03);
    emit(0x74);
    emit(0x29, 0x03, 0x00);
    emit(0x7c);
    emit(0x22, 0x02);
    // if (hash & mask) == 0 → match
    emit(0x20, 0x03);
    emit(0x83);
    emit(0x50);
    emit(0x04, 0x40);
    // Store updated hash
    emit(0x41, ...toSignedLeb128(wasm_HASH_OFFSET));
    emit(0x20, 0x02);
    emit(0x37, 0x03, 0x00);
    // Return: ptr - inputStart + 1
    emit(0x20, 0x04);
    emit(0x20, 0x00);
    emit(0x6b);
    emit(0x41, 0x01);
    emit(0x6a);
    emit(0x0f);
    emit(0x0b); // end if
    // ptr++
    emit(0x20, 0x04);
    emit(0x41, 0x01);
    emit(0x6a);
    emit(0x21, 0x04);
    emit(0x0c, 0x00); // br $loop
    emit(0x0b); // end loop
    emit(0x0b); // end block
    // no match: store hash, return -1
    emit(0x41, ...toSignedLeb128(wasm_HASH_OFFSET));
    emit(0x20, 0x02);
    emit(0x37, 0x03, 0x00);
    emit(0x41, 0x7f);
    emit(0x0b); // end function
    // Backpatch sizes
    const bodySize = code.length - bodyStart;
    const bsPatch = toLebU32Padded5(bodySize);
    for (let i = 0; i < 5; i++)
        code[funcSizeOff + i] = bsPatch[i];
    const secSize = code.length - sectionSizeOff - 5;
    const ssPatch = toLebU32Padded5(secSize);
    for (let i = 0; i < 5; i++)
        code[sectionSizeOff + i] = ssPatch[i];
    return new Uint8Array(code);
}
function wasm_initWasm() {
    if (wasmFn)
        return;
    const bytes = generateWasmBytes();
    wasmMemory = new WebAssembly.Memory({ initial: PAGES });
    const module = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(module, { js: { mem: wasmMemory } });
    wasmFn = instance.exports.nextMatch;
    wasmView = new Uint8Array(wasmMemory.buffer);
    const dv = new DataView(wasmMemory.buffer);
    for (let i = 0; i < 256; i++) {
        dv.setBigUint64(TABLE_OFFSET + i * 8, GEAR_TABLE[i], true);
    }
}
function wasm_wasmNextMatch(inputStart, inputLen) {
    return wasmFn(inputStart, inputLen);
}
function wasm_getView() {
    return wasmView;
}

;// CONCATENATED MODULE: ./node_modules/gearhash-jit/dist/esm/index.js
/**
 * gearhash-jit — Fast GEAR rolling hash for content-defined chunking.
 *
 * Uses a tiny hand-written WASM module with native i64 arithmetic.
 * The hash state is kept as raw bytes in JS (avoiding BigInt in the hot path)
 * and written to WASM memory only for the `nextMatch` call.
 */


class esm_Hasher {
    maskBytes;
    /**
     * The current 64-bit rolling hash state as 8 little-endian bytes.
     * Updated after every `nextMatch` call. Zeroed by `resetHash()`.
     */
    hash;
    constructor(mask) {
        initWasm();
        this.maskBytes = new Uint8Array(8);
        this.hash = new Uint8Array(8);
        new DataView(this.maskBytes.buffer).setBigUint64(0, mask, true);
    }
    /**
     * Scan `buf` for the next gear-hash match. The internal hash state
     * carries over between calls (for split-buffer scanning).
     *
     * @returns 1-based byte position of the match, or -1 if none found.
     */
    nextMatch(buf) {
        const len = buf.length;
        if (len === 0)
            return -1;
        if (len > MAX_INPUT_SIZE) {
            throw new RangeError(`Input too large: ${len} > ${MAX_INPUT_SIZE}`);
        }
        const view = getView();
        view.set(this.hash, HASH_OFFSET);
        view.set(this.maskBytes, MASK_OFFSET);
        view.set(buf, INPUT_OFFSET);
        const pos = wasmNextMatch(INPUT_OFFSET, len);
        this.hash.set(view.subarray(HASH_OFFSET, HASH_OFFSET + 8));
        return pos;
    }
    /** Reset rolling hash to zero (call when starting a new chunk). */
    resetHash() {
        this.hash.fill(0);
    }
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/compress.js
/**
 * BLAKE3 Compression Function - Highly Optimized
 *
 * Optimization techniques applied (from Fleek Network case study):
 * 1. Use 16 SMI variables for state instead of TypedArray
 * 2. Use 16 SMI variables for message words
 * 3. Fully inlined G function (no function call overhead)
 * 4. Use `| 0` for integer coercion (forces V8 to use 32-bit ALU)
 * 5. Hardcoded permutation swaps using only 2 temporary variables
 * 6. Offset-based access pattern (avoid creating new views)
 *
 * The compression function takes:
 * - cv: 8-word chaining value
 * - block: 16-word message block (64 bytes)
 * - counter: 64-bit block counter
 * - blockLen: number of input bytes in this block
 * - flags: domain separation flags
 *
 * And outputs 8 or 16 words depending on whether this is a root node.
 */
/**
 * Compress a single block.
 *
 * This is the hot path - every optimization matters here.
 *
 * @param cv - Chaining value array
 * @param cvOff - Offset into cv
 * @param block - Message block words
 * @param blockOff - Offset into block
 * @param out - Output array (8 or 16 words)
 * @param outOff - Offset into out
 * @param full - If true, output all 16 words (for XOF); if false, output 8 words
 * @param counter - 64-bit block counter
 * @param blockLen - Number of bytes in this block (0-64)
 * @param flags - Domain separation flags
 */
function compress(cv, cvOff, block, blockOff, out, outOff, full, counter, blockLen, flags) {
    // Load message words into SMI variables for maximum performance
    // V8 optimizes SMI arithmetic directly with the ALU
    let m0 = block[blockOff] | 0;
    let m1 = block[blockOff + 1] | 0;
    let m2 = block[blockOff + 2] | 0;
    let m3 = block[blockOff + 3] | 0;
    let m4 = block[blockOff + 4] | 0;
    let m5 = block[blockOff + 5] | 0;
    let m6 = block[blockOff + 6] | 0;
    let m7 = block[blockOff + 7] | 0;
    let m8 = block[blockOff + 8] | 0;
    let m9 = block[blockOff + 9] | 0;
    let m10 = block[blockOff + 10] | 0;
    let m11 = block[blockOff + 11] | 0;
    let m12 = block[blockOff + 12] | 0;
    let m13 = block[blockOff + 13] | 0;
    let m14 = block[blockOff + 14] | 0;
    let m15 = block[blockOff + 15] | 0;
    // Initialize state: first 8 words from chaining value
    let s0 = cv[cvOff] | 0;
    let s1 = cv[cvOff + 1] | 0;
    let s2 = cv[cvOff + 2] | 0;
    let s3 = cv[cvOff + 3] | 0;
    let s4 = cv[cvOff + 4] | 0;
    let s5 = cv[cvOff + 5] | 0;
    let s6 = cv[cvOff + 6] | 0;
    let s7 = cv[cvOff + 7] | 0;
    // Words 8-11: IV constants
    let s8 = 0x6a09e667;
    let s9 = 0xbb67ae85;
    let s10 = 0x3c6ef372;
    let s11 = 0xa54ff53a;
    // Words 12-15: counter, blockLen, flags
    // Note: counter is 64-bit, split into low and high 32-bit words
    let s12 = counter | 0;
    let s13 = (counter / 0x100000000) | 0;
    let s14 = blockLen | 0;
    let s15 = flags | 0;
    // ============================================================
    // 7 rounds of mixing
    // Each round consists of 4 column G functions and 4 diagonal G functions
    // followed by a message word permutation (except for round 7)
    // ============================================================
    // ROUND 1 (message schedule: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15)
    // Column G functions
    // G(0, 4, 8, 12) with m0, m1
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    // G(1, 5, 9, 13) with m2, m3
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    // G(2, 6, 10, 14) with m4, m5
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    // G(3, 7, 11, 15) with m6, m7
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    // Diagonal G functions
    // G(0, 5, 10, 15) with m8, m9
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    // G(1, 6, 11, 12) with m10, m11
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    // G(2, 7, 8, 13) with m12, m13
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    // G(3, 4, 9, 14) with m14, m15
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute message words for round 2
    // Permutation: [2,6,3,10,7,0,4,13,1,11,12,5,9,14,15,8]
    // Using 2 temps for the two cycles in the permutation
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 2 (message schedule: 2,6,3,10,7,0,4,13,1,11,12,5,9,14,15,8)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute for round 3
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 3 (message schedule: 3,4,10,12,13,2,7,14,6,5,9,0,11,15,8,1)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute for round 4
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 4 (message schedule: 10,7,12,9,14,3,13,15,4,0,11,2,5,8,1,6)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute for round 5
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 5 (message schedule: 12,13,9,11,15,10,14,8,7,2,5,3,0,1,6,4)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute for round 6
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 6 (message schedule: 9,14,11,5,8,12,15,1,13,3,0,10,2,6,4,7)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // Permute for round 7
    {
        const t0 = m0, t1 = m1;
        m0 = m2;
        m2 = m3;
        m3 = m10;
        m10 = m12;
        m12 = m9;
        m9 = m11;
        m11 = m5;
        m5 = t0;
        m1 = m6;
        m6 = m4;
        m4 = m7;
        m7 = m13;
        m13 = m14;
        m14 = m15;
        m15 = m8;
        m8 = t1;
    }
    // ROUND 7 (message schedule: 11,15,5,0,1,9,8,6,14,10,2,12,3,4,7,13)
    s0 = (((s0 + s4) | 0) + m0) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 16) | (s12 << 16);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 12) | (s4 << 20);
    s0 = (((s0 + s4) | 0) + m1) | 0;
    s12 ^= s0;
    s12 = (s12 >>> 8) | (s12 << 24);
    s8 = (s8 + s12) | 0;
    s4 ^= s8;
    s4 = (s4 >>> 7) | (s4 << 25);
    s1 = (((s1 + s5) | 0) + m2) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 16) | (s13 << 16);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 12) | (s5 << 20);
    s1 = (((s1 + s5) | 0) + m3) | 0;
    s13 ^= s1;
    s13 = (s13 >>> 8) | (s13 << 24);
    s9 = (s9 + s13) | 0;
    s5 ^= s9;
    s5 = (s5 >>> 7) | (s5 << 25);
    s2 = (((s2 + s6) | 0) + m4) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 16) | (s14 << 16);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 12) | (s6 << 20);
    s2 = (((s2 + s6) | 0) + m5) | 0;
    s14 ^= s2;
    s14 = (s14 >>> 8) | (s14 << 24);
    s10 = (s10 + s14) | 0;
    s6 ^= s10;
    s6 = (s6 >>> 7) | (s6 << 25);
    s3 = (((s3 + s7) | 0) + m6) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 16) | (s15 << 16);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 12) | (s7 << 20);
    s3 = (((s3 + s7) | 0) + m7) | 0;
    s15 ^= s3;
    s15 = (s15 >>> 8) | (s15 << 24);
    s11 = (s11 + s15) | 0;
    s7 ^= s11;
    s7 = (s7 >>> 7) | (s7 << 25);
    s0 = (((s0 + s5) | 0) + m8) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 16) | (s15 << 16);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 12) | (s5 << 20);
    s0 = (((s0 + s5) | 0) + m9) | 0;
    s15 ^= s0;
    s15 = (s15 >>> 8) | (s15 << 24);
    s10 = (s10 + s15) | 0;
    s5 ^= s10;
    s5 = (s5 >>> 7) | (s5 << 25);
    s1 = (((s1 + s6) | 0) + m10) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 16) | (s12 << 16);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 12) | (s6 << 20);
    s1 = (((s1 + s6) | 0) + m11) | 0;
    s12 ^= s1;
    s12 = (s12 >>> 8) | (s12 << 24);
    s11 = (s11 + s12) | 0;
    s6 ^= s11;
    s6 = (s6 >>> 7) | (s6 << 25);
    s2 = (((s2 + s7) | 0) + m12) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 16) | (s13 << 16);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 12) | (s7 << 20);
    s2 = (((s2 + s7) | 0) + m13) | 0;
    s13 ^= s2;
    s13 = (s13 >>> 8) | (s13 << 24);
    s8 = (s8 + s13) | 0;
    s7 ^= s8;
    s7 = (s7 >>> 7) | (s7 << 25);
    s3 = (((s3 + s4) | 0) + m14) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 16) | (s14 << 16);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 12) | (s4 << 20);
    s3 = (((s3 + s4) | 0) + m15) | 0;
    s14 ^= s3;
    s14 = (s14 >>> 8) | (s14 << 24);
    s9 = (s9 + s14) | 0;
    s4 ^= s9;
    s4 = (s4 >>> 7) | (s4 << 25);
    // ============================================================
    // Final XOR and output
    // ============================================================
    // If full output needed (XOF mode), write words 8-15 first
    // (written first in case out === cv)
    if (full) {
        out[outOff + 8] = s8 ^ cv[cvOff];
        out[outOff + 9] = s9 ^ cv[cvOff + 1];
        out[outOff + 10] = s10 ^ cv[cvOff + 2];
        out[outOff + 11] = s11 ^ cv[cvOff + 3];
        out[outOff + 12] = s12 ^ cv[cvOff + 4];
        out[outOff + 13] = s13 ^ cv[cvOff + 5];
        out[outOff + 14] = s14 ^ cv[cvOff + 6];
        out[outOff + 15] = s15 ^ cv[cvOff + 7];
    }
    // Standard output: XOR state[0..7] with state[8..15]
    out[outOff] = s0 ^ s8;
    out[outOff + 1] = s1 ^ s9;
    out[outOff + 2] = s2 ^ s10;
    out[outOff + 3] = s3 ^ s11;
    out[outOff + 4] = s4 ^ s12;
    out[outOff + 5] = s5 ^ s13;
    out[outOff + 6] = s6 ^ s14;
    out[outOff + 7] = s7 ^ s15;
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/constants.js
/**
 * BLAKE3 Constants
 *
 * IV values are the same as SHA-256: first 32 bits of the fractional parts
 * of the square roots of the first 8 primes (2..19)
 */
// Initialization Vector (same as SHA-256)
const IV = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
// Domain separation flags
const CHUNK_START = 1;
const CHUNK_END = 1 << 1;
const PARENT = 1 << 2;
const ROOT = 1 << 3;
const KEYED_HASH = 1 << 4;
const DERIVE_KEY_CONTEXT = 1 << 5;
const DERIVE_KEY_MATERIAL = 1 << 6;
// Size constants
const OUT_LEN = 32;
const KEY_LEN = 32;
const BLOCK_LEN = 64;
const CHUNK_LEN = 1024;
// Maximum depth of the CV stack (supports up to 2^54 bytes input)
const MAX_DEPTH = 54;
/**
 * Precomputed message word permutations for all 7 rounds.
 *
 * The base permutation is: [2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8]
 * Each subsequent permutation is the previous one with this permutation applied.
 *
 * These are the indices into the message block for each round.
 * By precomputing these, we avoid runtime permutation overhead.
 */
const MSG_SCHEDULE = (/* unused pure expression or super */ null && ([
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8],
    [3, 4, 10, 12, 13, 2, 7, 14, 6, 5, 9, 0, 11, 15, 8, 1],
    [10, 7, 12, 9, 14, 3, 13, 15, 4, 0, 11, 2, 5, 8, 1, 6],
    [12, 13, 9, 11, 15, 10, 14, 8, 7, 2, 5, 3, 0, 1, 6, 4],
    [9, 14, 11, 5, 8, 12, 15, 1, 13, 3, 0, 10, 2, 6, 4, 7],
    [11, 15, 5, 0, 1, 9, 8, 6, 14, 10, 2, 12, 3, 4, 7, 13],
]));
/**
 * Flattened permutation table for compress function optimization.
 * This enables direct indexed access: PERMUTATIONS[round * 16 + index]
 */
const PERMUTATIONS = new Uint8Array([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9,
    14, 15, 8, 3, 4, 10, 12, 13, 2, 7, 14, 6, 5, 9, 0, 11, 15, 8, 1, 10, 7, 12, 9, 14, 3, 13, 15, 4,
    0, 11, 2, 5, 8, 1, 6, 12, 13, 9, 11, 15, 10, 14, 8, 7, 2, 5, 3, 0, 1, 6, 4, 9, 14, 11, 5, 8, 12,
    15, 1, 13, 3, 0, 10, 2, 6, 4, 7, 11, 15, 5, 0, 1, 9, 8, 6, 14, 10, 2, 12, 3, 4, 7, 13,
]);

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/utils.js
/**
 * BLAKE3 Utility Functions
 *
 * Optimized for little-endian systems (most user-facing systems).
 * BLAKE3 is little-endian friendly - on little-endian systems we can
 * create Uint32Array views directly over input buffers.
 */
/**
 * Detect system endianness at module load time.
 * On little-endian systems, the byte 0x01 will be at index 0.
 */
const IS_LITTLE_ENDIAN = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] === 0x04;
/**
 * Read 16 little-endian 32-bit words from a byte array into a Uint32Array.
 * This is only needed on big-endian systems.
 *
 * @param input - Source byte array
 * @param offset - Starting byte offset in input
 * @param words - Destination Uint32Array (must have at least 16 elements)
 */
function readLittleEndianWordsFull(input, offset, words) {
    for (let i = 0; i < 16; ++i, offset += 4) {
        words[i] =
            input[offset] |
                (input[offset + 1] << 8) |
                (input[offset + 2] << 16) |
                (input[offset + 3] << 24);
    }
}
/**
 * Read N little-endian 32-bit words from a byte array.
 * Handles partial reads (for final blocks).
 *
 * @param input - Source byte array
 * @param offset - Starting byte offset
 * @param words - Destination Uint32Array
 * @param wordCount - Number of words to read
 */
function readLittleEndianWords(input, offset, words, wordCount) {
    for (let i = 0; i < wordCount; ++i, offset += 4) {
        words[i] =
            input[offset] |
                (input[offset + 1] << 8) |
                (input[offset + 2] << 16) |
                (input[offset + 3] << 24);
    }
}
/**
 * Read a partial block with zero padding.
 * Used for the final block when input length is not a multiple of 64.
 *
 * @param input - Source byte array
 * @param offset - Starting byte offset
 * @param length - Number of bytes to read (< 64)
 * @param words - Destination Uint32Array (must have 16 elements)
 */
function readLittleEndianWordsPartial(input, offset, length, words) {
    // Zero out all words first
    words.fill(0);
    // Read full words
    const fullWords = length >>> 2;
    let i = 0;
    for (; i < fullWords; ++i, offset += 4) {
        words[i] =
            input[offset] |
                (input[offset + 1] << 8) |
                (input[offset + 2] << 16) |
                (input[offset + 3] << 24);
    }
    // Handle remaining bytes (0-3)
    const remaining = length & 3;
    if (remaining > 0) {
        let word = input[offset];
        if (remaining > 1)
            word |= input[offset + 1] << 8;
        if (remaining > 2)
            word |= input[offset + 2] << 16;
        words[i] = word;
    }
}
/**
 * Write 8 little-endian 32-bit words to a byte array.
 *
 * @param words - Source Uint32Array
 * @param wordOffset - Starting word offset in source
 * @param output - Destination byte array
 * @param byteOffset - Starting byte offset in destination
 */
function writeLittleEndianWords(words, wordOffset, output, byteOffset) {
    for (let i = 0; i < 8; ++i, byteOffset += 4) {
        const w = words[wordOffset + i];
        output[byteOffset] = w & 0xff;
        output[byteOffset + 1] = (w >>> 8) & 0xff;
        output[byteOffset + 2] = (w >>> 16) & 0xff;
        output[byteOffset + 3] = (w >>> 24) & 0xff;
    }
}
/**
 * Write N bytes from 32-bit words to output.
 * Used for variable-length output (XOF mode).
 *
 * @param words - Source Uint32Array
 * @param wordOffset - Starting word offset
 * @param output - Destination byte array
 * @param byteOffset - Starting byte offset in destination
 * @param byteCount - Number of bytes to write
 */
function writeLittleEndianBytesPartial(words, wordOffset, output, byteOffset, byteCount) {
    const fullWords = byteCount >>> 2;
    let i = 0;
    // Write full words
    for (; i < fullWords; ++i, byteOffset += 4) {
        const w = words[wordOffset + i];
        output[byteOffset] = w & 0xff;
        output[byteOffset + 1] = (w >>> 8) & 0xff;
        output[byteOffset + 2] = (w >>> 16) & 0xff;
        output[byteOffset + 3] = (w >>> 24) & 0xff;
    }
    // Write remaining bytes
    const remaining = byteCount & 3;
    if (remaining > 0) {
        const w = words[wordOffset + i];
        output[byteOffset] = w & 0xff;
        if (remaining > 1)
            output[byteOffset + 1] = (w >>> 8) & 0xff;
        if (remaining > 2)
            output[byteOffset + 2] = (w >>> 16) & 0xff;
    }
}
/**
 * Encode a UTF-8 string to Uint8Array.
 * Used for derive_key context strings.
 */
function encodeUTF8(str) {
    if (typeof TextEncoder !== "undefined") {
        return new TextEncoder().encode(str);
    }
    // Fallback for older environments
    const bytes = [];
    for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 0x80) {
            bytes.push(c);
        }
        else if (c < 0x800) {
            bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
        }
        else if (c < 0xd800 || c >= 0xe000) {
            bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        }
        else {
            // Surrogate pair
            i++;
            c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
            bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        }
    }
    return new Uint8Array(bytes);
}
/**
 * De Bruijn lookup table for O(1) trailing zero count.
 * The expression (n & -n) isolates the lowest set bit.
 * Multiplying by the De Bruijn constant maps each power of 2 to a unique 5-bit index.
 */
const CTZ32_TABLE = new Uint8Array([
    0, 1, 28, 2, 29, 14, 24, 3, 30, 22, 20, 15, 25, 17, 4, 8, 31, 27, 13, 23, 21, 19, 16, 7, 26, 12,
    18, 6, 11, 5, 10, 9,
]);
/**
 * Count trailing zero bits in a 32-bit number using De Bruijn multiplication.
 * This is O(1) and branchless for non-zero inputs.
 *
 * For Merkle tree merge: ctz32(chunkCounter) tells us how many merges to do.
 */
function ctz32(n) {
    if (n === 0)
        return 32;
    // Use unsigned right shift to handle negative numbers correctly
    return CTZ32_TABLE[(((n & -n) * 0x077cb531) >>> 27) & 31];
}
/**
 * Count trailing zero bits in a 64-bit number.
 * Used to determine how many parent nodes to compute after adding a chunk.
 *
 * Note: JavaScript bitwise ops work on 32-bit signed integers,
 * so we need to handle 64-bit numbers carefully.
 */
function countTrailingZeros(n) {
    if (n === 0)
        return 64;
    // For numbers that fit in 32 bits
    const low = n | 0;
    if (low !== 0) {
        // Use Math.clz32 trick: ctz(x) = 31 - clz32(x & -x) for non-zero x
        return 31 - Math.clz32(low & -low);
    }
    // High 32 bits
    const high = (n / 0x100000000) | 0;
    if (high !== 0) {
        return 32 + (31 - Math.clz32(high & -high));
    }
    return 64;
}
/**
 * Create a Uint32Array view of a Uint8Array.
 * Only works correctly on little-endian systems when the offset is 4-byte aligned.
 *
 * @param arr - Source byte array
 * @param byteOffset - Starting byte offset (must be 4-byte aligned)
 * @param wordLength - Number of 32-bit words
 */
function uint32View(arr, byteOffset, wordLength) {
    return new Uint32Array(arr.buffer, arr.byteOffset + byteOffset, wordLength);
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/hasher.js
/**
 * BLAKE3 Hasher - Incremental hashing with support for all modes
 *
 * Supports:
 * - Regular hashing
 * - Keyed hashing (MAC)
 * - Key derivation (derive_key)
 * - XOF (eXtendable Output Function) mode
 */



/**
 * Output state for XOF (eXtendable Output Function) mode.
 * Allows reading arbitrary amounts of output.
 */
class XofReader {
    inputCv;
    blockWords;
    counter;
    blockLen;
    flags;
    outputBlock;
    outputBlockOffset;
    constructor(inputCv, blockWords, counter, blockLen, flags) {
        this.inputCv = inputCv;
        this.blockWords = blockWords;
        this.counter = counter;
        this.blockLen = blockLen;
        this.flags = flags | ROOT;
        this.outputBlock = new Uint32Array(16);
        this.outputBlockOffset = 64; // Forces generation on first read
    }
    /**
     * Read the next `length` bytes of output.
     */
    read(length) {
        const output = new Uint8Array(length);
        let outputOffset = 0;
        while (outputOffset < length) {
            // Generate new output block if needed
            if (this.outputBlockOffset >= 64) {
                compress(this.inputCv, 0, this.blockWords, 0, this.outputBlock, 0, true, // full 64-byte output
                this.counter++, this.blockLen, this.flags);
                this.outputBlockOffset = 0;
            }
            // Copy bytes from output block
            const available = 64 - this.outputBlockOffset;
            const toCopy = Math.min(available, length - outputOffset);
            // Optimized copy using writeLittleEndianBytesPartial
            const wordOffset = this.outputBlockOffset >>> 2;
            const byteWithinWord = this.outputBlockOffset & 3;
            if (byteWithinWord === 0 && toCopy >= 4) {
                // Aligned copy - can use word-at-a-time
                const fullWords = toCopy >>> 2;
                writeLittleEndianBytesPartial(this.outputBlock, wordOffset, output, outputOffset, fullWords << 2);
                const bytesCopied = fullWords << 2;
                outputOffset += bytesCopied;
                this.outputBlockOffset += bytesCopied;
            }
            else {
                // Byte-by-byte for unaligned access
                for (let i = 0; i < toCopy; i++) {
                    const wordIdx = (this.outputBlockOffset + i) >>> 2;
                    const byteIdx = (this.outputBlockOffset + i) & 3;
                    output[outputOffset + i] = (this.outputBlock[wordIdx] >>> (byteIdx << 3)) & 0xff;
                }
                outputOffset += toCopy;
                this.outputBlockOffset += toCopy;
            }
        }
        return output;
    }
}
/**
 * Chunk state for processing input data.
 * Each chunk is 1024 bytes and produces an 8-word chaining value.
 */
class ChunkState {
    chainingValue;
    chunkCounter;
    blockWords;
    blockLen;
    blocksCompressed;
    flags;
    constructor(keyWords, chunkCounter, flags) {
        this.chainingValue = new Uint32Array(keyWords);
        this.chunkCounter = chunkCounter;
        this.blockWords = new Uint32Array(16);
        this.blockLen = 0;
        this.blocksCompressed = 0;
        this.flags = flags;
    }
    resetTo(keyWords, chunkCounter, flags) {
        this.chainingValue.set(keyWords);
        this.chunkCounter = chunkCounter;
        this.blockLen = 0;
        this.blocksCompressed = 0;
        this.flags = flags;
    }
    /**
     * Get the flags for the current block.
     */
    startFlag() {
        return this.blocksCompressed === 0 ? CHUNK_START : 0;
    }
    /**
     * Update the chunk state with input data.
     * Returns the number of bytes consumed.
     */
    update(input, inputOffset, inputLen) {
        let consumed = 0;
        while (inputLen > 0) {
            // If we have a full block, compress it
            if (this.blockLen === BLOCK_LEN) {
                compress(this.chainingValue, 0, this.blockWords, 0, this.chainingValue, 0, false, this.chunkCounter, BLOCK_LEN, this.flags | this.startFlag());
                this.blocksCompressed++;
                this.blockLen = 0;
            }
            // Fill the block buffer
            const want = BLOCK_LEN - this.blockLen;
            const take = Math.min(want, inputLen);
            if (this.blockLen === 0 && take === BLOCK_LEN) {
                readLittleEndianWordsFull(input, inputOffset, this.blockWords);
            }
            else {
                // Partial block - byte-by-byte into correct position
                for (let i = 0; i < take; i++) {
                    const pos = this.blockLen + i;
                    const wordIdx = pos >>> 2;
                    const byteIdx = pos & 3;
                    if (byteIdx === 0) {
                        this.blockWords[wordIdx] = input[inputOffset + i];
                    }
                    else {
                        this.blockWords[wordIdx] |= input[inputOffset + i] << (byteIdx << 3);
                    }
                }
            }
            this.blockLen += take;
            inputOffset += take;
            inputLen -= take;
            consumed += take;
        }
        return consumed;
    }
    /**
     * Finalize this chunk and return its output.
     * Returns 8 words (chaining value) or 16 words (if root).
     */
    output() {
        // Zero-pad unused words in blockWords to avoid stale data from previous blocks
        // This is necessary when a partial block follows a full block within the same chunk
        const usedWords = (this.blockLen + 3) >>> 2; // ceil(blockLen / 4)
        for (let i = usedWords; i < 16; i++) {
            this.blockWords[i] = 0;
        }
        return {
            inputCv: this.chainingValue,
            blockWords: this.blockWords,
            blockLen: this.blockLen,
            counter: this.chunkCounter,
            flags: this.flags | this.startFlag() | CHUNK_END,
        };
    }
    /**
     * Get the number of bytes in this chunk.
     */
    len() {
        return this.blocksCompressed * BLOCK_LEN + this.blockLen;
    }
}
/**
 * Main BLAKE3 Hasher class.
 *
 * Usage:
 *   const hasher = new Hasher();
 *   hasher.update(data);
 *   const hash = hasher.finalize();
 *
 * Or with chaining:
 *   const hash = new Hasher().update(data).finalize();
 */
class hasher_Hasher {
    chunkState;
    keyWords;
    cvStack;
    cvStackLen;
    flags;
    parentBlock;
    parentCv;
    chunkCv;
    outWords;
    finalizeCv;
    /**
     * Create a new Hasher.
     *
     * @param keyWords - Initial key words (IV for regular hashing)
     * @param flags - Domain separation flags
     */
    constructor(keyWords, flags) {
        this.keyWords = keyWords ? new Uint32Array(keyWords) : new Uint32Array(IV);
        this.flags = flags ?? 0;
        this.chunkState = new ChunkState(this.keyWords, 0, this.flags);
        this.cvStack = new Uint32Array(MAX_DEPTH * 8);
        this.cvStackLen = 0;
        this.parentBlock = new Uint32Array(16);
        this.parentCv = new Uint32Array(8);
        this.chunkCv = new Uint32Array(8);
        this.outWords = new Uint32Array(16);
        this.finalizeCv = new Uint32Array(8);
    }
    /**
     * Reset the hasher to process a new message with the same key/flags.
     * Reuses all internal buffers — zero allocations.
     */
    reset() {
        this.chunkState.resetTo(this.keyWords, 0, this.flags);
        this.cvStackLen = 0;
        return this;
    }
    /**
     * Create a new keyed hasher (MAC).
     *
     * @param key - 32-byte key
     */
    static newKeyed(key) {
        if (key.length !== KEY_LEN) {
            throw new Error(`Key must be ${KEY_LEN} bytes, got ${key.length}`);
        }
        const keyWords = new Uint32Array(8);
        if (IS_LITTLE_ENDIAN) {
            const view = new Uint32Array(key.buffer, key.byteOffset, 8);
            keyWords.set(view);
        }
        else {
            for (let i = 0; i < 8; i++) {
                const off = i * 4;
                keyWords[i] = key[off] | (key[off + 1] << 8) | (key[off + 2] << 16) | (key[off + 3] << 24);
            }
        }
        return new hasher_Hasher(keyWords, KEYED_HASH);
    }
    /**
     * Create a new key derivation hasher.
     *
     * @param context - Context string for domain separation
     */
    static newDeriveKey(context) {
        // First, hash the context string with DERIVE_KEY_CONTEXT flag
        const contextBytes = encodeUTF8(context);
        const contextHasher = new hasher_Hasher(new Uint32Array(IV), DERIVE_KEY_CONTEXT);
        contextHasher.update(contextBytes);
        // Get the context key
        const contextKey = new Uint32Array(8);
        const output = contextHasher.finalizeOutput();
        compress(output.inputCv, 0, output.blockWords, 0, contextKey, 0, false, output.counter, output.blockLen, output.flags | ROOT);
        // Return a hasher initialized with the context key
        return new hasher_Hasher(contextKey, DERIVE_KEY_MATERIAL);
    }
    /**
     * Push a chaining value onto the stack.
     */
    pushCv(cv, cvOffset) {
        this.cvStack.set(cv.subarray(cvOffset, cvOffset + 8), this.cvStackLen * 8);
        this.cvStackLen++;
    }
    /**
     * Pop a chaining value from the stack.
     */
    popCv(out, outOffset) {
        this.cvStackLen--;
        out.set(this.cvStack.subarray(this.cvStackLen * 8, (this.cvStackLen + 1) * 8), outOffset);
    }
    /**
     * Add a chunk's chaining value and merge completed subtrees.
     */
    addChunkCv(newCv, newCvOffset, totalChunks) {
        const parentBlock = this.parentBlock;
        const parentCv = this.parentCv;
        while ((totalChunks & 1) === 0) {
            // Pop left child, new CV is right child
            this.popCv(parentBlock, 0);
            parentBlock.set(newCv.subarray(newCvOffset, newCvOffset + 8), 8);
            compress(this.keyWords, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, this.flags | PARENT);
            newCv = parentCv;
            newCvOffset = 0;
            totalChunks >>>= 1;
        }
        this.pushCv(newCv, newCvOffset);
    }
    /**
     * Update the hasher with input data.
     *
     * @param input - Data to hash
     * @returns this (for chaining)
     */
    update(input) {
        let inputOffset = 0;
        let inputLen = input.length;
        // Fill the current chunk
        while (inputLen > 0) {
            // If current chunk is full, finalize it and start a new one
            if (this.chunkState.len() === CHUNK_LEN) {
                const output = this.chunkState.output();
                const chunkCv = this.chunkCv;
                compress(output.inputCv, 0, output.blockWords, 0, chunkCv, 0, false, output.counter, output.blockLen, output.flags);
                const totalChunks = this.chunkState.chunkCounter + 1;
                this.addChunkCv(chunkCv, 0, totalChunks);
                this.chunkState.resetTo(this.keyWords, totalChunks, this.flags);
            }
            // Fill the current chunk
            const want = CHUNK_LEN - this.chunkState.len();
            const take = Math.min(want, inputLen);
            this.chunkState.update(input, inputOffset, take);
            inputOffset += take;
            inputLen -= take;
        }
        return this;
    }
    /**
     * Get the output parameters (for XOF mode or finalization).
     */
    finalizeOutput() {
        let output = this.chunkState.output();
        let parentBlock = this.parentBlock;
        let cv = this.finalizeCv;
        // If there are chunks on the stack, merge them
        if (this.cvStackLen > 0) {
            // First compress the current chunk
            compress(output.inputCv, 0, output.blockWords, 0, cv, 0, false, output.counter, output.blockLen, output.flags);
            // Merge with parent nodes from stack
            while (this.cvStackLen > 0) {
                this.cvStackLen--;
                parentBlock.set(this.cvStack.subarray(this.cvStackLen * 8, (this.cvStackLen + 1) * 8), 0);
                parentBlock.set(cv, 8);
                if (this.cvStackLen > 0) {
                    compress(this.keyWords, 0, parentBlock, 0, cv, 0, false, 0, BLOCK_LEN, this.flags | PARENT);
                }
                else {
                    // This is the root - return output params
                    return {
                        inputCv: this.keyWords,
                        blockWords: parentBlock,
                        blockLen: BLOCK_LEN,
                        counter: 0,
                        flags: this.flags | PARENT,
                    };
                }
            }
        }
        // Single chunk case
        return output;
    }
    /**
     * Finalize the hash and return the result.
     *
     * @param outputLength - Number of bytes to output (default: 32)
     * @returns The hash output
     */
    finalize(outputLength = OUT_LEN) {
        const output = this.finalizeOutput();
        const result = new Uint8Array(outputLength);
        if (outputLength <= 64) {
            const outWords = this.outWords;
            compress(output.inputCv, 0, output.blockWords, 0, outWords, 0, outputLength > 32, // full output if > 32 bytes
            output.counter, output.blockLen, output.flags | ROOT);
            if (IS_LITTLE_ENDIAN) {
                const outBytes = new Uint8Array(outWords.buffer);
                result.set(outBytes.subarray(0, outputLength));
            }
            else {
                writeLittleEndianBytesPartial(outWords, 0, result, 0, outputLength);
            }
        }
        else {
            // Multiple blocks - use XOF
            const xof = this.finalizeXof();
            const full = xof.read(outputLength);
            result.set(full);
        }
        return result;
    }
    /**
     * Finalize and return an XOF reader for arbitrary-length output.
     */
    finalizeXof() {
        const output = this.finalizeOutput();
        return new XofReader(new Uint32Array(output.inputCv), new Uint32Array(output.blockWords), output.counter, output.blockLen, output.flags);
    }
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/wasm-simd.js
/**
 * BLAKE3 WASM SIMD - Runtime bytecode generation
 *
 * Generates WebAssembly SIMD bytecode at runtime to process 4 compress
 * operations in parallel using 128-bit SIMD vectors (i32x4).
 *
 * Key insight: One i32x4.add instruction performs 4 parallel additions,
 * giving us 4x throughput for the same number of instructions.
 *
 * Memory layout (all values are transposed for SIMD access):
 *   0-511:    4 x 16 message words (m0_0,m0_1,m0_2,m0_3, m1_0,m1_1,m1_2,m1_3, ...)
 *   512-639:  4 x 8 chaining values
 *   640-767:  4 x 8 output values
 *   768-783:  4 x counter low
 *   784-799:  4 x counter high
 *   800-815:  4 x block length
 *   816-831:  4 x flags
 */
// LEB128 encoding with minimum 2 bytes
// This fixes a V8 quirk where single-byte values 64-127 cause issues
// when followed by certain SIMD instructions
function toLebU32Min2(n) {
    // Always use at least 2 bytes
    return [(n & 0x7f) | 0x80, (n >>> 7) & 0x7f];
}
// LEB128 encoding padded to exactly 5 bytes (for backpatching)
// Uses continuation bits for all but the last byte
function wasm_simd_toLebU32Padded5(n) {
    return [
        (n & 0x7f) | 0x80,
        ((n >>> 7) & 0x7f) | 0x80,
        ((n >>> 14) & 0x7f) | 0x80,
        ((n >>> 21) & 0x7f) | 0x80,
        (n >>> 28) & 0x0f, // Last byte has no continuation bit
    ];
}
// Signed LEB128 encoding for i32 constants (handles full 32-bit range)
// WASM i32.const uses signed LEB128 immediate
function toSignedLeb128_i32(n) {
    const bytes = [];
    // Treat as signed 32-bit integer
    let value = n | 0;
    let more = true;
    while (more) {
        let byte = value & 0x7f;
        // Arithmetic right shift preserves sign
        value >>= 7;
        // Check if we're done:
        // - If value is 0 and sign bit of byte is clear, we're done
        // - If value is -1 and sign bit of byte is set, we're done
        if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
            more = false;
        }
        else {
            byte |= 0x80;
        }
        bytes.push(byte);
    }
    return bytes;
}
// Precomputed message access order for all 7 rounds
const MSG_ACCESS_ORDER = [
    // Round 1: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    // Round 2: 2,6,3,10,7,0,4,13,1,11,12,5,9,14,15,8
    2, 6, 3, 10, 7, 0, 4, 13, 1, 11, 12, 5, 9, 14, 15, 8,
    // Round 3: 3,4,10,12,13,2,7,14,6,5,9,0,11,15,8,1
    3, 4, 10, 12, 13, 2, 7, 14, 6, 5, 9, 0, 11, 15, 8, 1,
    // Round 4: 10,7,12,9,14,3,13,15,4,0,11,2,5,8,1,6
    10, 7, 12, 9, 14, 3, 13, 15, 4, 0, 11, 2, 5, 8, 1, 6,
    // Round 5: 12,13,9,11,15,10,14,8,7,2,5,3,0,1,6,4
    12, 13, 9, 11, 15, 10, 14, 8, 7, 2, 5, 3, 0, 1, 6, 4,
    // Round 6: 9,14,11,5,8,12,15,1,13,3,0,10,2,6,4,7
    9, 14, 11, 5, 8, 12, 15, 1, 13, 3, 0, 10, 2, 6, 4, 7,
    // Round 7: 11,15,5,0,1,9,8,6,14,10,2,12,3,4,7,13
    11, 15, 5, 0, 1, 9, 8, 6, 14, 10, 2, 12, 3, 4, 7, 13,
];
// BLAKE3 Constants (used in generated WASM code)
// CHUNK_START = 1, CHUNK_END = 2 are embedded directly in WASM bytecode
/**
 * Generate the WASM module bytecode with compress4x, compressChunks4x, and compressParent functions.
 */
function wasm_simd_generateWasmBytes() {
    const code = [];
    // Helper to append bytes
    function put(bytes) {
        code.push(...bytes);
    }
    // WASM module header
    put([0x00, 0x61, 0x73, 0x6d]); // Magic
    put([0x01, 0x00, 0x00, 0x00]); // Version
    // Section 1: Types
    put([0x01]); // Section ID
    put([0x04]); // Section size
    put([0x01]); // 1 type
    put([0x60, 0x00, 0x00]); // func () -> ()
    // Section 2: Imports (memory from JS)
    put([0x02]); // Section ID
    put([0x0b]); // Section size
    put([0x01]); // 1 import
    put([0x02, 0x6a, 0x73]); // "js"
    put([0x03, 0x6d, 0x65, 0x6d]); // "mem"
    put([0x02, 0x00, 0x01]); // memory min=1, no max
    // Section 3: Functions
    put([0x03]); // Section ID
    put([0x04]); // Section size (3 functions = 4 bytes)
    put([0x03]); // 3 functions
    put([0x00]); // Function 0: type index 0
    put([0x00]); // Function 1: type index 0
    put([0x00]); // Function 2: type index 0
    // Section 7: Exports
    // Size calculation: 1 (count) + (1+10+1+1) + (1+16+1+1) + (1+14+1+1) = 1 + 13 + 19 + 17 = 50 bytes
    put([0x07]); // Section ID
    put([0x32]); // Section size (50 bytes)
    put([0x03]); // 3 exports
    // "compress4x" -> func 0
    put([0x0a]); // name length
    put([0x63, 0x6f, 0x6d, 0x70, 0x72, 0x65, 0x73, 0x73, 0x34, 0x78]); // "compress4x"
    put([0x00, 0x00]); // func index 0
    // "compressChunks4x" -> func 1
    put([0x10]); // name length (16)
    put([
        0x63, 0x6f, 0x6d, 0x70, 0x72, 0x65, 0x73, 0x73, 0x43, 0x68, 0x75, 0x6e, 0x6b, 0x73, 0x34, 0x78,
    ]); // "compressChunks4x"
    put([0x00, 0x01]); // func index 1
    // "compressParent" -> func 2
    put([0x0e]); // name length (14)
    put([0x63, 0x6f, 0x6d, 0x70, 0x72, 0x65, 0x73, 0x73, 0x50, 0x61, 0x72, 0x65, 0x6e, 0x74]); // "compressParent"
    put([0x00, 0x02]); // func index 2
    // Section 10: Code
    put([0x0a]); // Section ID
    // Reserve 5 bytes for section size (LEB128 u32)
    const sectionSizeOffset = code.length;
    put([0x00, 0x00, 0x00, 0x00, 0x00]);
    put([0x03]); // 3 functions
    // === Function 0: compress4x ===
    // Reserve 5 bytes for function size
    const funcSizeOffset = code.length;
    put([0x00, 0x00, 0x00, 0x00, 0x00]);
    const funcBodyStart = code.length;
    // Local declarations: 32 v128 locals
    // Variables $0-$15: message words (m0-m15)
    // Variables $16-$31: state words (s0-s15)
    put([0x01]); // 1 local declaration
    put([0x20, 0x7b]); // 32 x v128
    // ===== Function body =====
    // Load message words from memory (offset 0-255)
    // Each v128 is 16 bytes, so m[i] is at offset i*16
    // Note: we use toLebU32Min2 to avoid V8 quirk with single-byte values 64-127
    for (let i = 0; i < 16; i++) {
        put([0x41, ...toLebU32Min2(i * 16)]); // i32.const offset (2+ byte LEB128)
        put([0xfd, 0x00, 0x02, 0x00]); // v128.load align=4 offset=0
        put([0x21, i]); // local.set $i
    }
    // Load chaining values (offset 512-639)
    // cv[i] at offset 512 + i*16
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toLebU32Min2(512 + i * 16)]); // i32.const offset
        put([0xfd, 0x00, 0x02, 0x00]); // v128.load
        put([0x21, 16 + i]); // local.set $(16+i)
    }
    // Initialize state[8-15] from IV and parameters
    // s8-s11 = IV[0-3]
    const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a];
    for (let i = 0; i < 4; i++) {
        // Create v128 constant with all lanes set to IV[i]
        const ivBytes = [];
        for (let j = 0; j < 4; j++) {
            ivBytes.push(IV[i] & 0xff);
            ivBytes.push((IV[i] >>> 8) & 0xff);
            ivBytes.push((IV[i] >>> 16) & 0xff);
            ivBytes.push((IV[i] >>> 24) & 0xff);
        }
        put([0xfd, 0x0c, ...ivBytes]); // v128.const
        put([0x21, 24 + i]); // local.set $(24+i) -> s8-s11
    }
    // s12 = counter_low (offset 768)
    put([0x41, ...toLebU32Min2(768)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load
    put([0x21, 28]); // local.set $28 -> s12
    // s13 = counter_high (offset 784)
    put([0x41, ...toLebU32Min2(784)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load
    put([0x21, 29]); // local.set $29 -> s13
    // s14 = block_len (offset 800)
    put([0x41, ...toLebU32Min2(800)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load
    put([0x21, 30]); // local.set $30 -> s14
    // s15 = flags (offset 816)
    put([0x41, ...toLebU32Min2(816)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load
    put([0x21, 31]); // local.set $31 -> s15
    // ===== 7 rounds of mixing =====
    let msgIdx = 0; // Index into MSG_ACCESS_ORDER
    // Helper to generate G function (inlined)
    // G(a, b, c, d) with two message words
    function g(a, b, c, d) {
        const mx = MSG_ACCESS_ORDER[msgIdx++];
        const my = MSG_ACCESS_ORDER[msgIdx++];
        // Variables: a,b,c,d are state indices (16-31), mx,my are message indices (0-15)
        // First half of G
        // s[a] = s[a] + s[b] + m[mx]
        put([0x20, 16 + a]); // local.get s[a]
        put([0x20, 16 + b]); // local.get s[b]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x20, mx]); // local.get m[mx]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + a]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 16) - using i8x16.shuffle (single instruction vs shift+or)
        // ROTR16 pattern: [2,3,0,1, 6,7,4,5, 10,11,8,9, 14,15,12,13]
        put([0x20, 16 + d]); // local.get s[d]
        put([0x20, 16 + a]); // local.get s[a]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + d]); // local.tee s[d]
        put([0x20, 16 + d]); // local.get s[d] (second operand for shuffle)
        put([0xfd, 0x0d, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13]); // i8x16.shuffle ROTR16
        put([0x21, 16 + d]); // local.set s[d]
        // s[c] = s[c] + s[d]
        put([0x20, 16 + c]); // local.get s[c]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + c]); // local.set s[c]
        // s[b] = (s[b] ^ s[c]) >>> 12
        put([0x20, 16 + b]); // local.get s[b]
        put([0x20, 16 + c]); // local.get s[c]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + b]); // local.tee s[b]
        put([0x41, 0x0c]); // i32.const 12
        put([0xfd, 0xad, 0x01]); // i32x4.shr_u (opcode 173 = 0xAD)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x41, 0x14]); // i32.const 20
        put([0xfd, 0xab, 0x01]); // i32x4.shl
        put([0xfd, 0x50]); // v128.or
        put([0x21, 16 + b]); // local.set s[b]
        // Second half of G
        // s[a] = s[a] + s[b] + m[my]
        put([0x20, 16 + a]); // local.get s[a]
        put([0x20, 16 + b]); // local.get s[b]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x20, my]); // local.get m[my]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + a]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 8) - using i8x16.shuffle (single instruction vs shift+or)
        // ROTR8 pattern: [1,2,3,0, 5,6,7,4, 9,10,11,8, 13,14,15,12]
        put([0x20, 16 + d]); // local.get s[d]
        put([0x20, 16 + a]); // local.get s[a]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + d]); // local.tee s[d]
        put([0x20, 16 + d]); // local.get s[d] (second operand for shuffle)
        put([0xfd, 0x0d, 1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12]); // i8x16.shuffle ROTR8
        put([0x21, 16 + d]); // local.set s[d]
        // s[c] = s[c] + s[d]
        put([0x20, 16 + c]); // local.get s[c]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + c]); // local.set s[c]
        // s[b] = (s[b] ^ s[c]) >>> 7
        put([0x20, 16 + b]); // local.get s[b]
        put([0x20, 16 + c]); // local.get s[c]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + b]); // local.tee s[b]
        put([0x41, 0x07]); // i32.const 7
        put([0xfd, 0xad, 0x01]); // i32x4.shr_u (opcode 173 = 0xAD)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x41, 0x19]); // i32.const 25
        put([0xfd, 0xab, 0x01]); // i32x4.shl
        put([0xfd, 0x50]); // v128.or
        put([0x21, 16 + b]); // local.set s[b]
    }
    // Generate all 7 rounds
    for (let round = 0; round < 7; round++) {
        // Column mixing
        g(0, 4, 8, 12);
        g(1, 5, 9, 13);
        g(2, 6, 10, 14);
        g(3, 7, 11, 15);
        // Diagonal mixing
        g(0, 5, 10, 15);
        g(1, 6, 11, 12);
        g(2, 7, 8, 13);
        g(3, 4, 9, 14);
    }
    // ===== Final XOR and store output =====
    // out[i] = s[i] ^ s[i+8] for i in 0..7
    // Store at offset 640-767
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toLebU32Min2(640 + i * 16)]); // i32.const offset
        put([0x20, 16 + i]); // local.get s[i]
        put([0x20, 24 + i]); // local.get s[i+8]
        put([0xfd, 0x51]); // v128.xor
        put([0xfd, 0x0b, 0x02, 0x00]); // v128.store align=4
    }
    // End of function
    put([0x0b]); // end
    // Fill in function 0 size using padded LEB128
    const funcBodySize = code.length - funcBodyStart;
    const funcSizeBytes = wasm_simd_toLebU32Padded5(funcBodySize);
    for (let i = 0; i < 5; i++) {
        code[funcSizeOffset + i] = funcSizeBytes[i];
    }
    // === Function 1: compressChunks4x ===
    // Reserve 5 bytes for function size
    const func1SizeOffset = code.length;
    put([0x00, 0x00, 0x00, 0x00, 0x00]);
    const func1BodyStart = code.length;
    // Generate the compressChunks4x function body
    const compressChunksBody = generateCompressChunks4xBody();
    put(compressChunksBody);
    // Fill in function 1 size using padded LEB128
    const func1BodySize = code.length - func1BodyStart;
    const func1SizeBytes = wasm_simd_toLebU32Padded5(func1BodySize);
    for (let i = 0; i < 5; i++) {
        code[func1SizeOffset + i] = func1SizeBytes[i];
    }
    // === Function 2: compressParent ===
    // Reserve 5 bytes for function size
    const func2SizeOffset = code.length;
    put([0x00, 0x00, 0x00, 0x00, 0x00]);
    const func2BodyStart = code.length;
    // Generate the compressParent function body
    const compressParentBody = generateCompressParentBody();
    put(compressParentBody);
    // Fill in function 2 size using padded LEB128
    const func2BodySize = code.length - func2BodyStart;
    const func2SizeBytes = wasm_simd_toLebU32Padded5(func2BodySize);
    for (let i = 0; i < 5; i++) {
        code[func2SizeOffset + i] = func2SizeBytes[i];
    }
    // Fill in section size using padded LEB128
    const sectionSize = code.length - sectionSizeOffset - 5;
    const sectionSizeBytes = wasm_simd_toLebU32Padded5(sectionSize);
    for (let i = 0; i < 5; i++) {
        code[sectionSizeOffset + i] = sectionSizeBytes[i];
    }
    return new Uint8Array(code);
}
/**
 * Generate compressChunks4x WASM function body.
 * Processes all 16 blocks of 4 chunks in a single call.
 */
function generateCompressChunks4xBody() {
    const code = [];
    function put(bytes) {
        code.push(...bytes);
    }
    // Local declarations: 32 v128 locals + 1 i32 for position
    // Locals $0-$15: message words (reloaded each iteration)
    // Locals $16-$31: state words (s0-s15)
    // Local $32: position counter (i32)
    put([0x02]); // 2 local declarations
    put([0x20, 0x7b]); // 32 x v128
    put([0x01, 0x7f]); // 1 x i32
    const BATCH_BLOCK_WORDS = SIMD_MEMORY.BATCH_BLOCK_WORDS;
    const BATCH_CV = SIMD_MEMORY.BATCH_CV;
    const BATCH_COUNTER_LOW = SIMD_MEMORY.BATCH_COUNTER_LOW;
    const BATCH_FLAGS_BASE = SIMD_MEMORY.BATCH_FLAGS_BASE;
    const BATCH_OUTPUT = SIMD_MEMORY.BATCH_OUTPUT;
    // IV constants (same as compress4x)
    const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a];
    // Load initial CVs from BATCH_CV into locals $16-$23
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toLebU32Min2(BATCH_CV + i * 16)]); // i32.const offset
        put([0xfd, 0x00, 0x02, 0x00]); // v128.load align=4 offset=0
        put([0x21, 16 + i]); // local.set $(16+i) -> s0-s7
    }
    // Initialize $32 (pos) = 0
    put([0x41, 0x00]); // i32.const 0
    put([0x21, 0x20]); // local.set $32
    // block $done
    put([0x02, 0x40]); // block void
    // loop $continue
    put([0x03, 0x40]); // loop void
    // === Load message words for position $pos ===
    // offset = BATCH_BLOCK_WORDS + pos * 256 + word * 16
    for (let w = 0; w < 16; w++) {
        put([0x20, 0x20]); // local.get $32 (pos)
        put([0x41, ...toLebU32Min2(256)]); // i32.const 256
        put([0x6c]); // i32.mul
        put([0x41, ...toLebU32Min2(BATCH_BLOCK_WORDS + w * 16)]); // i32.const base + word*16
        put([0x6a]); // i32.add
        put([0xfd, 0x00, 0x02, 0x00]); // v128.load align=4 offset=0
        put([0x21, w]); // local.set $w
    }
    // === Initialize state[8-15] ===
    // s8-s11 = IV[0-3]
    for (let i = 0; i < 4; i++) {
        const ivBytes = [];
        for (let j = 0; j < 4; j++) {
            ivBytes.push(IV[i] & 0xff);
            ivBytes.push((IV[i] >>> 8) & 0xff);
            ivBytes.push((IV[i] >>> 16) & 0xff);
            ivBytes.push((IV[i] >>> 24) & 0xff);
        }
        put([0xfd, 0x0c, ...ivBytes]); // v128.const
        put([0x21, 24 + i]); // local.set $(24+i) -> s8-s11
    }
    // s12 = counter_low (from BATCH_COUNTER_LOW)
    put([0x41, ...toLebU32Min2(BATCH_COUNTER_LOW)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load
    put([0x21, 28]); // local.set $28 -> s12
    // s13 = 0 (counter high - assume fits in 32 bits)
    put([0xfd, 0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // v128.const 0
    put([0x21, 29]); // local.set $29 -> s13
    // s14 = 64 (block_len = 64 for full blocks)
    const blockLen64 = [];
    for (let j = 0; j < 4; j++) {
        blockLen64.push(64, 0, 0, 0); // 64 in little-endian
    }
    put([0xfd, 0x0c, ...blockLen64]); // v128.const [64,64,64,64]
    put([0x21, 30]); // local.set $30 -> s14
    // s15 = flags = base_flags | (pos == 0 ? 1 : 0) | (pos == 15 ? 2 : 0)
    // First load base flags
    put([0x41, ...toLebU32Min2(BATCH_FLAGS_BASE)]); // i32.const
    put([0xfd, 0x00, 0x02, 0x00]); // v128.load base flags
    // Compute position-dependent bits
    // CHUNK_START (1) if pos == 0
    put([0x20, 0x20]); // local.get $32 (pos)
    put([0x45]); // i32.eqz -> 1 if pos==0, 0 otherwise
    // CHUNK_END (2) if pos == 15
    put([0x20, 0x20]); // local.get $32 (pos)
    put([0x41, 0x0f]); // i32.const 15
    put([0x46]); // i32.eq -> 1 if pos==15, 0 otherwise
    put([0x41, 0x01]); // i32.const 1 (shift amount)
    put([0x74]); // i32.shl -> 2 if pos==15, 0 otherwise
    // OR the two bits together
    put([0x72]); // i32.or -> combined position bits
    // Splat to v128 and OR with base flags (stack: base_flags, bits)
    put([0xfd, 0x11]); // i32x4.splat
    put([0xfd, 0x50]); // v128.or
    put([0x21, 31]); // local.set $31 -> s15
    // === 7 rounds of mixing ===
    let msgIdx = 0;
    function g(a, b, c, d) {
        const mx = MSG_ACCESS_ORDER[msgIdx++];
        const my = MSG_ACCESS_ORDER[msgIdx++];
        // First half of G: s[a] = s[a] + s[b] + m[mx]
        put([0x20, 16 + a]); // local.get s[a]
        put([0x20, 16 + b]); // local.get s[b]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x20, mx]); // local.get m[mx]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + a]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 16) - byte shuffle
        put([0x20, 16 + d]); // local.get s[d]
        put([0x20, 16 + a]); // local.get s[a]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + d]); // local.tee s[d]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0x0d, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13]); // i8x16.shuffle ROTR16
        put([0x21, 16 + d]); // local.set s[d]
        // s[c] = s[c] + s[d]
        put([0x20, 16 + c]); // local.get s[c]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + c]); // local.set s[c]
        // s[b] = rotr(s[b] ^ s[c], 12)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x20, 16 + c]); // local.get s[c]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + b]); // local.tee s[b]
        put([0x41, 0x0c]); // i32.const 12
        put([0xfd, 0xad, 0x01]); // i32x4.shr_u (opcode 173 = 0xAD)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x41, 0x14]); // i32.const 20
        put([0xfd, 0xab, 0x01]); // i32x4.shl
        put([0xfd, 0x50]); // v128.or
        put([0x21, 16 + b]); // local.set s[b]
        // Second half: s[a] = s[a] + s[b] + m[my]
        put([0x20, 16 + a]); // local.get s[a]
        put([0x20, 16 + b]); // local.get s[b]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x20, my]); // local.get m[my]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + a]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 8) - byte shuffle
        put([0x20, 16 + d]); // local.get s[d]
        put([0x20, 16 + a]); // local.get s[a]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + d]); // local.tee s[d]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0x0d, 1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12]); // i8x16.shuffle ROTR8
        put([0x21, 16 + d]); // local.set s[d]
        // s[c] = s[c] + s[d]
        put([0x20, 16 + c]); // local.get s[c]
        put([0x20, 16 + d]); // local.get s[d]
        put([0xfd, 0xae, 0x01]); // i32x4.add
        put([0x21, 16 + c]); // local.set s[c]
        // s[b] = rotr(s[b] ^ s[c], 7)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x20, 16 + c]); // local.get s[c]
        put([0xfd, 0x51]); // v128.xor
        put([0x22, 16 + b]); // local.tee s[b]
        put([0x41, 0x07]); // i32.const 7
        put([0xfd, 0xad, 0x01]); // i32x4.shr_u (opcode 173 = 0xAD)
        put([0x20, 16 + b]); // local.get s[b]
        put([0x41, 0x19]); // i32.const 25
        put([0xfd, 0xab, 0x01]); // i32x4.shl
        put([0xfd, 0x50]); // v128.or
        put([0x21, 16 + b]); // local.set s[b]
    }
    // Generate all 7 rounds
    for (let round = 0; round < 7; round++) {
        // Column mixing
        g(0, 4, 8, 12);
        g(1, 5, 9, 13);
        g(2, 6, 10, 14);
        g(3, 7, 11, 15);
        // Diagonal mixing
        g(0, 5, 10, 15);
        g(1, 6, 11, 12);
        g(2, 7, 8, 13);
        g(3, 4, 9, 14);
    }
    // === Update CVs: cv[i] = s[i] ^ s[i+8] ===
    // Store back to state locals $16-$23 (the CV positions)
    for (let i = 0; i < 8; i++) {
        put([0x20, 16 + i]); // local.get s[i]
        put([0x20, 24 + i]); // local.get s[i+8]
        put([0xfd, 0x51]); // v128.xor
        put([0x21, 16 + i]); // local.set $(16+i) - update CV
    }
    // === Loop control: pos++, continue if pos < 16 ===
    put([0x20, 0x20]); // local.get $32 (pos)
    put([0x41, 0x01]); // i32.const 1
    put([0x6a]); // i32.add
    put([0x22, 0x20]); // local.tee $32 (pos)
    put([0x41, 0x10]); // i32.const 16
    put([0x49]); // i32.lt_u
    put([0x0d, 0x00]); // br_if 0 (continue loop)
    // end loop
    put([0x0b]); // end
    // end block
    put([0x0b]); // end
    // === Store final CVs to BATCH_OUTPUT ===
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toLebU32Min2(BATCH_OUTPUT + i * 16)]); // i32.const offset
        put([0x20, 16 + i]); // local.get $(16+i) - CV word
        put([0xfd, 0x0b, 0x02, 0x00]); // v128.store align=4
    }
    // end function
    put([0x0b]); // end
    return code;
}
/**
 * Generate compressParent WASM function body.
 * Performs a single parent node compression using scalar i32 operations.
 * Reads 16 words from PARENT_BLOCK, writes 8 words to CHUNK_CV.
 * Uses IV, counter=0, blockLen=64, flags=PARENT(4).
 */
function generateCompressParentBody() {
    const code = [];
    function put(bytes) {
        code.push(...bytes);
    }
    // Local declarations: 32 i32 locals for state (s0-s15) and message (m0-m15)
    put([0x01]); // 1 local declaration
    put([0x20, 0x7f]); // 32 x i32
    // Message word indices: 0-15, State indices: 16-31
    // Locals $0-$15: message words (m0-m15)
    // Locals $16-$31: state words (s0-s15)
    const PARENT_BLOCK_OFFSET = SIMD_MEMORY.PARENT_BLOCK;
    const CHUNK_CV_OFFSET = SIMD_MEMORY.CHUNK_CV;
    // BLAKE3 IV
    const IV = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];
    // Load message words from PARENT_BLOCK (16 words at offset 7264)
    for (let i = 0; i < 16; i++) {
        put([0x41, ...toLebU32Min2(PARENT_BLOCK_OFFSET + i * 4)]); // i32.const offset
        put([0x28, 0x02, 0x00]); // i32.load align=4 offset=0
        put([0x21, i]); // local.set $i (m0-m15)
    }
    // Initialize state s0-s7 = IV[0-7]
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toSignedLeb128_i32(IV[i])]); // i32.const IV[i]
        put([0x21, 16 + i]); // local.set $(16+i) -> s0-s7
    }
    // Initialize state s8-s11 = IV[0-3]
    for (let i = 0; i < 4; i++) {
        put([0x41, ...toSignedLeb128_i32(IV[i])]); // i32.const IV[i]
        put([0x21, 24 + i]); // local.set $(24+i) -> s8-s11
    }
    // s12 = counter_low = 0
    put([0x41, 0x00]); // i32.const 0
    put([0x21, 28]); // local.set $28 -> s12
    // s13 = counter_high = 0
    put([0x41, 0x00]); // i32.const 0
    put([0x21, 29]); // local.set $29 -> s13
    // s14 = block_len = 64
    // Note: 0x40 alone is -64 in signed LEB128 (bit 6 is sign bit)
    // For 64, we need [0xC0, 0x00] to avoid sign extension
    put([0x41, 0xc0, 0x00]); // i32.const 64
    put([0x21, 30]); // local.set $30 -> s14
    // s15 = flags = PARENT = 4
    put([0x41, 0x04]); // i32.const 4
    put([0x21, 31]); // local.set $31 -> s15
    // Helper to generate scalar G function (inlined)
    // G(a, b, c, d, mx, my) where a,b,c,d are state indices 0-15, mx,my are message indices 0-15
    function g(a, b, c, d, mx, my) {
        const sa = 16 + a, sb = 16 + b, sc = 16 + c, sd = 16 + d;
        // s[a] = (s[a] + s[b] + m[mx]) >>> 0
        put([0x20, sa]); // local.get s[a]
        put([0x20, sb]); // local.get s[b]
        put([0x6a]); // i32.add
        put([0x20, mx]); // local.get m[mx]
        put([0x6a]); // i32.add
        put([0x21, sa]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 16)
        put([0x20, sd]); // local.get s[d]
        put([0x20, sa]); // local.get s[a]
        put([0x73]); // i32.xor
        put([0x41, 0x10]); // i32.const 16
        put([0x78]); // i32.rotr
        put([0x21, sd]); // local.set s[d]
        // s[c] = (s[c] + s[d]) >>> 0
        put([0x20, sc]); // local.get s[c]
        put([0x20, sd]); // local.get s[d]
        put([0x6a]); // i32.add
        put([0x21, sc]); // local.set s[c]
        // s[b] = rotr(s[b] ^ s[c], 12)
        put([0x20, sb]); // local.get s[b]
        put([0x20, sc]); // local.get s[c]
        put([0x73]); // i32.xor
        put([0x41, 0x0c]); // i32.const 12
        put([0x78]); // i32.rotr
        put([0x21, sb]); // local.set s[b]
        // s[a] = (s[a] + s[b] + m[my]) >>> 0
        put([0x20, sa]); // local.get s[a]
        put([0x20, sb]); // local.get s[b]
        put([0x6a]); // i32.add
        put([0x20, my]); // local.get m[my]
        put([0x6a]); // i32.add
        put([0x21, sa]); // local.set s[a]
        // s[d] = rotr(s[d] ^ s[a], 8)
        put([0x20, sd]); // local.get s[d]
        put([0x20, sa]); // local.get s[a]
        put([0x73]); // i32.xor
        put([0x41, 0x08]); // i32.const 8
        put([0x78]); // i32.rotr
        put([0x21, sd]); // local.set s[d]
        // s[c] = (s[c] + s[d]) >>> 0
        put([0x20, sc]); // local.get s[c]
        put([0x20, sd]); // local.get s[d]
        put([0x6a]); // i32.add
        put([0x21, sc]); // local.set s[c]
        // s[b] = rotr(s[b] ^ s[c], 7)
        put([0x20, sb]); // local.get s[b]
        put([0x20, sc]); // local.get s[c]
        put([0x73]); // i32.xor
        put([0x41, 0x07]); // i32.const 7
        put([0x78]); // i32.rotr
        put([0x21, sb]); // local.set s[b]
    }
    // 7 rounds of mixing with permuted message schedule
    let msgIdx = 0;
    for (let round = 0; round < 7; round++) {
        // Column mixing
        g(0, 4, 8, 12, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(1, 5, 9, 13, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(2, 6, 10, 14, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(3, 7, 11, 15, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        // Diagonal mixing
        g(0, 5, 10, 15, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(1, 6, 11, 12, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(2, 7, 8, 13, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
        g(3, 4, 9, 14, MSG_ACCESS_ORDER[msgIdx], MSG_ACCESS_ORDER[msgIdx + 1]);
        msgIdx += 2;
    }
    // Store output: out[i] = s[i] ^ s[i+8] for i in 0..7
    for (let i = 0; i < 8; i++) {
        put([0x41, ...toLebU32Min2(CHUNK_CV_OFFSET + i * 4)]); // i32.const offset
        put([0x20, 16 + i]); // local.get s[i]
        put([0x20, 24 + i]); // local.get s[i+8]
        put([0x73]); // i32.xor
        put([0x36, 0x02, 0x00]); // i32.store align=4 offset=0
    }
    // end function
    put([0x0b]); // end
    return code;
}
// Cached WASM instance
let wasmInstance = null;
let wasm_simd_wasmMemory = null;
let wasmCompress4x = null;
let wasmCompressChunks4x = null;
let wasmCompressParent = null;
let wasmMemoryView = null;
let wasmMemoryView32 = null;
/**
 * Check if WASM SIMD is supported.
 */
function isSimdSupported() {
    try {
        // Minimal WASM module with v128.const instruction to test SIMD support
        const simdTest = new Uint8Array([
            0x00,
            0x61,
            0x73,
            0x6d, // magic: \0asm
            0x01,
            0x00,
            0x00,
            0x00, // version: 1
            // Type section (id=1): () -> v128
            0x01, // section id = 1 (type)
            0x05, // section length = 5
            0x01, // 1 type
            0x60,
            0x00,
            0x01,
            0x7b, // func () -> v128
            // Function section (id=3)
            0x03, // section id = 3 (function)
            0x02, // section length = 2
            0x01, // 1 function
            0x00, // type index 0
            // Code section (id=10) with v128.const
            0x0a, // section id = 10 (code)
            0x16, // section length = 22
            0x01, // 1 function body
            0x14, // body length = 20
            0x00, // 0 locals
            0xfd,
            0x0c, // v128.const opcode
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x00,
            0x0b, // end
        ]);
        return WebAssembly.validate(simdTest);
    }
    catch {
        return false;
    }
}
/**
 * Set up arena views over WASM memory.
 * Called after WASM memory is allocated.
 */
function setupArenaViews() {
    if (!wasm_simd_wasmMemory)
        return;
    const buffer = wasm_simd_wasmMemory.buffer;
    // Create TypedArray views over WASM memory for arena buffers
    // These views are backed by WASM memory, eliminating JS heap allocation
    arenaCvStack = new Uint32Array(buffer, SIMD_MEMORY.CV_STACK, 64 * 8); // 64 levels × 8 words
    arenaParentBlock = new Uint32Array(buffer, SIMD_MEMORY.PARENT_BLOCK, 16); // 16 words
    arenaChunkCv = new Uint32Array(buffer, SIMD_MEMORY.CHUNK_CV, 8); // 8 words
    arenaTempCvs = new Uint32Array(buffer, SIMD_MEMORY.TEMP_CVS, 32); // 4 × 8 words
    // Batch mode views
    // 16 positions × 16 v128 words = 16 × 64 u32 words = 1024 words per position? No...
    // In u32 terms: 16 positions × 16 words × 4 lanes = 1024 u32 values total
    arenaBatchBlockWords = new Uint32Array(buffer, SIMD_MEMORY.BATCH_BLOCK_WORDS, 16 * 16 * 4); // 16 pos × 16 words × 4 lanes
    arenaBatchCv = new Uint32Array(buffer, SIMD_MEMORY.BATCH_CV, 32); // 4 × 8 words
    arenaBatchCounterLow = new Uint32Array(buffer, SIMD_MEMORY.BATCH_COUNTER_LOW, 4); // 4 words
    arenaBatchFlagsBase = new Uint32Array(buffer, SIMD_MEMORY.BATCH_FLAGS_BASE, 4); // 4 words
    arenaBatchOutput = new Uint32Array(buffer, SIMD_MEMORY.BATCH_OUTPUT, 32); // 4 × 8 words
}
/**
 * Initialize the WASM SIMD module synchronously.
 * Call this once before using compress4x.
 */
// Cache generated WASM bytes to avoid regenerating on each init
let cachedWasmBytes = null;
function initSimdSync() {
    if (wasmInstance)
        return true;
    if (!isSimdSupported()) {
        return false;
    }
    try {
        const wasmBytes = cachedWasmBytes || wasm_simd_generateWasmBytes();
        cachedWasmBytes = wasmBytes;
        wasm_simd_wasmMemory = new WebAssembly.Memory({ initial: 1 });
        const importObject = {
            js: { mem: wasm_simd_wasmMemory },
        };
        const module = new WebAssembly.Module(wasmBytes.buffer);
        wasmInstance = new WebAssembly.Instance(module, importObject);
        wasmCompress4x = wasmInstance.exports.compress4x;
        wasmCompressChunks4x = wasmInstance.exports.compressChunks4x;
        wasmCompressParent = wasmInstance.exports.compressParent;
        wasmMemoryView = new Uint8Array(wasm_simd_wasmMemory.buffer);
        wasmMemoryView32 = new Uint32Array(wasm_simd_wasmMemory.buffer);
        // Set up arena views for Merkle tree operations
        setupArenaViews();
        return true;
    }
    catch (e) {
        console.warn("Failed to initialize WASM SIMD:", e);
        return false;
    }
}
/**
 * Memory offsets for SIMD data layout
 *
 * WASM Arena Pattern: All working buffers live in WASM memory (64KB page)
 * This eliminates JS heap allocations during hashing operations.
 */
const SIMD_MEMORY = {
    // SIMD compress4x working area (used by WASM code) - single block
    BLOCK_WORDS: 0, // 4 x 16 words = 512 bytes (transposed layout)
    CHAINING_VALUES: 512, // 4 x 8 words = 128 bytes
    OUTPUT: 640, // 4 x 8 words = 128 bytes
    COUNTER_LOW: 768, // 4 words = 16 bytes
    COUNTER_HIGH: 784, // 4 words = 16 bytes
    BLOCK_LEN: 800, // 4 words = 16 bytes
    FLAGS: 816, // 4 words = 16 bytes
    // End of single-block SIMD working area: 832 bytes
    // SIMD compressChunks4x working area - 16 blocks batched
    // Each block position has 16 v128 values (one per message word) = 256 bytes
    // 16 block positions = 16 × 256 = 4096 bytes
    BATCH_BLOCK_WORDS: 832, // 16 positions × 256 bytes = 4096 bytes (transposed), ends at 4928
    BATCH_CV: 4928, // 4 × 8 words × 4 bytes = 128 bytes (working CVs), ends at 5056
    BATCH_COUNTER_LOW: 5056, // 4 words × 4 bytes = 16 bytes (per-chunk counters), ends at 5072
    BATCH_FLAGS_BASE: 5072, // 4 words × 4 bytes = 16 bytes (base flags, no START/END), ends at 5088
    BATCH_OUTPUT: 5088, // 4 × 8 words × 4 bytes = 128 bytes (final output), ends at 5216
    // End of batch working area: 5216 bytes
    // WASM Arena: JS working buffers (accessed via TypedArray views)
    CV_STACK: 5216, // 64 levels × 8 words × 4 bytes = 2048 bytes, ends at 7264
    PARENT_BLOCK: 7264, // 16 words × 4 bytes = 64 bytes, ends at 7328
    CHUNK_CV: 7328, // 8 words × 4 bytes = 32 bytes, ends at 7360
    TEMP_CVS: 7360, // 4 × 8 words × 4 bytes = 128 bytes, ends at 7488
    // Total arena usage: ~7488 bytes (fits comfortably in 64KB page)
};
// Arena views - created once when SIMD initializes
let arenaCvStack = null;
let arenaParentBlock = null;
let arenaChunkCv = null;
let arenaTempCvs = null;
// Batch mode arena views
let arenaBatchBlockWords = null;
let arenaBatchCv = null;
let arenaBatchCounterLow = null;
let arenaBatchFlagsBase = null;
let arenaBatchOutput = null;
/**
 * Get the WASM memory views for writing input data.
 */
function getSimdMemory() {
    if (!wasmMemoryView || !wasmMemoryView32)
        return null;
    return { view: wasmMemoryView, view32: wasmMemoryView32 };
}
/**
 * Get the arena buffers for Merkle tree operations.
 * These TypedArray views are backed by WASM memory - zero JS heap allocation.
 */
function getArenaBuffers() {
    if (!arenaCvStack || !arenaParentBlock || !arenaChunkCv || !arenaTempCvs)
        return null;
    return {
        cvStack: arenaCvStack,
        parentBlock: arenaParentBlock,
        chunkCv: arenaChunkCv,
        tempCvs: arenaTempCvs,
    };
}
/**
 * Get the batch arena buffers for chunk-level batched operations.
 * These TypedArray views are backed by WASM memory - zero JS heap allocation.
 */
function getBatchArenaBuffers() {
    if (!arenaBatchBlockWords ||
        !arenaBatchCv ||
        !arenaBatchCounterLow ||
        !arenaBatchFlagsBase ||
        !arenaBatchOutput)
        return null;
    return {
        blockWords: arenaBatchBlockWords,
        cv: arenaBatchCv,
        counterLow: arenaBatchCounterLow,
        flagsBase: arenaBatchFlagsBase,
        output: arenaBatchOutput,
    };
}
/**
 * Run the compress4x function.
 * Data must already be set up in WASM memory.
 */
function runCompress4x() {
    if (!wasmCompress4x) {
        throw new Error("WASM SIMD not initialized. Call initSimdSync() first.");
    }
    wasmCompress4x();
}
/**
 * Run the compressChunks4x function.
 * Processes 4 full chunks (16 blocks each) in a single WASM call.
 * Data must already be set up in batch arena buffers.
 */
function runCompressChunks4x() {
    if (!wasmCompressChunks4x) {
        throw new Error("WASM SIMD not initialized. Call initSimdSync() first.");
    }
    wasmCompressChunks4x();
}
/**
 * Run the compressParent function.
 * Compresses a parent node: reads 16 words from PARENT_BLOCK, writes 8 words to CHUNK_CV.
 * Data must already be set up in arena buffers (PARENT_BLOCK at offset 7264).
 * Output is written to CHUNK_CV at offset 7328.
 */
function runCompressParent() {
    if (!wasmCompressParent) {
        throw new Error("WASM SIMD not initialized. Call initSimdSync() first.");
    }
    wasmCompressParent();
}
/**
 * Check if SIMD is initialized and ready.
 */
function isSimdReady() {
    return wasmCompress4x !== null;
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/hash.js
/**
 * BLAKE3 Hash Function - Simple one-shot API
 *
 * This provides a simple hash() function optimized for different input sizes.
 * For small inputs, uses pure JS. For large inputs, uses WASM SIMD.
 */




// Pre-allocated buffers for reuse (single-threaded optimization)
let blockWords = null;
// ===== Contiguous Hyper CV Stack (Optimization #6) =====
// Maximum tree depth for practical inputs (2^64 chunks = essentially unlimited)
// Fixed allocation at module load - no runtime allocation
const CV_STACK_DEPTH = 64;
const HYPER_CV_STACK = new Uint32Array(CV_STACK_DEPTH * 8); // 64 CVs × 8 words = 512 words
// Pre-computed offsets for the first few stack levels (hot path optimization)
// Note: These can be used for further optimization if needed
// const CV_STACK_OFF_0 = 0;
// const CV_STACK_OFF_1 = 8;
// const CV_STACK_OFF_2 = 16;
// const CV_STACK_OFF_3 = 24;
// ===== Pre-allocated CV Pool with Views (avoids subarray() in hot paths) =====
const CV_POOL_SIZE = 64;
const CV_POOL = new Uint32Array(CV_POOL_SIZE * 8); // 64 CVs × 8 words = 512 words
const CV_VIEWS = [];
for (let i = 0; i < CV_POOL_SIZE; i++) {
    CV_VIEWS.push(CV_POOL.subarray(i * 8, i * 8 + 8));
}
// SIMD initialization state
let simdAvailable = false;
// Threshold for switching to SIMD (must be > 1 chunk to benefit from parallelism)
const SIMD_THRESHOLD = 4 * CHUNK_LEN; // 4KB - need at least 4 chunks for SIMD benefit
/**
 * Initialize SIMD synchronously (lazy).
 */
function ensureSimdSync() {
    if (simdAvailable)
        return true;
    simdAvailable = initSimdSync();
    return simdAvailable;
}
// Reusable buffer for SIMD chunk CVs (4 chunks × 8 words)
const simdChunkCvs = new Uint32Array(32);
// ===== Module-level reusable buffers (single-threaded safe) =====
// These eliminate heap allocations in hot paths
// For hashChunkWithWords() and hashChunkRoot()
const reusableTempCv = new Uint32Array(8);
// For hashPureJS()
const reusableChunkCv = new Uint32Array(8);
const reusablePureParentBlock = new Uint32Array(16);
const reusablePureParentCv = new Uint32Array(8);
// For hashSimd() - use flat array for 4 chunk CVs (access via subarray)
const reusableSimdCvs = new Uint32Array(32); // 4 × 8 words flat
// For hashSimd() parent compression
const reusableSimdParentBlock = new Uint32Array(16);
const reusableSimdParentCv = new Uint32Array(8);
// For hashSimd() parameters - TypedArrays instead of JS arrays
const reusableOffsets = new Uint32Array(4);
const reusableCounters = new Uint32Array(4);
const reusableBlockLens = new Uint32Array(4);
const reusableFlags = new Uint32Array(4);
// Reusable output buffer for common 32-byte hash (eliminates allocations)
const reusableOut8 = new Uint32Array(8); // Standard 32-byte output
// Pre-created view to avoid allocation in hot path (Task 1 optimization)
const reusableOut8View = new Uint8Array(reusableOut8.buffer, 0, 32);
// ===== Unrolled CV Copy Helper (Task 7 optimization) =====
// V8 will inline this - avoids loop overhead in hot paths
function copyCV8(src, srcOff, dst, dstOff) {
    dst[dstOff] = src[srcOff];
    dst[dstOff + 1] = src[srcOff + 1];
    dst[dstOff + 2] = src[srcOff + 2];
    dst[dstOff + 3] = src[srcOff + 3];
    dst[dstOff + 4] = src[srcOff + 4];
    dst[dstOff + 5] = src[srcOff + 5];
    dst[dstOff + 6] = src[srcOff + 6];
    dst[dstOff + 7] = src[srcOff + 7];
}
/**
 * Transpose 4 blocks (64 bytes each) into SIMD memory layout.
 * The SIMD compress4x expects: [m0_0,m0_1,m0_2,m0_3, m1_0,m1_1,m1_2,m1_3, ...]
 * where m{i}_{j} is message word i from block j.
 *
 * OPTIMIZED: Processes all 4 blocks together for each word position,
 * writing 4 consecutive u32s at once for better cache locality.
 *
 * @param inputWords - Pre-created Uint32Array view of input (null if unaligned/non-LE).
 *                     Created once per hash call to avoid allocation in hot loop.
 */
function transposeBlocksToSimd(input, offsets, // Starting offsets for each of 4 blocks
blockLens, // Length of each block (0-64 bytes)
mem32, blockCount, // 1-4 blocks
inputWords) {
    // Fast path: all blocks are full 64-byte blocks with aligned LE input
    const allFull = blockCount === 4 &&
        blockLens[0] === 64 &&
        blockLens[1] === 64 &&
        blockLens[2] === 64 &&
        blockLens[3] === 64;
    if (allFull &&
        inputWords &&
        offsets[0] % 4 === 0 &&
        offsets[1] % 4 === 0 &&
        offsets[2] % 4 === 0 &&
        offsets[3] % 4 === 0) {
        // Ultra-fast path: process all 4 blocks together, write 4 consecutive u32s per word
        const wordOff0 = offsets[0] >>> 2;
        const wordOff1 = offsets[1] >>> 2;
        const wordOff2 = offsets[2] >>> 2;
        const wordOff3 = offsets[3] >>> 2;
        for (let w = 0; w < 16; w++) {
            const dstBase = w * 4;
            mem32[dstBase] = inputWords[wordOff0 + w];
            mem32[dstBase + 1] = inputWords[wordOff1 + w];
            mem32[dstBase + 2] = inputWords[wordOff2 + w];
            mem32[dstBase + 3] = inputWords[wordOff3 + w];
        }
        return;
    }
    // Standard path: process each block independently (handles partial blocks)
    for (let b = 0; b < blockCount; b++) {
        const len = blockLens[b];
        const off = offsets[b];
        if (len === 64) {
            // Full block
            if (inputWords && off % 4 === 0) {
                // Direct Uint32Array access for aligned LE blocks
                const wordOff = off >>> 2;
                for (let w = 0; w < 16; w++) {
                    mem32[w * 4 + b] = inputWords[wordOff + w];
                }
            }
            else {
                // Byte-by-byte reconstruction
                for (let w = 0; w < 16; w++) {
                    const srcOff = off + w * 4;
                    mem32[w * 4 + b] =
                        input[srcOff] |
                            (input[srcOff + 1] << 8) |
                            (input[srcOff + 2] << 16) |
                            (input[srcOff + 3] << 24);
                }
            }
        }
        else if (len === 0) {
            // Zero block
            for (let w = 0; w < 16; w++) {
                mem32[w * 4 + b] = 0;
            }
        }
        else {
            // Partial block - handle word by word
            for (let w = 0; w < 16; w++) {
                const wordOff = w * 4;
                if (wordOff >= len) {
                    mem32[w * 4 + b] = 0;
                }
                else if (wordOff + 4 <= len) {
                    const srcOff = off + wordOff;
                    mem32[w * 4 + b] =
                        input[srcOff] |
                            (input[srcOff + 1] << 8) |
                            (input[srcOff + 2] << 16) |
                            (input[srcOff + 3] << 24);
                }
                else {
                    // Partial word at end of block
                    let word = 0;
                    for (let i = 0; i < len - wordOff; i++) {
                        word |= input[off + wordOff + i] << (i * 8);
                    }
                    mem32[w * 4 + b] = word;
                }
            }
        }
    }
    // Zero unused block slots
    for (let b = blockCount; b < 4; b++) {
        for (let w = 0; w < 16; w++) {
            mem32[w * 4 + b] = 0;
        }
    }
}
/**
 * Transpose 4 full chunks (4 × 16 blocks = 64 blocks) into batch SIMD memory.
 * This is used for the batched compressChunks4x function that processes
 * all 16 blocks in a single WASM call.
 *
 * Memory layout: BATCH_BLOCK_WORDS has 16 positions, each with 16 v128 values.
 * Position p, word w: mem32[(p * 64) + (w * 4) + lane]
 *
 * OPTIMIZED: Processes all 4 chunks together for each (pos, word) pair,
 * writing 4 consecutive u32s at once for better cache locality.
 *
 * @param input - Input data (must have at least 4 full chunks = 4096 bytes)
 * @param chunkOffsets - Starting offsets for each of 4 chunks
 * @param mem32 - WASM memory view
 * @param inputWords - Pre-created Uint32Array view (null if unaligned)
 */
function transposeBatchToSimd(input, chunkOffsets, mem32, inputWords) {
    const BATCH_BASE = SIMD_MEMORY.BATCH_BLOCK_WORDS / 4;
    // Get base word offsets for each chunk (pre-computed for fast path)
    const chunk0WordBase = chunkOffsets[0] >>> 2;
    const chunk1WordBase = chunkOffsets[1] >>> 2;
    const chunk2WordBase = chunkOffsets[2] >>> 2;
    const chunk3WordBase = chunkOffsets[3] >>> 2;
    // Fast path: all chunks aligned and LE - process 4 consecutive u32s at once
    if (inputWords && chunkOffsets[0] % 4 === 0) {
        for (let pos = 0; pos < 16; pos++) {
            const posBase = BATCH_BASE + pos * 64; // 16 words × 4 lanes = 64
            const blockWordOff = pos * 16; // 16 words per block (64 bytes / 4)
            // Process all 16 words, writing 4 chunks at a time (cache-friendly: 16 bytes per write group)
            for (let w = 0; w < 16; w++) {
                const dstBase = posBase + w * 4;
                // Read word w from all 4 chunks at positions that become consecutive in output
                mem32[dstBase] = inputWords[chunk0WordBase + blockWordOff + w];
                mem32[dstBase + 1] = inputWords[chunk1WordBase + blockWordOff + w];
                mem32[dstBase + 2] = inputWords[chunk2WordBase + blockWordOff + w];
                mem32[dstBase + 3] = inputWords[chunk3WordBase + blockWordOff + w];
            }
        }
    }
    else {
        // Slow path: byte-by-byte reconstruction, still cache-friendly write pattern
        for (let pos = 0; pos < 16; pos++) {
            const posBase = BATCH_BASE + pos * 64;
            const blockByteOff = pos * 64; // 64 bytes per block
            for (let w = 0; w < 16; w++) {
                const dstBase = posBase + w * 4;
                const wordByteOff = w * 4;
                // Chunk 0
                const off0 = chunkOffsets[0] + blockByteOff + wordByteOff;
                mem32[dstBase] =
                    input[off0] | (input[off0 + 1] << 8) | (input[off0 + 2] << 16) | (input[off0 + 3] << 24);
                // Chunk 1
                const off1 = chunkOffsets[1] + blockByteOff + wordByteOff;
                mem32[dstBase + 1] =
                    input[off1] | (input[off1 + 1] << 8) | (input[off1 + 2] << 16) | (input[off1 + 3] << 24);
                // Chunk 2
                const off2 = chunkOffsets[2] + blockByteOff + wordByteOff;
                mem32[dstBase + 2] =
                    input[off2] | (input[off2 + 1] << 8) | (input[off2 + 2] << 16) | (input[off2 + 3] << 24);
                // Chunk 3
                const off3 = chunkOffsets[3] + blockByteOff + wordByteOff;
                mem32[dstBase + 3] =
                    input[off3] | (input[off3 + 1] << 8) | (input[off3 + 2] << 16) | (input[off3 + 3] << 24);
            }
        }
    }
}
// Pre-computed memory offsets for SIMD operations (single-block mode)
const SIMD_CV_BASE = SIMD_MEMORY.CHAINING_VALUES / 4;
const SIMD_OUT_BASE = SIMD_MEMORY.OUTPUT / 4;
const SIMD_COUNTER_LOW_BASE = SIMD_MEMORY.COUNTER_LOW / 4;
const SIMD_COUNTER_HIGH_BASE = SIMD_MEMORY.COUNTER_HIGH / 4;
const SIMD_BLOCK_LEN_BASE = SIMD_MEMORY.BLOCK_LEN / 4;
// Pre-computed memory offsets for batch SIMD operations (16-block mode)
const BATCH_CV_BASE = SIMD_MEMORY.BATCH_CV / 4;
const BATCH_COUNTER_LOW_BASE = SIMD_MEMORY.BATCH_COUNTER_LOW / 4;
const BATCH_FLAGS_BASE_OFFSET = SIMD_MEMORY.BATCH_FLAGS_BASE / 4;
const BATCH_OUTPUT_BASE = SIMD_MEMORY.BATCH_OUTPUT / 4;
// Reusable arrays for batch processing
const batchChunkOffsets = new Uint32Array(4);
const SIMD_FLAGS_BASE = SIMD_MEMORY.FLAGS / 4;
/**
 * Set up chaining values in SIMD memory (transposed layout).
 * Optimized: unrolled loops for common case of 4 chunks.
 * cvs is flat: [cv0_word0..cv0_word7, cv1_word0..cv1_word7, ...]
 */
function setupSimdCvs(cvs, // Flat array: 4 × 8 words
mem32, count) {
    // Unrolled for 4 chunks (common case)
    if (count === 4) {
        for (let w = 0; w < 8; w++) {
            const base = SIMD_CV_BASE + w * 4;
            mem32[base] = cvs[w]; // cv0[w]
            mem32[base + 1] = cvs[8 + w]; // cv1[w]
            mem32[base + 2] = cvs[16 + w]; // cv2[w]
            mem32[base + 3] = cvs[24 + w]; // cv3[w]
        }
    }
    else {
        for (let w = 0; w < 8; w++) {
            const base = SIMD_CV_BASE + w * 4;
            for (let c = 0; c < count; c++) {
                mem32[base + c] = cvs[c * 8 + w];
            }
            for (let c = count; c < 4; c++) {
                mem32[base + c] = 0;
            }
        }
    }
}
/**
 * Set up SIMD parameters (counters, flags, block lengths).
 */
function setupSimdParams(mem32, counters, blockLens, flagsArr, count) {
    // Most chunk counters fit in 32 bits, so counter high is usually 0
    for (let i = 0; i < count; i++) {
        mem32[SIMD_COUNTER_LOW_BASE + i] = counters[i];
        mem32[SIMD_COUNTER_HIGH_BASE + i] = 0; // Assume counters fit in 32 bits
        mem32[SIMD_BLOCK_LEN_BASE + i] = blockLens[i];
        mem32[SIMD_FLAGS_BASE + i] = flagsArr[i];
    }
    // Zero unused slots
    for (let i = count; i < 4; i++) {
        mem32[SIMD_COUNTER_LOW_BASE + i] = 0;
        mem32[SIMD_COUNTER_HIGH_BASE + i] = 0;
        mem32[SIMD_BLOCK_LEN_BASE + i] = 0;
        mem32[SIMD_FLAGS_BASE + i] = 0;
    }
}
/**
 * Read output CVs from SIMD memory (untranspose).
 */
function readSimdOutputCvs(mem32, outputCvs, // Flat array: 4 × 8 words
count) {
    // Unrolled for 4 chunks (common case)
    if (count === 4) {
        for (let w = 0; w < 8; w++) {
            const base = SIMD_OUT_BASE + w * 4;
            outputCvs[w] = mem32[base];
            outputCvs[8 + w] = mem32[base + 1];
            outputCvs[16 + w] = mem32[base + 2];
            outputCvs[24 + w] = mem32[base + 3];
        }
    }
    else {
        for (let w = 0; w < 8; w++) {
            const base = SIMD_OUT_BASE + w * 4;
            for (let c = 0; c < count; c++) {
                outputCvs[c * 8 + w] = mem32[base + c];
            }
        }
    }
}
function getBlockWords() {
    if (!blockWords) {
        blockWords = new Uint32Array(16);
    }
    return blockWords;
}
/**
 * Hash a single chunk (up to 1024 bytes) with pre-created inputWords view.
 * This is the optimized version that avoids creating Uint32Array views per chunk.
 * (Fleek optimization Step 8)
 */
function hashChunkWithWords(input, inputWords, // Pre-created view of entire input
inputOffset, inputLen, chunkCounter, flags, cv, cvOffset) {
    // Use reusable temporary CV for intermediate blocks (single-threaded safe)
    reusableTempCv.set(IV);
    // Process full blocks
    const fullBlocks = inputLen >>> 6; // inputLen / 64
    const remainder = inputLen & 63; // inputLen % 64
    // Calculate word offset for this chunk within the pre-created view
    const chunkWordOffset = inputOffset >>> 2;
    // Fast path for full chunks with aligned little-endian input
    if (inputWords && remainder === 0 && inputLen === CHUNK_LEN) {
        // All 16 blocks are full, use fast path exclusively
        let wordOff = chunkWordOffset;
        // Block 0 (CHUNK_START)
        compress(reusableTempCv, 0, inputWords, wordOff, reusableTempCv, 0, false, chunkCounter, BLOCK_LEN, flags | CHUNK_START);
        wordOff += 16;
        // Blocks 1-14 (no special flags)
        for (let i = 1; i < 15; i++) {
            compress(reusableTempCv, 0, inputWords, wordOff, reusableTempCv, 0, false, chunkCounter, BLOCK_LEN, flags);
            wordOff += 16;
        }
        // Block 15 (CHUNK_END)
        compress(reusableTempCv, 0, inputWords, wordOff, reusableTempCv, 0, false, chunkCounter, BLOCK_LEN, flags | CHUNK_END);
        cv.set(reusableTempCv, cvOffset);
        return;
    }
    // Slower path for partial chunks or non-aligned input
    const totalBlocks = fullBlocks + (remainder > 0 ? 1 : 0);
    const block = getBlockWords();
    for (let blockIdx = 0; blockIdx < totalBlocks; blockIdx++) {
        const isFirst = blockIdx === 0;
        const isLast = blockIdx === totalBlocks - 1;
        const blockStart = blockIdx << 6;
        const blockLen = isLast && remainder > 0 ? remainder : BLOCK_LEN;
        // Determine flags for this block
        let blockFlags = flags;
        if (isFirst)
            blockFlags |= CHUNK_START;
        if (isLast)
            blockFlags |= CHUNK_END;
        // Load block words
        if (isLast && remainder > 0) {
            // Partial final block - need zero padding
            readLittleEndianWordsPartial(input, inputOffset + blockStart, blockLen, block);
        }
        else if (inputWords && chunkWordOffset + (blockStart >>> 2) + 16 <= inputWords.length) {
            // Fast path: use pre-created view directly
            compress(reusableTempCv, 0, inputWords, chunkWordOffset + (blockStart >>> 2), reusableTempCv, 0, false, chunkCounter, blockLen, blockFlags);
            continue;
        }
        else {
            readLittleEndianWordsFull(input, inputOffset + blockStart, block);
        }
        compress(reusableTempCv, 0, block, 0, reusableTempCv, 0, false, chunkCounter, blockLen, blockFlags);
    }
    // Copy result to output
    cv.set(reusableTempCv, cvOffset);
}
/**
 * Hash input using pure JavaScript.
 * Handles the full Merkle tree construction.
 */
function hashPureJS(input, outputLen) {
    const inputLen = input.length;
    // Special case: empty input
    if (inputLen === 0) {
        const block = getBlockWords();
        block.fill(0);
        // Use reusable output buffer for common 32-byte case
        const out = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
        compress(IV, 0, block, 0, out, 0, outputLen > 32, 0, 0, CHUNK_START | CHUNK_END | ROOT);
        // Return result - use pre-created view for common 32-byte case
        if (outputLen === 32 && IS_LITTLE_ENDIAN) {
            return reusableOut8View.slice();
        }
        const result = new Uint8Array(outputLen);
        if (IS_LITTLE_ENDIAN) {
            result.set(new Uint8Array(out.buffer, 0, outputLen));
        }
        else {
            writeLittleEndianBytesPartial(out, 0, result, 0, outputLen);
        }
        return result;
    }
    // Calculate number of chunks
    const numChunks = Math.ceil(inputLen / CHUNK_LEN);
    // Single chunk optimization
    if (numChunks === 1) {
        // Use reusable output buffer for common 32-byte case
        const cv = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
        hashChunkRoot(input, 0, inputLen, 0, 0, cv, outputLen > 32);
        // Return result - use pre-created view for common 32-byte case
        if (outputLen === 32 && IS_LITTLE_ENDIAN) {
            return reusableOut8View.slice();
        }
        const result = new Uint8Array(outputLen);
        if (IS_LITTLE_ENDIAN) {
            result.set(new Uint8Array(cv.buffer, 0, outputLen));
        }
        else {
            writeLittleEndianBytesPartial(cv, 0, result, 0, outputLen);
        }
        return result;
    }
    // Multiple chunks - need Merkle tree
    // Use the global contiguous CV stack (no allocation)
    const stack = HYPER_CV_STACK;
    let stackLen = 0;
    // Use reusable buffers (single-threaded safe)
    const chunkCv = reusableChunkCv;
    const parentBlock = reusablePureParentBlock;
    const parentCv = reusablePureParentCv;
    // Create Uint32Array view ONCE for entire input (Fleek optimization Step 8)
    // This avoids creating views inside each chunk/block processing
    let inputWords = null;
    const canUseFastPath = IS_LITTLE_ENDIAN && input.byteOffset % 4 === 0;
    if (canUseFastPath) {
        inputWords = new Uint32Array(input.buffer, input.byteOffset, inputLen >>> 2);
    }
    // Determine how many full chunks we have
    const fullChunks = inputLen >>> 10; // inputLen / 1024
    const lastChunkLen = inputLen & 1023; // inputLen % 1024
    // Process all full chunks with fast path (inlined for performance)
    if (canUseFastPath && inputWords) {
        for (let chunkIdx = 0; chunkIdx < fullChunks; chunkIdx++) {
            // Inline chunk processing for full chunks
            chunkCv.set(IV);
            let wordOff = chunkIdx << 8; // chunkIdx * 256 (CHUNK_LEN/4)
            // Block 0 (CHUNK_START)
            compress(chunkCv, 0, inputWords, wordOff, chunkCv, 0, false, chunkIdx, BLOCK_LEN, CHUNK_START);
            wordOff += 16;
            // Blocks 1-14 (no special flags)
            for (let b = 1; b < 15; b++) {
                compress(chunkCv, 0, inputWords, wordOff, chunkCv, 0, false, chunkIdx, BLOCK_LEN, 0);
                wordOff += 16;
            }
            // Block 15 (CHUNK_END)
            compress(chunkCv, 0, inputWords, wordOff, chunkCv, 0, false, chunkIdx, BLOCK_LEN, CHUNK_END);
            // Merge completed subtrees (avoid subarray by using index math)
            let totalChunks = chunkIdx + 1;
            let cvSrcOff = 0;
            let cvSrc = chunkCv;
            // Check if this is the last chunk overall
            const isLastChunk = chunkIdx === fullChunks - 1 && lastChunkLen === 0;
            while ((totalChunks & 1) === 0 && stackLen > 0) {
                // Skip final merge if it would produce the root; let finalization handle it with ROOT flag
                if (stackLen === 1 && isLastChunk) {
                    break;
                }
                stackLen--;
                const stackOff = stackLen * 8;
                // Copy left CV from stack to parentBlock[0..7] (unrolled)
                copyCV8(stack, stackOff, parentBlock, 0);
                // Copy current CV to parentBlock[8..15] (unrolled)
                copyCV8(cvSrc, cvSrcOff, parentBlock, 8);
                compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
                cvSrc = parentCv;
                cvSrcOff = 0;
                totalChunks >>>= 1;
            }
            // Push CV to stack (unrolled)
            const stackOff = stackLen * 8;
            copyCV8(cvSrc, cvSrcOff, stack, stackOff);
            stackLen++;
        }
        // Process last partial chunk if any
        if (lastChunkLen > 0) {
            hashChunkWithWords(input, inputWords, fullChunks * CHUNK_LEN, lastChunkLen, fullChunks, 0, chunkCv, 0);
            let totalChunks = fullChunks + 1;
            let newCv = chunkCv;
            let newCvOffset = 0;
            while ((totalChunks & 1) === 0 && stackLen > 0) {
                // Skip final merge; this IS the last chunk, let finalization handle ROOT flag
                if (stackLen === 1) {
                    break;
                }
                stackLen--;
                const stackOff = stackLen * 8;
                // Copy from stack to parentBlock[0..7] (unrolled)
                copyCV8(stack, stackOff, parentBlock, 0);
                // Copy from newCv to parentBlock[8..15] (unrolled)
                copyCV8(newCv, newCvOffset, parentBlock, 8);
                compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
                newCv = parentCv;
                newCvOffset = 0;
                totalChunks >>>= 1;
            }
            // Push CV to stack (unrolled)
            const pushOff = stackLen * 8;
            copyCV8(newCv, newCvOffset, stack, pushOff);
            stackLen++;
        }
    }
    else {
        // Slow path for unaligned or big-endian
        for (let chunkIdx = 0; chunkIdx < numChunks; chunkIdx++) {
            const chunkStart = chunkIdx * CHUNK_LEN;
            const chunkLen = Math.min(CHUNK_LEN, inputLen - chunkStart);
            hashChunkWithWords(input, inputWords, chunkStart, chunkLen, chunkIdx, 0, chunkCv, 0);
            // Merge completed subtrees
            let totalChunks = chunkIdx + 1;
            let newCv = chunkCv;
            let newCvOffset = 0;
            // Check if this is the last chunk
            const isLastChunk = chunkIdx === numChunks - 1;
            while ((totalChunks & 1) === 0 && stackLen > 0) {
                // Skip final merge if it would produce the root; let finalization handle it with ROOT flag
                if (stackLen === 1 && isLastChunk) {
                    break;
                }
                stackLen--;
                const stackOff = stackLen * 8;
                // Copy from stack to parentBlock[0..7] (unrolled)
                copyCV8(stack, stackOff, parentBlock, 0);
                // Copy from newCv to parentBlock[8..15] (unrolled)
                copyCV8(newCv, newCvOffset, parentBlock, 8);
                compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
                newCv = parentCv;
                newCvOffset = 0;
                totalChunks >>>= 1;
            }
            // Push CV to stack (unrolled)
            const pushOff = stackLen * 8;
            copyCV8(newCv, newCvOffset, stack, pushOff);
            stackLen++;
        }
    }
    // Finalize: merge remaining stack entries
    while (stackLen > 1) {
        stackLen--;
        const rightOff = stackLen * 8;
        stackLen--;
        const leftOff = stackLen * 8;
        // Copy left CV to parentBlock[0..7] and right CV to parentBlock[8..15] (unrolled)
        copyCV8(stack, leftOff, parentBlock, 0);
        copyCV8(stack, rightOff, parentBlock, 8);
        if (stackLen === 0) {
            // This is the root - use reusable output buffer for common 32-byte case
            const out = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
            compress(IV, 0, parentBlock, 0, out, 0, outputLen > 32, 0, BLOCK_LEN, PARENT | ROOT);
            // Return result - use pre-created view for common 32-byte case
            if (outputLen === 32 && IS_LITTLE_ENDIAN) {
                return reusableOut8View.slice();
            }
            const result = new Uint8Array(outputLen);
            if (IS_LITTLE_ENDIAN) {
                result.set(new Uint8Array(out.buffer, 0, outputLen));
            }
            else {
                writeLittleEndianBytesPartial(out, 0, result, 0, outputLen);
            }
            return result;
        }
        compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
        // Push to stack (unrolled)
        copyCV8(parentCv, 0, stack, stackLen * 8);
        stackLen++;
    }
    // Single entry in stack - this is the root
    const out = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
    const lastBlock = getBlockWords();
    lastBlock.fill(0);
    // Copy first 8 words from stack (unrolled)
    copyCV8(stack, 0, lastBlock, 0);
    compress(IV, 0, lastBlock, 0, out, 0, outputLen > 32, 0, BLOCK_LEN, ROOT);
    // Return result - use pre-created view for common 32-byte case
    if (outputLen === 32 && IS_LITTLE_ENDIAN) {
        return reusableOut8View.slice();
    }
    const result = new Uint8Array(outputLen);
    if (IS_LITTLE_ENDIAN) {
        result.set(new Uint8Array(out.buffer, 0, outputLen));
    }
    else {
        writeLittleEndianBytesPartial(out, 0, result, 0, outputLen);
    }
    return result;
}
/**
 * Hash a single chunk that is also the root (single chunk input).
 */
function hashChunkRoot(input, inputOffset, inputLen, chunkCounter, flags, out, fullOutput) {
    // Use reusable tempCv (single-threaded safe)
    reusableTempCv.set(IV);
    const block = getBlockWords();
    // Process full blocks
    const fullBlocks = inputLen >>> 6;
    const remainder = inputLen & 63;
    const totalBlocks = fullBlocks + (remainder > 0 ? 1 : 0) || 1; // At least 1 block
    // Create a Uint32Array view if possible
    let inputWords = null;
    if (IS_LITTLE_ENDIAN && (input.byteOffset + inputOffset) % 4 === 0 && inputLen >= 4) {
        inputWords = new Uint32Array(input.buffer, input.byteOffset + inputOffset, inputLen >>> 2);
    }
    for (let blockIdx = 0; blockIdx < totalBlocks; blockIdx++) {
        const isFirst = blockIdx === 0;
        const isLast = blockIdx === totalBlocks - 1;
        const blockStart = blockIdx << 6;
        const blockLen = isLast ? remainder || (inputLen > 0 ? BLOCK_LEN : 0) : BLOCK_LEN;
        // Determine flags
        let blockFlags = flags;
        if (isFirst)
            blockFlags |= CHUNK_START;
        if (isLast)
            blockFlags |= CHUNK_END | ROOT;
        // Load block
        if (isLast && remainder > 0) {
            readLittleEndianWordsPartial(input, inputOffset + blockStart, blockLen, block);
        }
        else if (inputLen === 0) {
            block.fill(0);
        }
        else if (inputWords && (blockStart >>> 2) + 16 <= inputWords.length) {
            // Fast path
            compress(reusableTempCv, 0, inputWords, blockStart >>> 2, isLast ? out : reusableTempCv, 0, isLast && fullOutput, chunkCounter, blockLen, blockFlags);
            continue;
        }
        else {
            readLittleEndianWordsFull(input, inputOffset + blockStart, block);
        }
        compress(reusableTempCv, 0, block, 0, isLast ? out : reusableTempCv, 0, isLast && fullOutput, chunkCounter, blockLen, blockFlags);
    }
}
/**
 * Hash using WASM SIMD - processes 4 chunks in parallel.
 * Falls back to pure JS if SIMD fails.
 */
function hashSimd(input, outputLen) {
    const mem = getSimdMemory();
    if (!mem) {
        return hashPureJS(input, outputLen);
    }
    const { view32 } = mem;
    const inputLen = input.length;
    const numChunks = Math.ceil(inputLen / CHUNK_LEN);
    // For small inputs, pure JS is faster (no transpose overhead)
    if (numChunks < 4) {
        return hashPureJS(input, outputLen);
    }
    // Try to use WASM arena buffers (zero JS heap allocation)
    // Falls back to JS buffers if arena not available
    const arena = getArenaBuffers();
    const useWasmParent = arena !== null; // Use WASM parent compress when arena available
    let stack;
    let tempCvs;
    let parentBlock;
    let parentCv;
    if (arena) {
        // Use WASM-backed arena buffers
        stack = arena.cvStack;
        tempCvs = arena.tempCvs;
        parentBlock = arena.parentBlock;
        parentCv = arena.chunkCv;
    }
    else {
        // Fallback to JS heap buffers - use global contiguous stack (no allocation)
        stack = HYPER_CV_STACK;
        tempCvs = reusableSimdCvs;
        parentBlock = reusableSimdParentBlock;
        parentCv = reusableSimdParentCv;
    }
    let stackLen = 0;
    // Use TypedArrays instead of JS arrays for block parameters
    const offsets = reusableOffsets;
    const counters = reusableCounters;
    const blockLens = reusableBlockLens;
    const flagsArr = reusableFlags;
    // Create Uint32Array view once for entire hash call (optimization: avoid allocation in hot loop)
    const inputWords = IS_LITTLE_ENDIAN && input.byteOffset % 4 === 0
        ? new Uint32Array(input.buffer, input.byteOffset, input.byteLength >>> 2)
        : null;
    // Calculate number of full chunks (1024 bytes each)
    const numFullChunks = inputLen >>> 10; // inputLen / 1024
    // Process chunks in groups of 4
    let chunkIdx = 0;
    while (chunkIdx < numChunks) {
        const groupSize = Math.min(4, numChunks - chunkIdx);
        // === BATCH FAST PATH: 4 full chunks ===
        // Use compressChunks4x for groups of exactly 4 full chunks
        // This reduces 16 WASM calls to 1 per group
        const canUseBatchPath = groupSize === 4 && chunkIdx + 4 <= numFullChunks;
        if (canUseBatchPath) {
            // Set up chunk offsets for batch transpose
            batchChunkOffsets[0] = chunkIdx * CHUNK_LEN;
            batchChunkOffsets[1] = (chunkIdx + 1) * CHUNK_LEN;
            batchChunkOffsets[2] = (chunkIdx + 2) * CHUNK_LEN;
            batchChunkOffsets[3] = (chunkIdx + 3) * CHUNK_LEN;
            // Transpose all 64 blocks (4 chunks × 16 blocks) at once
            transposeBatchToSimd(input, batchChunkOffsets, view32, inputWords);
            // Set up initial CVs (IV) in batch memory - transposed layout
            for (let w = 0; w < 8; w++) {
                const ivWord = IV[w];
                const base = BATCH_CV_BASE + w * 4;
                view32[base] = ivWord;
                view32[base + 1] = ivWord;
                view32[base + 2] = ivWord;
                view32[base + 3] = ivWord;
            }
            // Set up counters in batch memory
            view32[BATCH_COUNTER_LOW_BASE] = chunkIdx;
            view32[BATCH_COUNTER_LOW_BASE + 1] = chunkIdx + 1;
            view32[BATCH_COUNTER_LOW_BASE + 2] = chunkIdx + 2;
            view32[BATCH_COUNTER_LOW_BASE + 3] = chunkIdx + 3;
            // Set up base flags (0 - no keyed hashing)
            view32[BATCH_FLAGS_BASE_OFFSET] = 0;
            view32[BATCH_FLAGS_BASE_OFFSET + 1] = 0;
            view32[BATCH_FLAGS_BASE_OFFSET + 2] = 0;
            view32[BATCH_FLAGS_BASE_OFFSET + 3] = 0;
            // Run batched compress (16 blocks × 4 chunks in one call!)
            runCompressChunks4x();
            // Read output CVs from batch output - untranspose to tempCvs
            for (let w = 0; w < 8; w++) {
                const base = BATCH_OUTPUT_BASE + w * 4;
                tempCvs[w] = view32[base]; // chunk 0
                tempCvs[8 + w] = view32[base + 1]; // chunk 1
                tempCvs[16 + w] = view32[base + 2]; // chunk 2
                tempCvs[24 + w] = view32[base + 3]; // chunk 3
            }
        }
        else {
            // === STANDARD PATH: block-by-block processing ===
            // Used for partial chunks or groups < 4
            // Initialize CVs for this group to IV (flat array: 4 × 8 words)
            for (let g = 0; g < groupSize; g++) {
                const base = g * 8;
                tempCvs[base] = IV[0];
                tempCvs[base + 1] = IV[1];
                tempCvs[base + 2] = IV[2];
                tempCvs[base + 3] = IV[3];
                tempCvs[base + 4] = IV[4];
                tempCvs[base + 5] = IV[5];
                tempCvs[base + 6] = IV[6];
                tempCvs[base + 7] = IV[7];
            }
            // Process all 16 blocks of each chunk in this group
            for (let blockIdx = 0; blockIdx < 16; blockIdx++) {
                // Calculate block offsets and parameters (reuse arrays)
                for (let g = 0; g < groupSize; g++) {
                    const thisChunkIdx = chunkIdx + g;
                    const chunkStart = thisChunkIdx * CHUNK_LEN;
                    const chunkLen = Math.min(CHUNK_LEN, inputLen - chunkStart);
                    const thisBlockStart = chunkStart + blockIdx * BLOCK_LEN;
                    // Determine block length for this specific block
                    const blockStartInChunk = blockIdx * BLOCK_LEN;
                    let thisBlockLen = BLOCK_LEN;
                    if (blockStartInChunk >= chunkLen) {
                        thisBlockLen = 0;
                    }
                    else if (blockStartInChunk + BLOCK_LEN > chunkLen) {
                        thisBlockLen = chunkLen - blockStartInChunk;
                    }
                    offsets[g] = thisBlockStart;
                    counters[g] = thisChunkIdx;
                    // Determine flags
                    let flags = 0;
                    if (blockIdx === 0)
                        flags |= CHUNK_START;
                    const totalBlocksInChunk = Math.ceil(chunkLen / BLOCK_LEN) || 1;
                    if (blockIdx === totalBlocksInChunk - 1)
                        flags |= CHUNK_END;
                    blockLens[g] = thisBlockLen;
                    flagsArr[g] = flags;
                }
                // Check if any blocks need processing
                if (blockLens[0] === 0 && blockLens[1] === 0 && blockLens[2] === 0 && blockLens[3] === 0)
                    continue;
                // Transpose blocks into SIMD memory (pass pre-created view to avoid allocation)
                transposeBlocksToSimd(input, offsets, blockLens, view32, groupSize, inputWords);
                // Set up CVs in SIMD memory
                setupSimdCvs(tempCvs, view32, groupSize);
                // Set up parameters
                setupSimdParams(view32, counters, blockLens, flagsArr, groupSize);
                // Run SIMD compress
                runCompress4x();
                // Read output CVs back
                readSimdOutputCvs(view32, simdChunkCvs, groupSize);
                // Update tempCvs - copy from simdChunkCvs (both are flat 32-word arrays)
                // simdChunkCvs layout matches tempCvs: [cv0_w0..cv0_w7, cv1_w0..cv1_w7, ...]
                // IMPORTANT: Only update CVs for chunks that had data in this block!
                // Skipping this check would corrupt CVs for partial chunks after their final block.
                for (let g = 0; g < groupSize; g++) {
                    if (blockLens[g] === 0)
                        continue; // Don't update CV for chunks with no data in this block
                    const base = g * 8;
                    tempCvs[base] = simdChunkCvs[base];
                    tempCvs[base + 1] = simdChunkCvs[base + 1];
                    tempCvs[base + 2] = simdChunkCvs[base + 2];
                    tempCvs[base + 3] = simdChunkCvs[base + 3];
                    tempCvs[base + 4] = simdChunkCvs[base + 4];
                    tempCvs[base + 5] = simdChunkCvs[base + 5];
                    tempCvs[base + 6] = simdChunkCvs[base + 6];
                    tempCvs[base + 7] = simdChunkCvs[base + 7];
                }
            }
        }
        // Merge each chunk's CV into the Merkle tree
        for (let g = 0; g < groupSize; g++) {
            const thisChunkIdx = chunkIdx + g;
            // Merge completed subtrees
            let totalChunks = thisChunkIdx + 1;
            // Track newCv source - either from tempCvs or parentCv
            let newCvBase = g * 8; // Offset into tempCvs
            let newCvSrc = tempCvs;
            // Check if this is the last chunk
            const isLastChunk = thisChunkIdx === numChunks - 1;
            while ((totalChunks & 1) === 0 && stackLen > 0) {
                // Skip final merge if it would produce the root; let finalization handle it with ROOT flag
                if (stackLen === 1 && isLastChunk) {
                    break;
                }
                // Pop left child
                stackLen--;
                const stackOff = stackLen * 8;
                // Copy from stack to parentBlock[0..7] (unrolled)
                copyCV8(stack, stackOff, parentBlock, 0);
                // Copy from newCv source to parentBlock[8..15] (unrolled)
                copyCV8(newCvSrc, newCvBase, parentBlock, 8);
                if (useWasmParent) {
                    // WASM parent compress - data already in arena buffers
                    runCompressParent();
                }
                else {
                    compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
                }
                newCvSrc = parentCv;
                newCvBase = 0;
                totalChunks >>>= 1;
            }
            // Push to stack (unrolled)
            const pushOff = stackLen * 8;
            copyCV8(newCvSrc, newCvBase, stack, pushOff);
            stackLen++;
        }
        chunkIdx += groupSize;
    }
    // Finalize: merge remaining stack entries
    while (stackLen > 1) {
        stackLen--;
        const rightOff = stackLen * 8;
        stackLen--;
        const leftOff = stackLen * 8;
        // Copy left CV to parentBlock[0..7] and right CV to parentBlock[8..15] (unrolled)
        copyCV8(stack, leftOff, parentBlock, 0);
        copyCV8(stack, rightOff, parentBlock, 8);
        if (stackLen === 0) {
            // This is the root - use reusable output buffer
            const out = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
            compress(IV, 0, parentBlock, 0, out, 0, outputLen > 32, 0, BLOCK_LEN, PARENT | ROOT);
            // Return result - use pre-created view for common 32-byte case
            if (outputLen === 32 && IS_LITTLE_ENDIAN) {
                return reusableOut8View.slice();
            }
            const result = new Uint8Array(outputLen);
            if (IS_LITTLE_ENDIAN) {
                result.set(new Uint8Array(out.buffer, 0, outputLen));
            }
            else {
                writeLittleEndianBytesPartial(out, 0, result, 0, outputLen);
            }
            return result;
        }
        if (useWasmParent) {
            // WASM parent compress - data already in arena buffers
            runCompressParent();
        }
        else {
            compress(IV, 0, parentBlock, 0, parentCv, 0, false, 0, BLOCK_LEN, PARENT);
        }
        // Push to stack (unrolled)
        copyCV8(parentCv, 0, stack, stackLen * 8);
        stackLen++;
    }
    // Single entry in stack - finalize as root
    if (stackLen === 1) {
        const block = getBlockWords();
        block.fill(0);
        // Copy first 8 words from stack (unrolled)
        copyCV8(stack, 0, block, 0);
        // Use reusable output buffer
        const out = outputLen === 32 ? reusableOut8 : new Uint32Array(outputLen > 32 ? 16 : 8);
        compress(IV, 0, block, 0, out, 0, outputLen > 32, 0, BLOCK_LEN, ROOT);
        // Return result - use pre-created view for common 32-byte case
        if (outputLen === 32 && IS_LITTLE_ENDIAN) {
            return reusableOut8View.slice();
        }
        const result = new Uint8Array(outputLen);
        if (IS_LITTLE_ENDIAN) {
            result.set(new Uint8Array(out.buffer, 0, outputLen));
        }
        else {
            writeLittleEndianBytesPartial(out, 0, result, 0, outputLen);
        }
        return result;
    }
    // Should not reach here
    return hashPureJS(input, outputLen);
}
/**
 * Hash input data and return the result.
 * Automatically uses WASM SIMD for large inputs when available.
 *
 * @param input - Data to hash
 * @param outputLength - Number of bytes to output (default: 32)
 * @returns The hash output
 */
function hash(input, outputLength = OUT_LEN) {
    // For large inputs, use SIMD for ~1.5x performance improvement
    if (input.length >= SIMD_THRESHOLD && ensureSimdSync()) {
        return hashSimd(input, outputLength);
    }
    return hashPureJS(input, outputLength);
}
/**
 * Pre-warm SIMD initialization (call early to avoid latency later).
 */
function warmupSimd() {
    return ensureSimdSync();
}
/**
 * Hash input data directly into a caller-provided output buffer.
 * Zero-allocation for the common 32-byte case - ideal for performance-critical code.
 *
 * @param input - Data to hash
 * @param output - Pre-allocated output buffer (must be at least outputLength bytes)
 * @param outputLength - Number of bytes to output (default: 32, max: output.length)
 */
function hashInto(input, output, outputLength = OUT_LEN) {
    // Validate output buffer
    if (output.length < outputLength) {
        throw new Error(`Output buffer too small: ${output.length} < ${outputLength}`);
    }
    // For large inputs, use SIMD for ~1.5x performance improvement
    if (input.length >= SIMD_THRESHOLD && ensureSimdSync()) {
        hashSimdInto(input, output, outputLength);
        return;
    }
    hashPureJSInto(input, output, outputLength);
}
/**
 * Internal: Hash using pure JS, writing directly to output buffer.
 */
function hashPureJSInto(input, output, outputLen) {
    const inputLen = input.length;
    // Special case: empty input
    if (inputLen === 0) {
        const block = getBlockWords();
        block.fill(0);
        const out = outputLen <= 32 ? reusableOut8 : new Uint32Array(16);
        compress(IV, 0, block, 0, out, 0, outputLen > 32, 0, 0, CHUNK_START | CHUNK_END | ROOT);
        // Copy result to output
        if (IS_LITTLE_ENDIAN) {
            output.set(new Uint8Array(out.buffer, out.byteOffset, outputLen));
        }
        else {
            writeLittleEndianBytesPartial(out, 0, output, 0, outputLen);
        }
        return;
    }
    // Calculate number of chunks
    const numChunks = Math.ceil(inputLen / CHUNK_LEN);
    // Single chunk optimization
    if (numChunks === 1) {
        const cv = outputLen <= 32 ? reusableOut8 : new Uint32Array(16);
        hashChunkRoot(input, 0, inputLen, 0, 0, cv, outputLen > 32);
        // Copy result to output
        if (IS_LITTLE_ENDIAN) {
            output.set(new Uint8Array(cv.buffer, cv.byteOffset, outputLen));
        }
        else {
            writeLittleEndianBytesPartial(cv, 0, output, 0, outputLen);
        }
        return;
    }
    // Multiple chunks - delegate to hashPureJS and copy result
    const result = hashPureJS(input, outputLen);
    output.set(result);
}
/**
 * Internal: Hash using SIMD, writing directly to output buffer.
 */
function hashSimdInto(input, output, outputLen) {
    // Delegate to hashSimd and copy result (SIMD path already optimized)
    const result = hashSimd(input, outputLen);
    output.set(result);
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/blake3-jit/dist/esm/index.js
/**
 * BLAKE3 - The fastest pure JavaScript implementation
 *
 * Features:
 * - All 3 modes: hash, keyed (MAC), derive_key
 * - XOF (eXtendable Output Function) support
 * - Automatic WASM SIMD acceleration for large inputs
 * - Zero dependencies
 * - Tree-shakeable exports
 *
 * @example
 * ```typescript
 * import { hash, createKeyed, createDeriveKey } from 'blake3-jit';
 *
 * // Simple hashing
 * const digest = hash(new Uint8Array([1, 2, 3]));
 *
 * // Keyed hashing (MAC)
 * const mac = createKeyed(key).update(data).finalize();
 *
 * // Key derivation
 * const derived = createDeriveKey("my context").update(material).finalize(64);
 * ```
 */
// Core exports


// Convenience imports

/**
 * Create a new keyed hasher (MAC).
 *
 * @param key - 32-byte key
 * @returns A new Hasher configured for keyed hashing
 *
 * @example
 * ```typescript
 * const key = new Uint8Array(32); // Your 32-byte key
 * crypto.getRandomValues(key);
 *
 * const mac = createKeyed(key)
 *   .update(message)
 *   .finalize();
 * ```
 */
function createKeyed(key) {
    return hasher_Hasher.newKeyed(key);
}
/**
 * Create a new key derivation hasher.
 *
 * @param context - Context string for domain separation
 * @returns A new Hasher configured for key derivation
 *
 * @example
 * ```typescript
 * const derivedKey = createDeriveKey("my-app encryption key v1")
 *   .update(inputKeyMaterial)
 *   .finalize(32);
 * ```
 */
function createDeriveKey(context) {
    return hasher_Hasher.newDeriveKey(context);
}
/**
 * Create a new regular hasher for incremental hashing.
 *
 * @returns A new Hasher
 *
 * @example
 * ```typescript
 * const hasher = createHasher();
 * hasher.update(chunk1);
 * hasher.update(chunk2);
 * const digest = hasher.finalize();
 * ```
 */
function createHasher() {
    return new hasher_Hasher();
}
// Import for default export

// Pre-warm SIMD in browser environments (non-blocking)
// This avoids initialization latency on first large hash
if (typeof globalThis !== "undefined" && typeof globalThis.document !== "undefined") {
    queueMicrotask(() => {
        warmupSimd();
    });
}
// Default export for convenience
/* harmony default export */ const esm = ({
    hash: hash,
    hashInto: hashInto,
    Hasher: hasher_Hasher,
    createHasher,
    createKeyed,
    createDeriveKey,
});

;// CONCATENATED MODULE: ./node_modules/@huggingface/xetchunk-wasm/dist/esm/xet-chunker.js


const TARGET_CHUNK_SIZE = (/* unused pure expression or super */ null && (64 * 1024)); // 64KB
const MINIMUM_CHUNK_DIVISOR = 8;
const MAXIMUM_CHUNK_MULTIPLIER = 2;
const HASH_WINDOW_SIZE = 64;
const BLAKE3_DATA_KEY = new Uint8Array([
    102, 151, 245, 119, 91, 149, 80, 222, 49, 53, 203, 172, 165, 151, 24, 28, 157, 228, 33, 16, 155, 235, 43, 88, 180,
    208, 176, 75, 147, 173, 242, 41,
]);
class XetChunker {
    minimumChunk;
    maximumChunk;
    chunkBuf;
    curChunkLen;
    gear;
    blake3;
    constructor(targetChunkSize = TARGET_CHUNK_SIZE) {
        if (targetChunkSize <= 0) {
            throw new Error("Target chunk size must be greater than 0");
        }
        if ((targetChunkSize & (targetChunkSize - 1)) !== 0) {
            throw new Error("Target chunk size must be a power of 2");
        }
        if (targetChunkSize <= HASH_WINDOW_SIZE) {
            throw new Error("Target chunk size must be greater than hash window size");
        }
        if (targetChunkSize >= Number.MAX_SAFE_INTEGER) {
            throw new Error("Target chunk size must be less than Number.MAX_SAFE_INTEGER");
        }
        let mask = BigInt(targetChunkSize - 1);
        let leadingZeros = 0;
        for (let i = 63; i >= 0; i--) {
            if ((mask & (1n << BigInt(i))) !== 0n) {
                break;
            }
            leadingZeros++;
        }
        mask = mask << BigInt(leadingZeros);
        const maximumChunk = targetChunkSize * MAXIMUM_CHUNK_MULTIPLIER;
        this.minimumChunk = targetChunkSize / MINIMUM_CHUNK_DIVISOR;
        this.maximumChunk = maximumChunk;
        this.chunkBuf = new Uint8Array(maximumChunk);
        this.curChunkLen = 0;
        this.gear = new Hasher(mask);
        this.blake3 = Blake3Hasher.newKeyed(BLAKE3_DATA_KEY);
    }
    /**
     * Streaming entry point: accepts an arbitrary slice of data, accumulates
     * it, and emits a chunk when a boundary (or max size) is reached.
     * Data is copied into an internal buffer because it may span calls.
     */
    next(data, isFinal) {
        const nBytes = data.length;
        let createChunk = false;
        let consumeLen = 0;
        if (nBytes !== 0) {
            if (this.curChunkLen + HASH_WINDOW_SIZE < this.minimumChunk) {
                const maxAdvance = Math.min(this.minimumChunk - this.curChunkLen - HASH_WINDOW_SIZE - 1, nBytes - consumeLen);
                consumeLen += maxAdvance;
                this.curChunkLen += maxAdvance;
            }
            const readEnd = Math.min(nBytes, consumeLen + this.maximumChunk - this.curChunkLen);
            let bytesToNextBoundary;
            const position = this.gear.nextMatch(data.subarray(consumeLen, readEnd));
            if (position !== -1) {
                bytesToNextBoundary = position;
                createChunk = true;
            }
            else {
                bytesToNextBoundary = readEnd - consumeLen;
            }
            if (bytesToNextBoundary + this.curChunkLen >= this.maximumChunk) {
                bytesToNextBoundary = this.maximumChunk - this.curChunkLen;
                createChunk = true;
            }
            this.curChunkLen += bytesToNextBoundary;
            consumeLen += bytesToNextBoundary;
            this.chunkBuf.set(data.subarray(0, consumeLen), this.curChunkLen - consumeLen);
        }
        if (createChunk || (isFinal && this.curChunkLen > 0)) {
            const chunkData = this.chunkBuf.subarray(0, this.curChunkLen);
            const hash = this.blake3.reset().update(chunkData).finalize(32);
            const chunk = {
                length: chunkData.length,
                hash: hash,
            };
            this.curChunkLen = 0;
            this.gear.resetHash();
            return {
                chunk,
                bytesConsumed: consumeLen,
            };
        }
        return {
            chunk: null,
            bytesConsumed: consumeLen,
        };
    }
    /**
     * Batch entry point: processes a large contiguous buffer and returns all
     * complete chunks. Hashes directly from `data` — no intermediate copy
     * to chunkBuf — for every chunk whose bytes are fully within `data`.
     */
    nextBlock(data, isFinal) {
        const chunks = [];
        let pos = 0;
        // Drain any leftover from a previous nextBlock / next call.
        while (pos < data.length && this.curChunkLen > 0) {
            const result = this.next(data.subarray(pos), false);
            if (result.chunk)
                chunks.push(result.chunk);
            pos += result.bytesConsumed;
        }
        const minSkip = this.minimumChunk > HASH_WINDOW_SIZE
            ? this.minimumChunk - HASH_WINDOW_SIZE - 1
            : 0;
        while (pos < data.length) {
            const chunkStart = pos;
            const scanStart = Math.min(pos + minSkip, data.length);
            const scanEnd = Math.min(data.length, pos + this.maximumChunk);
            const position = this.gear.nextMatch(data.subarray(scanStart, scanEnd));
            let chunkEnd;
            let foundBoundary;
            if (position !== -1 && scanStart + position - chunkStart <= this.maximumChunk) {
                chunkEnd = scanStart + position;
                foundBoundary = true;
            }
            else if (scanEnd - chunkStart >= this.maximumChunk) {
                chunkEnd = chunkStart + this.maximumChunk;
                foundBoundary = true;
            }
            else {
                foundBoundary = false;
                chunkEnd = scanEnd;
            }
            if (foundBoundary) {
                const hash = this.blake3.reset()
                    .update(data.subarray(chunkStart, chunkEnd))
                    .finalize(32);
                chunks.push({ length: chunkEnd - chunkStart, hash });
                pos = chunkEnd;
                this.gear.resetHash();
            }
            else if (isFinal) {
                const hash = this.blake3.reset()
                    .update(data.subarray(chunkStart))
                    .finalize(32);
                chunks.push({ length: data.length - chunkStart, hash });
                pos = data.length;
            }
            else {
                this.chunkBuf.set(data.subarray(chunkStart), 0);
                this.curChunkLen = data.length - chunkStart;
                pos = data.length;
            }
        }
        return chunks;
    }
    finish() {
        if (this.curChunkLen > 0) {
            const chunkData = this.chunkBuf.subarray(0, this.curChunkLen);
            const hash = this.blake3.reset().update(chunkData).finalize(32);
            const chunk = { length: this.curChunkLen, hash };
            this.curChunkLen = 0;
            this.gear.resetHash();
            return chunk;
        }
        return null;
    }
}
function xet_chunker_createChunker(targetChunkSize = TARGET_CHUNK_SIZE) {
    return new XetChunker(targetChunkSize);
}
function xet_chunker_nextBlock(chunker, data) {
    return chunker.nextBlock(data, false);
}
function xet_chunker_finalize(chunker) {
    return chunker.finish();
}
function getChunks(data, targetChunkSize = TARGET_CHUNK_SIZE) {
    const chunker = xet_chunker_createChunker(targetChunkSize);
    return chunker.nextBlock(data, true);
}
function xet_chunker_hashToHex(hash) {
    const view = new DataView(hash.buffer, hash.byteOffset, hash.byteLength);
    const u64 = view.getBigUint64(0, true);
    const u64_2 = view.getBigUint64(8, true);
    const u64_3 = view.getBigUint64(16, true);
    const u64_4 = view.getBigUint64(24, true);
    return (u64.toString(16).padStart(16, "0") +
        u64_2.toString(16).padStart(16, "0") +
        u64_3.toString(16).padStart(16, "0") +
        u64_4.toString(16).padStart(16, "0"));
}
function xet_chunker_hexToBytes(hex) {
    const bytes = new Uint8Array(32);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(0, BigInt("0x" + hex.slice(0, 16)), true);
    view.setBigUint64(8, BigInt("0x" + hex.slice(16, 32)), true);
    view.setBigUint64(16, BigInt("0x" + hex.slice(32, 48)), true);
    view.setBigUint64(24, BigInt("0x" + hex.slice(48, 64)), true);
    return bytes;
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/xetchunk-wasm/dist/esm/xorb-hash.js


const MEAN_CHUNK_PER_NODE = 4;
const BLAKE3_NODE_KEY = new Uint8Array([
    1, 126, 197, 199, 165, 71, 41, 150, 253, 148, 102, 102, 180, 138, 2, 230, 93, 221, 83, 111, 55, 199, 109, 210, 248,
    99, 82, 230, 74, 83, 113, 63,
]);
const INDEX_OF_LAST_BYTE_OF_LAST_U64_IN_CHUNK_HASH = (/* unused pure expression or super */ null && (3 * 8));
const nodeHasher = hasher_Hasher.newKeyed(BLAKE3_NODE_KEY);
/**
 * @internal
 *
 * `hash % 4 === 0` in Rust's `is_natural_cut`, where `%` operates on the
 * little-endian u64 at byte offset 24 — so only the low byte matters.
 */
function xorb_hash_isNaturalCut(hash) {
    return hash[INDEX_OF_LAST_BYTE_OF_LAST_U64_IN_CHUNK_HASH] % MEAN_CHUNK_PER_NODE === 0;
}
function xorb_hash_xorbHash(chunks) {
    if (chunks.length === 0) {
        return new Uint8Array(32);
    }
    let currentChunks = chunks;
    while (currentChunks.length > 1) {
        const nodes = [];
        let currentIndex = 0;
        let numOfChildrenSoFar = 0;
        for (let i = 0; i < currentChunks.length; i++) {
            if (i === currentChunks.length - 1 ||
                numOfChildrenSoFar === 2 * MEAN_CHUNK_PER_NODE ||
                (numOfChildrenSoFar >= 2 &&
                    currentChunks[i].hash[INDEX_OF_LAST_BYTE_OF_LAST_U64_IN_CHUNK_HASH] % MEAN_CHUNK_PER_NODE === 0)) {
                nodes.push(xorb_hash_mergedHashOfSequence(currentChunks.slice(currentIndex, i + 1)));
                currentIndex = i + 1;
                numOfChildrenSoFar = 0;
            }
            else {
                numOfChildrenSoFar++;
            }
        }
        currentChunks = nodes;
    }
    return currentChunks[0].hash;
}
/**
 * @internal
 *
 * Matches Rust's `merged_hash_of_sequence`: serializes each entry as
 * "{hash_hex} : {length_decimal}\n" then hashes with BLAKE3_NODE_KEY.
 */
function xorb_hash_mergedHashOfSequence(chunks) {
    let text = "";
    let totalLength = 0;
    for (const chunk of chunks) {
        text += hashToHex(chunk.hash) + " : " + chunk.length + "\n";
        totalLength += chunk.length;
    }
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
        bytes[i] = text.charCodeAt(i);
    }
    const hash = nodeHasher.reset().update(bytes).finalize(32);
    return { hash, length: totalLength };
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/xetchunk-wasm/dist/esm/hash-utils.js


const ZERO_KEY = new Uint8Array(32);
const VERIFICATION_KEY = new Uint8Array([
    127, 24, 87, 214, 206, 86, 237, 102, 18, 127, 249, 19, 231, 165, 195, 243, 164, 205, 38, 213, 181, 219, 73, 230,
    65, 36, 152, 127, 40, 251, 148, 195,
]);
const fileHasher = hasher_Hasher.newKeyed(ZERO_KEY);
const verificationHasher = hasher_Hasher.newKeyed(VERIFICATION_KEY);
/**
 * file_hash = hmac(xorb_hash(chunks), zero_key)
 *
 * Matches Rust's `merklehash::file_hash` which calls
 * `file_hash_with_salt(chunks, &[0; 32])`.
 */
function hash_utils_fileHash(chunks) {
    // Empty input short-circuits to the all-zero MerkleHash, matching Rust's
    // `file_hash_with_salt` (`if chunks.is_empty() { return MerkleHash::default(); }`).
    // Without this we'd return `hmac(0, zero_key)`, which the CAS shard validation rejects
    // for empty files with "file reconstruction does not produce this hash".
    if (chunks.length === 0) {
        return new Uint8Array(32);
    }
    const xorb = xorbHash(chunks);
    return fileHasher.reset().update(xorb).finalize(32);
}
/**
 * HMAC: blake3_keyed_hash(key_bytes, hash_bytes)
 *
 * Both inputs are 32-byte Uint8Arrays.
 * Matches Rust's `DataHash::hmac`.
 *
 * Uses a fresh hasher per call since the key varies.
 */
function hash_utils_hmac(hash, key) {
    return Hasher.newKeyed(key).update(hash).finalize(32);
}
/**
 * Verification hash for a range of chunk hashes.
 * Concatenates all 32-byte hashes and applies blake3_keyed_hash
 * with VERIFICATION_KEY.
 *
 * Matches Rust's `chunk_verification::range_hash_from_chunks`.
 */
function hash_utils_verificationHash(chunkHashes) {
    const combined = new Uint8Array(chunkHashes.length * 32);
    for (let i = 0; i < chunkHashes.length; i++) {
        combined.set(chunkHashes[i], i * 32);
    }
    return verificationHasher.reset().update(combined).finalize(32);
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/xetchunk-wasm/dist/esm/merkle-hash-subtree.js


/** Groups always have at least 2 nodes. */
const MIN_GROUP_SIZE = 2;
/** Groups have at most 2*BF+1 = 9 nodes. */
const MAX_GROUP_SIZE = 9;
/**
 * Find the next cut point in a sequence of nodes at which to break,
 * mirroring Rust's `next_merge_cut`. Returns the group length starting at
 * `start` within `nodes` (bounded by `end`, exclusive).
 */
function nextMergeCut(nodes, start, end) {
    const len = end - start;
    if (len <= MIN_GROUP_SIZE) {
        return len;
    }
    const lim = Math.min(MAX_GROUP_SIZE, len);
    for (let i = MIN_GROUP_SIZE; i < lim; i++) {
        if (isNaturalCut(nodes[start + i].hash)) {
            return i + 1;
        }
    }
    return lim;
}
function validGap(gap) {
    return gap > MIN_GROUP_SIZE && gap < MAX_GROUP_SIZE - 1;
}
/**
 * Find the first stable group boundary scanning left-to-right.
 *
 * A position `m` is "stable" if it is always a group boundary regardless of
 * what nodes precede this slice: three consecutive natural-cut positions
 * `c0 < c1 < c2` with both gaps in `(MIN_GROUP_SIZE, MAX_GROUP_SIZE - 1)`
 * make `c1 + 1` stable.
 *
 * Returns `undefined` when the slice is too short or lacks the pattern.
 */
function findStableStart(nodes) {
    if (nodes.length < MIN_GROUP_SIZE + 1) {
        return undefined;
    }
    let prevPrevCut;
    let prevCut;
    for (let pos = 0; pos < nodes.length; pos++) {
        if (!isNaturalCut(nodes[pos].hash)) {
            continue;
        }
        if (prevCut !== undefined &&
            validGap(pos - prevCut) &&
            prevPrevCut !== undefined &&
            validGap(prevCut - prevPrevCut)) {
            return prevCut + 1;
        }
        prevPrevCut = prevCut;
        prevCut = pos;
    }
    return undefined;
}
/**
 * Find the last stable group boundary scanning right-to-left; the mirror of
 * {@link findStableStart}. Everything from the returned index onward is the
 * unstable suffix that cannot yet be merged.
 */
function findStableEnd(nodes) {
    if (nodes.length < MIN_GROUP_SIZE + 1) {
        return undefined;
    }
    let nextNextCut;
    let nextCut;
    for (let pos = nodes.length - 1; pos >= 0; pos--) {
        if (!isNaturalCut(nodes[pos].hash)) {
            continue;
        }
        if (nextCut !== undefined &&
            validGap(nextCut - pos) &&
            nextNextCut !== undefined &&
            validGap(nextNextCut - nextCut)) {
            return nextCut + 1;
        }
        nextNextCut = nextCut;
        nextCut = pos;
    }
    return undefined;
}
/**
 * The core per-level operation, mirroring Rust's `split_and_promote`:
 * partitions `nodes` into `[prefixLen, suffixLen]`, appending merged group
 * nodes of the stable middle region to `promoted`.
 */
function splitAndPromote(nodes, atStart, atEnd, promoted) {
    if (nodes.length <= 1) {
        return [nodes.length, 0];
    }
    let stableStart;
    if (atStart) {
        stableStart = 0;
    }
    else {
        const idx = findStableStart(nodes);
        if (idx === undefined) {
            return [nodes.length, 0];
        }
        stableStart = idx;
    }
    let stableEnd;
    if (atEnd) {
        stableEnd = nodes.length;
    }
    else {
        const idx = findStableEnd(nodes.slice(stableStart));
        if (idx === undefined) {
            return [nodes.length, 0];
        }
        stableEnd = stableStart + idx;
    }
    if (stableStart >= stableEnd) {
        return [nodes.length, 0];
    }
    let pos = stableStart;
    while (pos < stableEnd) {
        const cutLen = nextMergeCut(nodes, pos, stableEnd);
        promoted.push(mergedHashOfSequence(nodes.slice(pos, pos + cutLen)));
        pos += cutLen;
    }
    return [stableStart, nodes.length - stableEnd];
}
/**
 * Flatten per-level left/right arrays into the storage layout used by Rust:
 * all left-side nodes ascending by level, then all right-side nodes
 * descending by level.
 */
function flattenHump(hump) {
    const nodes = [];
    for (const left of hump.leftLevels) {
        nodes.push(...left);
    }
    for (let level = hump.rightLevels.length - 1; level >= 0; level--) {
        nodes.push(...hump.rightLevels[level]);
    }
    const levels = hump.leftLevels.map((left, i) => [left.length, hump.rightLevels[i].length]);
    return { nodes, levels };
}
/** Mirror of Rust's `build_hump`. */
function buildHump(chunks, atStart, atEnd) {
    const leftLevels = [];
    const rightLevels = [];
    let current = chunks;
    let allLeftsEmpty = true;
    let allRightsEmpty = true;
    // eslint-disable-next-line no-constant-condition
    while (true) {
        const levelAtStart = atStart && allLeftsEmpty;
        const levelAtEnd = atEnd && allRightsEmpty;
        const promoted = [];
        const [prefixLen, suffixLen] = splitAndPromote(current, levelAtStart, levelAtEnd, promoted);
        leftLevels.push(current.slice(0, prefixLen));
        rightLevels.push(current.slice(current.length - suffixLen));
        if (prefixLen > 0) {
            allLeftsEmpty = false;
        }
        if (suffixLen > 0) {
            allRightsEmpty = false;
        }
        if (promoted.length === 0) {
            break;
        }
        if (promoted.length === 1) {
            leftLevels.push(promoted);
            rightLevels.push([]);
            break;
        }
        current = promoted;
    }
    return { leftLevels, rightLevels };
}
class merkle_hash_subtree_MerkleHashSubtree {
    nodes;
    /** Per-level `[leftCount, rightCount]` pairs indexing into `nodes`. */
    levels;
    leftOffsets;
    rightOffsets;
    /** True if this range begins at chunk 0 of the full sequence. */
    atStart;
    /** True if this range ends at the last chunk of the full sequence. */
    atEnd;
    constructor(nodes, levels, atStart, atEnd) {
        this.nodes = nodes;
        this.levels = levels;
        this.atStart = atStart;
        this.atEnd = atEnd;
        [this.leftOffsets, this.rightOffsets] = computeOffsets(levels);
    }
    /**
     * Create a subtree from a contiguous run of level-0 chunks.
     *
     * - `atStart`: `chunks[0]` is the first chunk of the entire file.
     * - `atEnd`: the last element of `chunks` is the file's final chunk.
     */
    static fromChunks(atStart, chunks, atEnd) {
        const { nodes, levels } = flattenHump(buildHump(chunks, atStart, atEnd));
        return new merkle_hash_subtree_MerkleHashSubtree(nodes, levels, atStart, atEnd);
    }
    get numNodes() {
        return this.nodes.length;
    }
    get numLevels() {
        return this.levels.length;
    }
    get isEmpty() {
        return this.nodes.length === 0;
    }
    leftAt(level) {
        if (level >= this.levels.length) {
            return [];
        }
        const start = this.leftOffsets[level];
        return this.nodes.slice(start, start + this.levels[level][0]);
    }
    rightAt(level) {
        if (level >= this.levels.length) {
            return [];
        }
        const start = this.rightOffsets[level];
        return this.nodes.slice(start, start + this.levels[level][1]);
    }
    /**
     * Merge an adjacent subtree (the right neighbor) into this one, in place.
     * After the call, `this` covers the combined range: it keeps its own
     * `atStart` and takes `other`'s `atEnd`.
     *
     * Throws if `this.atEnd` (nothing can follow the end) or `other.atStart`
     * (the start cannot appear on the right side of a merge).
     */
    mergeInto(other) {
        if (this.atEnd) {
            throw new Error("Cannot merge into a subtree that is already at the end");
        }
        if (other.atStart) {
            throw new Error("Cannot merge a subtree that is at the start on the right side");
        }
        const combinedAtStart = this.atStart;
        const combinedAtEnd = other.atEnd;
        const maxLevels = Math.max(this.numLevels, other.numLevels);
        const leftLevels = [];
        const rightLevels = [];
        let carry = [];
        let allLeftsEmpty = true;
        let allRightsEmpty = true;
        for (let level = 0; level < maxLevels; level++) {
            const full = [
                ...this.leftAt(level),
                ...this.rightAt(level),
                ...carry,
                ...other.leftAt(level),
                ...other.rightAt(level),
            ];
            const levelAtStart = combinedAtStart && allLeftsEmpty;
            const levelAtEnd = combinedAtEnd && allRightsEmpty;
            const promoted = [];
            const [prefixLen, suffixLen] = splitAndPromote(full, levelAtStart, levelAtEnd, promoted);
            leftLevels.push(full.slice(0, prefixLen));
            rightLevels.push(full.slice(full.length - suffixLen));
            if (prefixLen > 0) {
                allLeftsEmpty = false;
            }
            if (suffixLen > 0) {
                allRightsEmpty = false;
            }
            carry = promoted;
        }
        while (carry.length > 0) {
            if (carry.length === 1) {
                leftLevels.push(carry);
                rightLevels.push([]);
                carry = [];
            }
            else {
                const promoted = [];
                const [prefixLen, suffixLen] = splitAndPromote(carry, combinedAtStart && allLeftsEmpty, combinedAtEnd && allRightsEmpty, promoted);
                leftLevels.push(carry.slice(0, prefixLen));
                rightLevels.push(carry.slice(carry.length - suffixLen));
                if (prefixLen > 0) {
                    allLeftsEmpty = false;
                }
                if (suffixLen > 0) {
                    allRightsEmpty = false;
                }
                carry = promoted;
            }
        }
        // Trim empty trailing levels
        while (leftLevels.length > 1 &&
            leftLevels[leftLevels.length - 1].length === 0 &&
            rightLevels[rightLevels.length - 1].length === 0) {
            leftLevels.pop();
            rightLevels.pop();
        }
        const { nodes, levels } = flattenHump({ leftLevels, rightLevels });
        this.nodes = nodes;
        this.levels = levels;
        [this.leftOffsets, this.rightOffsets] = computeOffsets(levels);
        this.atStart = combinedAtStart;
        this.atEnd = combinedAtEnd;
    }
    /**
     * Merge multiple adjacent ranges left-to-right.
     * Returns an empty fully-closed range when `ranges` is empty.
     */
    static merge(ranges) {
        if (ranges.length === 0) {
            return merkle_hash_subtree_MerkleHashSubtree.fromChunks(true, [], true);
        }
        const result = ranges[0].clone();
        for (let i = 1; i < ranges.length; i++) {
            result.mergeInto(ranges[i]);
        }
        return result;
    }
    clone() {
        return new merkle_hash_subtree_MerkleHashSubtree([...this.nodes], this.levels.map((l) => [...l]), this.atStart, this.atEnd);
    }
    /**
     * The final aggregated hash — only available when both boundaries are
     * known (`atStart && atEnd`). Equals `xorbHash(allChunks)`; apply
     * `hmac(hash, zeroKey)` to obtain the file hash.
     *
     * Returns `undefined` when either boundary is unknown.
     */
    finalHash() {
        if (!this.atStart || !this.atEnd) {
            return undefined;
        }
        if (this.nodes.length === 0) {
            return new Uint8Array(32);
        }
        const top = this.levels.length - 1;
        const topLeft = this.leftAt(top);
        if (topLeft.length !== 1 || this.rightAt(top).length !== 0) {
            throw new Error("Invariant violation: fully-closed hump should have a single node at the top level");
        }
        return topLeft[0].hash;
    }
    /** Total byte length covered by this subtree. */
    get totalLength() {
        let total = 0;
        for (let level = 0; level < this.levels.length; level++) {
            for (const node of this.leftAt(level)) {
                total += node.length;
            }
            for (const node of this.rightAt(level)) {
                total += node.length;
            }
        }
        return total;
    }
    /** Serde-human-readable-compatible JSON (what the CAS server produces/accepts). */
    toJSON() {
        return {
            nodes: this.nodes.map((node) => ({ hash: hashToHex(node.hash), size: node.length })),
            levels: this.levels.map((l) => [...l]),
            at_start: this.atStart,
            at_end: this.atEnd,
        };
    }
    static fromJSON(json) {
        return new merkle_hash_subtree_MerkleHashSubtree(json.nodes.map((node) => ({ hash: hexToBytes(node.hash), length: node.size })), json.levels.map((l) => [l[0], l[1]]), json.at_start, json.at_end);
    }
}
/** Pre-compute left and right offset arrays from levels (mirror of Rust's `compute_offsets`). */
function computeOffsets(levels) {
    const leftOffsets = [];
    const rightOffsets = [];
    let cumulativeLeft = 0;
    for (const [leftCount] of levels) {
        leftOffsets.push(cumulativeLeft);
        cumulativeLeft += leftCount;
    }
    const totalLeft = cumulativeLeft;
    let cumulativeRightAfter = 0;
    for (const [, rightCount] of levels) {
        cumulativeRightAfter += rightCount;
    }
    for (const [, rightCount] of levels) {
        cumulativeRightAfter -= rightCount;
        rightOffsets.push(totalLeft + cumulativeRightAfter);
    }
    return [leftOffsets, rightOffsets];
}

;// CONCATENATED MODULE: ./node_modules/@huggingface/xetchunk-wasm/dist/esm/index.js





// EXTERNAL MODULE: external "stream"
var external_stream_ = __nccwpck_require__(203);
;// CONCATENATED MODULE: external "stream/promises"
const external_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: ./node_modules/@huggingface/hub/dist/chunk-AXSL4LYE.mjs
// src/lib/cache-management.ts



function getDefaultHome() {
  return join(homedir(), ".cache");
}
function getDefaultCachePath() {
  return join(process.env["HF_HOME"] ?? join(process.env["XDG_CACHE_HOME"] ?? getDefaultHome(), "huggingface"), "hub");
}
function getHuggingFaceHubCache() {
  return process.env["HUGGINGFACE_HUB_CACHE"] ?? getDefaultCachePath();
}
function getHFHubCachePath() {
  return process.env["HF_HUB_CACHE"] ?? getHuggingFaceHubCache();
}
var FILES_TO_IGNORE = (/* unused pure expression or super */ null && ([".DS_Store"]));
var REPO_ID_SEPARATOR = "--";
function getRepoFolderName({ name, type }) {
  const parts = [`${type}s`, ...name.split("/")];
  return parts.join(REPO_ID_SEPARATOR);
}
async function scanCacheDir(cacheDir = void 0) {
  if (!cacheDir) {
    cacheDir = getHFHubCachePath();
  }
  const s = await stat(cacheDir);
  if (!s.isDirectory()) {
    throw new Error(
      `Scan cache expects a directory but found a file: ${cacheDir}. Please use \`cacheDir\` argument or set \`HF_HUB_CACHE\` environment variable.`
    );
  }
  const repos = [];
  const warnings = [];
  const directories = await readdir(cacheDir);
  for (const repo of directories) {
    if (repo === ".locks") {
      continue;
    }
    const absolute = join(cacheDir, repo);
    const s2 = await stat(absolute);
    if (!s2.isDirectory()) {
      continue;
    }
    try {
      const cached2 = await scanCachedRepo(absolute);
      repos.push(cached2);
    } catch (err) {
      warnings.push(err);
    }
  }
  return {
    repos,
    size: [...repos.values()].reduce((sum2, repo) => sum2 + repo.size, 0),
    warnings
  };
}
async function scanCachedRepo(repoPath) {
  const name = basename(repoPath);
  if (!name.includes(REPO_ID_SEPARATOR)) {
    throw new Error(`Repo path is not a valid HuggingFace cache directory: ${name}`);
  }
  const [type, ...remaining] = name.split(REPO_ID_SEPARATOR);
  const repoType = parseRepoType(type);
  const repoId = remaining.join("/");
  const snapshotsPath = join(repoPath, "snapshots");
  const refsPath = join(repoPath, "refs");
  const snapshotStat = await stat(snapshotsPath);
  if (!snapshotStat.isDirectory()) {
    throw new Error(`Snapshots dir doesn't exist in cached repo ${snapshotsPath}`);
  }
  const refsByHash = /* @__PURE__ */ new Map();
  const refsStat = await stat(refsPath);
  if (refsStat.isDirectory()) {
    await scanRefsDir(refsPath, refsByHash);
  }
  const cachedRevisions = [];
  const blobStats = /* @__PURE__ */ new Map();
  const snapshotDirs = await readdir(snapshotsPath);
  for (const dir of snapshotDirs) {
    if (FILES_TO_IGNORE.includes(dir)) {
      continue;
    }
    const revisionPath = join(snapshotsPath, dir);
    const revisionStat = await stat(revisionPath);
    if (!revisionStat.isDirectory()) {
      throw new Error(`Snapshots folder corrupted. Found a file: ${revisionPath}`);
    }
    const cachedFiles = [];
    await scanSnapshotDir(revisionPath, cachedFiles, blobStats);
    const revisionLastModified = cachedFiles.length > 0 ? Math.max(...[...cachedFiles].map((file) => file.blob.lastModifiedAt.getTime())) : revisionStat.mtimeMs;
    cachedRevisions.push({
      commitOid: dir,
      files: cachedFiles,
      refs: refsByHash.get(dir) || [],
      size: [...cachedFiles].reduce((sum2, file) => sum2 + file.blob.size, 0),
      path: revisionPath,
      lastModifiedAt: new Date(revisionLastModified)
    });
    refsByHash.delete(dir);
  }
  if (refsByHash.size > 0) {
    throw new Error(
      `Reference(s) refer to missing commit hashes: ${JSON.stringify(Object.fromEntries(refsByHash))} (${repoPath})`
    );
  }
  const repoStats = await stat(repoPath);
  const repoLastAccessed = blobStats.size > 0 ? Math.max(...[...blobStats.values()].map((stat3) => stat3.atimeMs)) : repoStats.atimeMs;
  const repoLastModified = blobStats.size > 0 ? Math.max(...[...blobStats.values()].map((stat3) => stat3.mtimeMs)) : repoStats.mtimeMs;
  return {
    id: {
      name: repoId,
      type: repoType
    },
    path: repoPath,
    filesCount: blobStats.size,
    revisions: cachedRevisions,
    size: [...blobStats.values()].reduce((sum2, stat3) => sum2 + stat3.size, 0),
    lastAccessedAt: new Date(repoLastAccessed),
    lastModifiedAt: new Date(repoLastModified)
  };
}
async function scanRefsDir(refsPath, refsByHash) {
  const refFiles = await readdir(refsPath, { withFileTypes: true });
  for (const refFile of refFiles) {
    const refFilePath = join(refsPath, refFile.name);
    if (refFile.isDirectory()) {
      continue;
    }
    const commitHash = await readFile(refFilePath, "utf-8");
    const refName = refFile.name;
    if (!refsByHash.has(commitHash)) {
      refsByHash.set(commitHash, []);
    }
    refsByHash.get(commitHash)?.push(refName);
  }
}
async function scanSnapshotDir(revisionPath, cachedFiles, blobStats) {
  const files = await readdir(revisionPath, { withFileTypes: true });
  for (const file of files) {
    if (file.isDirectory()) {
      continue;
    }
    const filePath = join(revisionPath, file.name);
    const blobPath = await realpath(filePath);
    const blobStat = await getBlobStat(blobPath, blobStats);
    cachedFiles.push({
      path: filePath,
      blob: {
        path: blobPath,
        size: blobStat.size,
        lastAccessedAt: new Date(blobStat.atimeMs),
        lastModifiedAt: new Date(blobStat.mtimeMs)
      }
    });
  }
}
async function getBlobStat(blobPath, blobStats) {
  const blob = blobStats.get(blobPath);
  if (!blob) {
    const statResult = await lstat(blobPath);
    blobStats.set(blobPath, statResult);
    return statResult;
  }
  return blob;
}
function parseRepoType(type) {
  switch (type) {
    case "models":
      return "model";
    case "datasets":
      return "dataset";
    case "spaces":
      return "space";
    case "buckets":
      return "bucket";
    case "kernels":
      return "kernel";
    default:
      throw new TypeError(`Invalid repo type: ${type}`);
  }
}

// src/consts.ts
var HUB_URL = "https://huggingface.co";

// src/error.ts
async function createApiError(response, opts) {
  const error = new HubApiError(response.url, response.status, response.headers.get("X-Request-Id") ?? opts?.requestId);
  error.message = `Api error with status ${error.statusCode}${opts?.message ? `. ${opts.message}` : ""}`;
  const trailer = [`URL: ${error.url}`, error.requestId ? `Request ID: ${error.requestId}` : void 0].filter(Boolean).join(". ");
  if (response.headers.get("Content-Type")?.startsWith("application/json")) {
    const json = await response.json();
    error.message = json.error || json.message || error.message;
    if (json.error_description) {
      error.message = error.message ? error.message + `: ${json.error_description}` : json.error_description;
    }
    error.data = json;
  } else {
    error.data = { message: await response.text() };
  }
  error.message += `. ${trailer}`;
  throw error;
}
var HubApiError = class extends Error {
  statusCode;
  url;
  requestId;
  data;
  constructor(url, statusCode, requestId, message) {
    super(message);
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.url = url;
  }
};
var InvalidApiResponseFormatError = class extends (/* unused pure expression or super */ null && (Error)) {
};

// src/utils/checkCredentials.ts
function checkAccessToken(accessToken) {
  if (!accessToken.startsWith("hf_")) {
    throw new TypeError("Your access token must start with 'hf_'");
  }
}
function checkCredentials(params) {
  if (params.accessToken) {
    checkAccessToken(params.accessToken);
    return params.accessToken;
  }
  if (params.credentials?.accessToken) {
    checkAccessToken(params.credentials.accessToken);
    return params.credentials.accessToken;
  }
}

// src/utils/toRepoId.ts
function toRepoId(repo) {
  if (typeof repo !== "string") {
    return repo;
  }
  if (repo.startsWith("model/") || repo.startsWith("models/")) {
    throw new TypeError(
      "A repo designation for a model should not start with 'models/', directly specify the model namespace / name"
    );
  }
  if (repo.startsWith("space/")) {
    throw new TypeError("Spaces should start with 'spaces/', plural, not 'space/'");
  }
  if (repo.startsWith("dataset/")) {
    throw new TypeError("Datasets should start with 'datasets/', plural, not 'dataset/'");
  }
  if (repo.startsWith("bucket/")) {
    throw new TypeError("Buckets should start with 'buckets/', plural, not 'bucket/'");
  }
  if (repo.startsWith("kernel/")) {
    throw new TypeError("Kernels should start with 'kernels/', plural, not 'kernel/'");
  }
  const slashes = repo.split("/").length - 1;
  if (repo.startsWith("spaces/")) {
    if (slashes !== 2) {
      throw new TypeError("Space Id must include namespace and name of the space");
    }
    return {
      type: "space",
      name: repo.slice("spaces/".length)
    };
  }
  if (repo.startsWith("datasets/")) {
    if (slashes > 2) {
      throw new TypeError("Too many slashes in repo designation: " + repo);
    }
    return {
      type: "dataset",
      name: repo.slice("datasets/".length)
    };
  }
  if (repo.startsWith("buckets/")) {
    if (slashes !== 2) {
      throw new TypeError("Bucket Id must include namespace and name of the bucket");
    }
    return {
      type: "bucket",
      name: repo.slice("buckets/".length)
    };
  }
  if (repo.startsWith("kernels/")) {
    if (slashes !== 2) {
      throw new TypeError("Kernel Id must include namespace and name of the kernel");
    }
    return {
      type: "kernel",
      name: repo.slice("kernels/".length)
    };
  }
  if (slashes > 1) {
    throw new TypeError("Too many slashes in repo designation: " + repo);
  }
  return {
    type: "model",
    name: repo
  };
}

// src/lib/check-repo-access.ts
async function checkRepoAccess(params) {
  const accessToken = params && checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const response = await (params.fetch || fetch)(`${params?.hubUrl || HUB_URL}/api/${repoId.type}s/${repoId.name}`, {
    headers: {
      ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    }
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
}

// src/utils/eventToGenerator.ts
async function* eventToGenerator(cb) {
  const promises = [];
  function addPromise() {
    let resolve3;
    let reject;
    const p = new Promise((res, rej) => {
      resolve3 = res;
      reject = rej;
    });
    promises.push({ p, resolve: resolve3, reject });
  }
  addPromise();
  const callbackRes = Promise.resolve().then(
    () => cb(
      (y) => {
        addPromise();
        promises.at(-2)?.resolve({ done: false, value: y });
      },
      (r) => {
        addPromise();
        promises.at(-2)?.resolve({ done: true, value: r });
      },
      (err) => promises.shift()?.reject(err)
    )
  ).catch((err) => promises.shift()?.reject(err));
  while (1) {
    const p = promises[0];
    if (!p) {
      throw new Error("Logic error in eventGenerator, promises should never be empty");
    }
    const result = await p.p;
    promises.shift();
    if (result.done) {
      await callbackRes;
      return result.value;
    }
    yield result.value;
  }
  throw new Error("Unreachable");
}

// src/utils/hexFromBytes.ts
function hexFromBytes(arr) {
  if (globalThis.Buffer) {
    return globalThis.Buffer.from(arr).toString("hex");
  } else {
    const bin = [];
    arr.forEach((byte) => {
      bin.push(byte.toString(16).padStart(2, "0"));
    });
    return bin.join("");
  }
}

// src/utils/isBackend.ts
var isBrowser = typeof window !== "undefined" && typeof window.document !== "undefined";
var isWebWorker = typeof self === "object" && self.constructor && self.constructor.name === "DedicatedWorkerGlobalScope";
var isBackend = !isBrowser && !isWebWorker;

// src/utils/isFrontend.ts
var isFrontend = !isBackend;

// src/utils/sha256.ts
async function getWebWorkerCode() {
  const sha256Module = await __nccwpck_require__.e(/* import() */ 269).then(__nccwpck_require__.bind(__nccwpck_require__, 269));
  return URL.createObjectURL(new Blob([sha256Module.createSHA256WorkerCode()]));
}
var pendingWorkers = (/* unused pure expression or super */ null && ([]));
var runningWorkers = /* @__PURE__ */ new Set();
var resolve;
var waitPromise = new Promise((r) => {
  resolve = r;
});
async function getWorker(poolSize) {
  {
    const worker2 = pendingWorkers.pop();
    if (worker2) {
      runningWorkers.add(worker2);
      return worker2;
    }
  }
  if (!poolSize) {
    const worker2 = new Worker(await getWebWorkerCode());
    runningWorkers.add(worker2);
    return worker2;
  }
  if (poolSize <= 0) {
    throw new TypeError("Invalid webworker pool size: " + poolSize);
  }
  while (runningWorkers.size >= poolSize) {
    await waitPromise;
  }
  const worker = new Worker(await getWebWorkerCode());
  runningWorkers.add(worker);
  return worker;
}
async function freeWorker(worker, poolSize) {
  if (!poolSize) {
    return destroyWorker(worker);
  }
  runningWorkers.delete(worker);
  pendingWorkers.push(worker);
  const r = resolve;
  waitPromise = new Promise((r2) => {
    resolve = r2;
  });
  r();
}
function destroyWorker(worker) {
  runningWorkers.delete(worker);
  worker.terminate();
  const r = resolve;
  waitPromise = new Promise((r2) => {
    resolve = r2;
  });
  r();
}
async function* sha256(buffer, opts) {
  yield 0;
  const maxCryptoSize = typeof opts?.useWebWorker === "object" && opts?.useWebWorker.minSize !== void 0 ? opts.useWebWorker.minSize : 1e7;
  if (buffer.size < maxCryptoSize && globalThis.crypto?.subtle) {
    const res = hexFromBytes(
      new Uint8Array(
        await globalThis.crypto.subtle.digest("SHA-256", buffer instanceof Blob ? await buffer.arrayBuffer() : buffer)
      )
    );
    yield 1;
    return res;
  }
  if (isFrontend) {
    if (opts?.useWebWorker) {
      try {
        const poolSize = typeof opts?.useWebWorker === "object" ? opts.useWebWorker.poolSize : void 0;
        const worker = await getWorker(poolSize);
        let messageHandler;
        let errorHandler;
        let abortListener;
        const cleanup = () => {
          worker.removeEventListener("message", messageHandler);
          worker.removeEventListener("error", errorHandler);
          if (abortListener) {
            opts?.abortSignal?.removeEventListener("abort", abortListener);
          }
        };
        return yield* eventToGenerator((yieldCallback, returnCallback, rejectCallback) => {
          messageHandler = (event) => {
            if (event.data.sha256) {
              cleanup();
              freeWorker(worker, poolSize);
              returnCallback(event.data.sha256);
            } else if (event.data.progress) {
              yieldCallback(event.data.progress);
              try {
                opts.abortSignal?.throwIfAborted();
              } catch (err) {
                cleanup();
                destroyWorker(worker);
                rejectCallback(err);
              }
            } else {
              cleanup();
              destroyWorker(worker);
              rejectCallback(event);
            }
          };
          errorHandler = (event) => {
            cleanup();
            destroyWorker(worker);
            rejectCallback(event.error);
          };
          if (opts?.abortSignal) {
            try {
              opts.abortSignal?.throwIfAborted();
            } catch (err) {
              cleanup();
              destroyWorker(worker);
              rejectCallback(opts.abortSignal.reason ?? new DOMException("Aborted", "AbortError"));
              return;
            }
            abortListener = () => {
              cleanup();
              destroyWorker(worker);
              rejectCallback(opts.abortSignal?.reason ?? new DOMException("Aborted", "AbortError"));
            };
            opts.abortSignal.addEventListener("abort", abortListener);
          }
          worker.addEventListener("message", messageHandler);
          worker.addEventListener("error", errorHandler);
          worker.postMessage({ file: buffer });
        });
      } catch (err) {
        console.warn("Failed to use web worker for sha256", err);
      }
    }
    if (!wasmModule) {
      wasmModule = await __nccwpck_require__.e(/* import() */ 269).then(__nccwpck_require__.bind(__nccwpck_require__, 269));
    }
    const sha2562 = await wasmModule.createSHA256();
    sha2562.init();
    const reader = buffer.stream().getReader();
    const total = buffer.size;
    let bytesDone = 0;
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      sha2562.update(value);
      bytesDone += value.length;
      yield bytesDone / total;
      opts?.abortSignal?.throwIfAborted();
    }
    return sha2562.digest("hex");
  }
  if (!cryptoModule) {
    cryptoModule = await __nccwpck_require__.e(/* import() */ 109).then(__nccwpck_require__.bind(__nccwpck_require__, 109));
  }
  return yield* cryptoModule.sha256Node(buffer, { abortSignal: opts?.abortSignal });
}
var cryptoModule;
var wasmModule;

// src/utils/combineUint8Arrays.ts
function combineUint8Arrays(...arrays) {
  const totalLength = arrays.reduce((sum2, array) => sum2 + array.length, 0);
  const combinedBytes = new Uint8Array(totalLength);
  let offset = 0;
  for (const array of arrays) {
    combinedBytes.set(array, offset);
    offset += array.length;
  }
  return combinedBytes;
}

// src/vendor/lz4js/util.ts
function hashU32(a) {
  a = a | 0;
  a = a + 2127912214 + (a << 12) | 0;
  a = a ^ -949894596 ^ a >>> 19;
  a = a + 374761393 + (a << 5) | 0;
  a = a + -744332180 ^ a << 9;
  a = a + -42973499 + (a << 3) | 0;
  return a ^ -1252372727 ^ a >>> 16 | 0;
}
function readU64(b, n) {
  let x = 0;
  x |= b[n++] << 0;
  x |= b[n++] << 8;
  x |= b[n++] << 16;
  x |= b[n++] << 24;
  x |= b[n++] << 32;
  x |= b[n++] << 40;
  x |= b[n++] << 48;
  x |= b[n++] << 56;
  return x;
}
function readU32(b, n) {
  let x = 0;
  x |= b[n++] << 0;
  x |= b[n++] << 8;
  x |= b[n++] << 16;
  x |= b[n++] << 24;
  return x;
}
function writeU32(b, n, x) {
  b[n++] = x >> 0 & 255;
  b[n++] = x >> 8 & 255;
  b[n++] = x >> 16 & 255;
  b[n++] = x >> 24 & 255;
}
function imul(a, b) {
  const ah = a >>> 16;
  const al = a & 65535;
  const bh = b >>> 16;
  const bl = b & 65535;
  return al * bl + (ah * bl + al * bh << 16) | 0;
}

// src/vendor/lz4js/xxh32.ts
var prime1 = 2654435761;
var prime2 = 2246822519;
var prime3 = 3266489917;
var prime4 = 668265263;
var prime5 = 374761393;
function rotl32(x, r) {
  x = x | 0;
  r = r | 0;
  return x >>> (32 - r | 0) | x << r | 0;
}
function rotmul32(h, r, m) {
  h = h | 0;
  r = r | 0;
  m = m | 0;
  return imul(h >>> (32 - r | 0) | h << r, m) | 0;
}
function shiftxor32(h, s) {
  h = h | 0;
  s = s | 0;
  return h >>> s ^ h | 0;
}
function xxhapply(h, src, m0, s, m1) {
  return rotmul32(imul(src, m0) + h, s, m1);
}
function xxh1(h, src, index) {
  return rotmul32(h + imul(src[index], prime5), 11, prime1);
}
function xxh4(h, src, index) {
  return xxhapply(h, readU32(src, index), prime3, 17, prime4);
}
function xxh16(h, src, index) {
  return [
    xxhapply(h[0], readU32(src, index + 0), prime2, 13, prime1),
    xxhapply(h[1], readU32(src, index + 4), prime2, 13, prime1),
    xxhapply(h[2], readU32(src, index + 8), prime2, 13, prime1),
    xxhapply(h[3], readU32(src, index + 12), prime2, 13, prime1)
  ];
}
function xxh32(seed, src, index, len) {
  let h;
  const l = len;
  if (len >= 16) {
    h = [seed + prime1 + prime2, seed + prime2, seed, seed - prime1];
    while (len >= 16) {
      h = xxh16(h, src, index);
      index += 16;
      len -= 16;
    }
    h = rotl32(h[0], 1) + rotl32(h[1], 7) + rotl32(h[2], 12) + rotl32(h[3], 18) + l;
  } else {
    h = seed + prime5 + len >>> 0;
  }
  while (len >= 4) {
    h = xxh4(h, src, index);
    index += 4;
    len -= 4;
  }
  while (len > 0) {
    h = xxh1(h, src, index);
    index++;
    len--;
  }
  h = shiftxor32(imul(shiftxor32(imul(shiftxor32(h, 15), prime2), 13), prime3), 16);
  return h >>> 0;
}
var chunk_AXSL4LYE_hash = (/* unused pure expression or super */ null && (xxh32));

// src/vendor/lz4js/index.ts
var minMatch = 4;
var matchSearchLimit = 12;
var minTrailingLitterals = 5;
var skipTrigger = 6;
var hashSize = 1 << 16;
var mlBits = 4;
var mlMask = (1 << mlBits) - 1;
var runBits = 4;
var runMask = (1 << runBits) - 1;
var blockBuf = makeBuffer(5 << 20);
var hashTable = makeHashTable();
var magicNum = 407708164;
var fdContentChksum = 4;
var fdContentSize = 8;
var fdBlockChksum = 16;
var fdVersion = 64;
var fdVersionMask = 192;
var bsUncompressed = 2147483648;
var bsDefault = 7;
var bsShift = 4;
var bsMask = 7;
var bsMap = {
  4: 65536,
  5: 262144,
  6: 1048576,
  7: 4194304
};
function makeHashTable() {
  try {
    return new Uint32Array(hashSize);
  } catch (error) {
    const hashTable2 = new Array(hashSize);
    for (let i = 0; i < hashSize; i++) {
      hashTable2[i] = 0;
    }
    return hashTable2;
  }
}
function clearHashTable(table) {
  for (let i = 0; i < hashSize; i++) {
    table[i] = 0;
  }
}
function makeBuffer(size) {
  return new Uint8Array(size);
}
function sliceArray(array, start, end) {
  return array.slice(start, end);
}
function compressBound(n) {
  return n + n / 255 + 16 | 0;
}
function decompressBound(src) {
  let sIndex = 0;
  if (readU32(src, sIndex) !== magicNum) {
    throw new Error("invalid magic number");
  }
  sIndex += 4;
  const descriptor = src[sIndex++];
  if ((descriptor & fdVersionMask) !== fdVersion) {
    throw new Error("incompatible descriptor version " + (descriptor & fdVersionMask));
  }
  const useBlockSum = (descriptor & fdBlockChksum) !== 0;
  const useContentSize = (descriptor & fdContentSize) !== 0;
  const bsIdx = src[sIndex++] >> bsShift & bsMask;
  if (bsMap[bsIdx] === void 0) {
    throw new Error("invalid block size " + bsIdx);
  }
  const maxBlockSize = bsMap[bsIdx];
  if (useContentSize) {
    return readU64(src, sIndex);
  }
  sIndex++;
  let maxSize = 0;
  while (true) {
    let blockSize = readU32(src, sIndex);
    sIndex += 4;
    if (blockSize & bsUncompressed) {
      blockSize &= ~bsUncompressed;
      maxSize += blockSize;
    } else if (blockSize > 0) {
      maxSize += maxBlockSize;
    }
    if (blockSize === 0) {
      return maxSize;
    }
    if (useBlockSum) {
      sIndex += 4;
    }
    sIndex += blockSize;
  }
}
function decompressBlock(src, dst, sIndex, sLength, dIndex) {
  let mLength, mOffset, sEnd, n, i;
  const hasCopyWithin = dst.copyWithin !== void 0 && dst.fill !== void 0;
  sEnd = sIndex + sLength;
  while (sIndex < sEnd) {
    const token = src[sIndex++];
    let literalCount = token >> 4;
    if (literalCount > 0) {
      if (literalCount === 15) {
        while (true) {
          literalCount += src[sIndex];
          if (src[sIndex++] !== 255) {
            break;
          }
        }
      }
      for (n = sIndex + literalCount; sIndex < n; ) {
        dst[dIndex++] = src[sIndex++];
      }
    }
    if (sIndex >= sEnd) {
      break;
    }
    mLength = token & 15;
    mOffset = src[sIndex++] | src[sIndex++] << 8;
    if (mLength === 15) {
      while (true) {
        mLength += src[sIndex];
        if (src[sIndex++] !== 255) {
          break;
        }
      }
    }
    mLength += minMatch;
    if (hasCopyWithin && mOffset === 1) {
      dst.fill(dst[dIndex - 1] | 0, dIndex, dIndex + mLength);
      dIndex += mLength;
    } else if (hasCopyWithin && mOffset > mLength && mLength > 31) {
      dst.copyWithin(dIndex, dIndex - mOffset, dIndex - mOffset + mLength);
      dIndex += mLength;
    } else {
      for (i = dIndex - mOffset, n = i + mLength; i < n; ) {
        dst[dIndex++] = dst[i++] | 0;
      }
    }
  }
  return dIndex;
}
function compressBlock(src, dst, sIndex, sLength, hashTable2) {
  let mIndex, mAnchor, mLength, mOffset, mStep;
  let literalCount, dIndex, sEnd, n;
  dIndex = 0;
  sEnd = sLength + sIndex;
  mAnchor = sIndex;
  let searchMatchCount = (1 << skipTrigger) + 3;
  while (sIndex <= sEnd - matchSearchLimit) {
    const seq = readU32(src, sIndex);
    let hash2 = hashU32(seq) >>> 0;
    hash2 = (hash2 >> 16 ^ hash2) >>> 0 & 65535;
    mIndex = hashTable2[hash2] - 1;
    hashTable2[hash2] = sIndex + 1;
    if (mIndex < 0 || sIndex - mIndex >>> 16 > 0 || readU32(src, mIndex) !== seq) {
      mStep = searchMatchCount++ >> skipTrigger;
      sIndex += mStep;
      continue;
    }
    searchMatchCount = (1 << skipTrigger) + 3;
    literalCount = sIndex - mAnchor;
    mOffset = sIndex - mIndex;
    sIndex += minMatch;
    mIndex += minMatch;
    mLength = sIndex;
    while (sIndex < sEnd - minTrailingLitterals && src[sIndex] === src[mIndex]) {
      sIndex++;
      mIndex++;
    }
    mLength = sIndex - mLength;
    const token = mLength < mlMask ? mLength : mlMask;
    if (literalCount >= runMask) {
      dst[dIndex++] = (runMask << mlBits) + token;
      for (n = literalCount - runMask; n >= 255; n -= 255) {
        dst[dIndex++] = 255;
      }
      dst[dIndex++] = n;
    } else {
      dst[dIndex++] = (literalCount << mlBits) + token;
    }
    for (let i = 0; i < literalCount; i++) {
      dst[dIndex++] = src[mAnchor + i];
    }
    dst[dIndex++] = mOffset;
    dst[dIndex++] = mOffset >> 8;
    if (mLength >= mlMask) {
      for (n = mLength - mlMask; n >= 255; n -= 255) {
        dst[dIndex++] = 255;
      }
      dst[dIndex++] = n;
    }
    mAnchor = sIndex;
  }
  if (mAnchor === 0) {
    return 0;
  }
  literalCount = sEnd - mAnchor;
  if (literalCount >= runMask) {
    dst[dIndex++] = runMask << mlBits;
    for (n = literalCount - runMask; n >= 255; n -= 255) {
      dst[dIndex++] = 255;
    }
    dst[dIndex++] = n;
  } else {
    dst[dIndex++] = literalCount << mlBits;
  }
  sIndex = mAnchor;
  while (sIndex < sEnd) {
    dst[dIndex++] = src[sIndex++];
  }
  return dIndex;
}
function decompressFrame(src, dst) {
  let useBlockSum, useContentSum, useContentSize, descriptor;
  let sIndex = 0;
  let dIndex = 0;
  if (readU32(src, sIndex) !== magicNum) {
    throw new Error("invalid magic number");
  }
  sIndex += 4;
  descriptor = src[sIndex++];
  if ((descriptor & fdVersionMask) !== fdVersion) {
    throw new Error("incompatible descriptor version");
  }
  useBlockSum = (descriptor & fdBlockChksum) !== 0;
  useContentSum = (descriptor & fdContentChksum) !== 0;
  useContentSize = (descriptor & fdContentSize) !== 0;
  const bsIdx = src[sIndex++] >> bsShift & bsMask;
  if (bsMap[bsIdx] === void 0) {
    throw new Error("invalid block size");
  }
  if (useContentSize) {
    sIndex += 8;
  }
  sIndex++;
  while (true) {
    var compSize;
    compSize = readU32(src, sIndex);
    sIndex += 4;
    if (compSize === 0) {
      break;
    }
    if (useBlockSum) {
      sIndex += 4;
    }
    if ((compSize & bsUncompressed) !== 0) {
      compSize &= ~bsUncompressed;
      for (let j = 0; j < compSize; j++) {
        dst[dIndex++] = src[sIndex++];
      }
    } else {
      dIndex = decompressBlock(src, dst, sIndex, compSize, dIndex);
      sIndex += compSize;
    }
  }
  if (useContentSum) {
    sIndex += 4;
  }
  return dIndex;
}
function compressFrame(src, dst) {
  let dIndex = 0;
  writeU32(dst, dIndex, magicNum);
  dIndex += 4;
  dst[dIndex++] = fdVersion;
  dst[dIndex++] = bsDefault << bsShift;
  dst[dIndex] = chunk_AXSL4LYE_hash(0, dst, 4, dIndex - 4) >> 8;
  dIndex++;
  const maxBlockSize = bsMap[bsDefault];
  let remaining = src.length;
  let sIndex = 0;
  clearHashTable(hashTable);
  while (remaining > 0) {
    let compSize = 0;
    const blockSize = remaining > maxBlockSize ? maxBlockSize : remaining;
    compSize = compressBlock(src, blockBuf, sIndex, blockSize, hashTable);
    if (compSize > blockSize || compSize === 0) {
      writeU32(dst, dIndex, 2147483648 | blockSize);
      dIndex += 4;
      for (let z = sIndex + blockSize; sIndex < z; ) {
        dst[dIndex++] = src[sIndex++];
      }
      remaining -= blockSize;
    } else {
      writeU32(dst, dIndex, compSize);
      dIndex += 4;
      for (let j = 0; j < compSize; ) {
        dst[dIndex++] = blockBuf[j++];
      }
      sIndex += blockSize;
      remaining -= blockSize;
    }
  }
  writeU32(dst, dIndex, 0);
  dIndex += 4;
  return dIndex;
}
function decompress(src, maxSize) {
  let dst, size;
  if (maxSize === void 0) {
    maxSize = decompressBound(src);
  }
  dst = makeBuffer(maxSize);
  size = decompressFrame(src, dst);
  if (size !== maxSize) {
    dst = sliceArray(dst, 0, size);
  }
  return dst;
}
function chunk_AXSL4LYE_compress(src, maxSize) {
  let dst, size;
  if (maxSize === void 0) {
    maxSize = compressBound(src.length);
  }
  dst = makeBuffer(maxSize);
  size = compressFrame(src, dst);
  if (size !== maxSize) {
    dst = sliceArray(dst, 0, size);
  }
  return dst;
}

// src/utils/RangeList.ts
var RangeList = class {
  ranges = [];
  /**
   * Add a range to the list. If it overlaps with existing ranges,
   * it will split them and increment reference counts accordingly.
   */
  add(start, end) {
    if (end <= start) {
      throw new TypeError("End must be greater than start");
    }
    const overlappingRanges = [];
    for (let i = 0; i < this.ranges.length; i++) {
      const range2 = this.ranges[i];
      if (start < range2.end && end > range2.start) {
        overlappingRanges.push({ index: i, range: range2 });
      }
      if (range2.data !== null) {
        throw new Error("Overlapping range already has data");
      }
    }
    if (overlappingRanges.length === 0) {
      this.ranges.push({ start, end, refCount: 1, data: null });
      this.ranges.sort((a, b) => a.start - b.start);
      return;
    }
    const newRanges = [];
    let currentPos = start;
    for (let i = 0; i < overlappingRanges.length; i++) {
      const { range: range2 } = overlappingRanges[i];
      if (currentPos < range2.start) {
        newRanges.push({
          start: currentPos,
          end: range2.start,
          refCount: 1,
          data: null
        });
      } else if (range2.start < currentPos) {
        newRanges.push({
          start: range2.start,
          end: currentPos,
          refCount: range2.refCount,
          data: null
        });
      }
      newRanges.push({
        start: Math.max(currentPos, range2.start),
        end: Math.min(end, range2.end),
        refCount: range2.refCount + 1,
        data: null
      });
      if (range2.end > end) {
        newRanges.push({
          start: end,
          end: range2.end,
          refCount: range2.refCount,
          data: null
        });
      }
      currentPos = Math.max(currentPos, range2.end);
    }
    if (currentPos < end) {
      newRanges.push({
        start: currentPos,
        end,
        refCount: 1,
        data: null
      });
    }
    const firstIndex = overlappingRanges[0].index;
    const lastIndex = overlappingRanges[overlappingRanges.length - 1].index;
    this.ranges.splice(firstIndex, lastIndex - firstIndex + 1, ...newRanges);
    this.ranges.sort((a, b) => a.start - b.start);
  }
  /**
   * Remove a range from the list. The range must start and end at existing boundaries.
   */
  remove(start, end) {
    if (end <= start) {
      throw new TypeError("End must be greater than start");
    }
    const affectedRanges = [];
    for (let i = 0; i < this.ranges.length; i++) {
      const range2 = this.ranges[i];
      if (start < range2.end && end > range2.start) {
        affectedRanges.push({ index: i, range: range2 });
      }
    }
    if (affectedRanges.length === 0) {
      throw new Error("No ranges found to remove");
    }
    if (start !== affectedRanges[0].range.start || end !== affectedRanges[affectedRanges.length - 1].range.end) {
      throw new Error("Range boundaries must match existing boundaries");
    }
    for (let i = 0; i < affectedRanges.length; i++) {
      const { range: range2 } = affectedRanges[i];
      range2.refCount--;
    }
    this.ranges = this.ranges.filter((range2) => range2.refCount > 0);
  }
  /**
   * Get all ranges within the specified boundaries.
   */
  getRanges(start, end) {
    if (end <= start) {
      throw new TypeError("End must be greater than start");
    }
    return this.ranges.filter((range2) => start < range2.end && end > range2.start);
  }
  /**
   * Get all ranges in the list
   */
  getAllRanges() {
    return [...this.ranges];
  }
};

// src/utils/indexOfSubsequence.ts
function indexOfSubsequence(haystack, needle, from = 0) {
  const needleLength = needle.length;
  if (needleLength === 0) {
    return from <= haystack.length ? from : -1;
  }
  const last = needleLength - 1;
  const maxStart = haystack.length - needleLength;
  const skip = new Uint16Array(256).fill(needleLength);
  for (let i2 = 0; i2 < last; i2++) {
    skip[needle[i2]] = last - i2;
  }
  let i = from;
  while (i <= maxStart) {
    let j = last;
    while (j >= 0 && haystack[i + j] === needle[j]) {
      j--;
    }
    if (j < 0) {
      return i;
    }
    i += skip[haystack[i + last]];
  }
  return -1;
}

// src/utils/multipart.ts
var textEncoder = new TextEncoder();
var CRLF = textEncoder.encode("\r\n");
var HEADER_SEPARATOR = textEncoder.encode("\r\n\r\n");
var STAGING_BLOCK_SIZE = 65536;
var StreamingMultipartParser = class {
  #delimiter;
  /**
   * Unprocessed bytes carried between pushes: bounded by the delimiter length in states 0/2
   * (a possible partial delimiter), tiny in state 1. Seeded with a virtual CRLF so a body
   * starting directly with `--boundary` (RFC 2046: the first delimiter's leading CRLF is
   * "considered part of the preamble") still matches the `\r\n--boundary` delimiter.
   */
  #carry = CRLF;
  /** Confirmed bytes (headers + data) of the in-progress part, as ≥STAGING_BLOCK_SIZE chunks. */
  #partChunks = [];
  #partLength = 0;
  /** Staging block coalescing small appends; pushed to #partChunks when full. */
  #staging;
  #stagingLength = 0;
  /** 0 = scanning for first boundary, 1 = consuming CRLF/`--` after a boundary, 2 = inside a part */
  #state = 0;
  #done = false;
  constructor(contentType) {
    const boundary = extractBoundary(contentType);
    if (!boundary) {
      throw new Error(`No boundary found in Content-Type: ${contentType}`);
    }
    this.#delimiter = textEncoder.encode(`\r
--${boundary}`);
  }
  /**
   * Push a chunk of body bytes (call with no argument to flush at end of stream).
   * Returns the raw bytes of any parts that completed as a result.
   *
   * Copying is linear: each byte is combined with the (bounded) carry once, staged once, and
   * copied into the completed part once.
   */
  push(chunk2) {
    if (this.#done) {
      return [];
    }
    let data = chunk2 && chunk2.byteLength ? combineUint8Arrays(this.#carry, chunk2) : this.#carry;
    this.#carry = new Uint8Array(0);
    const parts = [];
    for (; ; ) {
      if (this.#state === 0 || this.#state === 2) {
        const delimIndex = indexOfSubsequence(data, this.#delimiter, 0);
        if (delimIndex === -1) {
          const safeLength = Math.max(0, data.byteLength - (this.#delimiter.byteLength - 1));
          if (this.#state === 2 && safeLength > 0) {
            this.#appendToPart(data.subarray(0, safeLength));
          }
          this.#carry = data.slice(safeLength);
          break;
        }
        if (this.#state === 2) {
          this.#appendToPart(data.subarray(0, delimIndex));
          const partBody = this.#takePart();
          const headerEnd = indexOfSubsequence(partBody, HEADER_SEPARATOR, 0);
          if (headerEnd === -1) {
            throw new Error("Malformed multipart part: missing header/data separator");
          }
          parts.push(partBody.subarray(headerEnd + HEADER_SEPARATOR.byteLength));
        }
        data = data.slice(delimIndex + this.#delimiter.byteLength);
        this.#state = 1;
        continue;
      }
      if (data.byteLength < 2) {
        this.#carry = data;
        break;
      }
      if (data[0] === 45 && data[1] === 45) {
        this.#done = true;
        return parts;
      }
      if (data[0] === CRLF[0] && data[1] === CRLF[1]) {
        data = data.slice(2);
        this.#state = 2;
        continue;
      }
      throw new Error("Malformed multipart body: expected CRLF or closing delimiter after boundary");
    }
    return parts;
  }
  /** Append confirmed part bytes, coalescing small appends into staging blocks. */
  #appendToPart(bytes) {
    this.#partLength += bytes.byteLength;
    if (bytes.byteLength >= STAGING_BLOCK_SIZE) {
      this.#flushStaging();
      this.#partChunks.push(bytes);
      return;
    }
    let offset = 0;
    while (offset < bytes.byteLength) {
      if (!this.#staging) {
        this.#staging = new Uint8Array(STAGING_BLOCK_SIZE);
        this.#stagingLength = 0;
      }
      const toCopy = Math.min(STAGING_BLOCK_SIZE - this.#stagingLength, bytes.byteLength - offset);
      this.#staging.set(bytes.subarray(offset, offset + toCopy), this.#stagingLength);
      this.#stagingLength += toCopy;
      offset += toCopy;
      if (this.#stagingLength === STAGING_BLOCK_SIZE) {
        this.#partChunks.push(this.#staging);
        this.#staging = void 0;
      }
    }
  }
  #flushStaging() {
    if (this.#staging && this.#stagingLength > 0) {
      this.#partChunks.push(this.#staging.subarray(0, this.#stagingLength));
    }
    this.#staging = void 0;
    this.#stagingLength = 0;
  }
  /** Assemble and reset the in-progress part. Loop-based copy: the chunk count is unbounded-safe. */
  #takePart() {
    this.#flushStaging();
    const out = new Uint8Array(this.#partLength);
    let offset = 0;
    for (const chunk2 of this.#partChunks) {
      out.set(chunk2, offset);
      offset += chunk2.byteLength;
    }
    this.#partChunks = [];
    this.#partLength = 0;
    return out;
  }
};
function extractBoundary(contentType) {
  for (const part of contentType.split(";")) {
    const trimmed = part.trim();
    if (trimmed.toLowerCase().startsWith("boundary=")) {
      return trimmed.slice("boundary=".length).replace(/^"|"$/g, "");
    }
  }
  return null;
}

// src/utils/sum.ts
function chunk_AXSL4LYE_sum(arr) {
  return arr.reduce((a, b) => a + b, 0);
}

// src/utils/concatUint8Arrays.ts
function concatUint8Arrays(arrays) {
  const result = new Uint8Array(chunk_AXSL4LYE_sum(arrays.map((array) => array.byteLength)));
  let offset = 0;
  for (const array of arrays) {
    result.set(array, offset);
    offset += array.byteLength;
  }
  return result;
}

// src/utils/XetBlob.ts
function hasH2Fetch(versions = typeof process !== "undefined" ? process.versions : void 0, frontend = isFrontend) {
  if (frontend || !versions?.undici || versions.bun) {
    return false;
  }
  return Number(versions.undici.split(".")[0]) >= 8;
}
var GLOBAL_DISPATCHER_KEYS = [Symbol.for("undici.globalDispatcher.2"), Symbol.for("undici.globalDispatcher.1")];
function withHttp1(base) {
  return {
    dispatch: (options, handler) => base.dispatch({ ...options, allowH2: false }, handler)
  };
}
var cached;
async function getHttp1Dispatcher() {
  const globals = globalThis;
  const find = () => GLOBAL_DISPATCHER_KEYS.map((key) => globals[key]).find((d) => typeof d?.dispatch === "function");
  let base = find();
  if (base === void 0) {
    await (await fetch("data:,")).arrayBuffer();
    base = find();
  }
  if (base === void 0) {
    return void 0;
  }
  if (cached?.base !== base) {
    cached = { base, http1: withHttp1(base) };
  }
  return cached.http1;
}
var undiciHttp1Fetch = async (input, init) => {
  const dispatcher = await getHttp1Dispatcher();
  return dispatcher ? fetch(input, { ...init, dispatcher }) : fetch(input, init);
};
var http1Fetch = hasH2Fetch() ? undiciHttp1Fetch : (input, init) => fetch(input, init);
var JWT_SAFETY_PERIOD = 6e4;
var JWT_CACHE_SIZE = 1e3;
var PARALLEL_DEFAULT_MAX_CONCURRENCY = isFrontend ? 4 : 8;
var PARALLEL_MIN_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
var PARALLEL_MAX_IN_FLIGHT_BYTES = 256 * 1024 * 1024;
var PARALLEL_CONTROLLER_TICK_MS = 500;
var PARALLEL_PROBE_KEEP_MARGIN = 1.05;
var PARALLEL_PLATEAU_HOLD_TICKS = 10;
var Notifier = class {
  #resolvers = [];
  wait() {
    return new Promise((resolve3) => this.#resolvers.push(resolve3));
  }
  notifyAll() {
    const resolvers = this.#resolvers;
    this.#resolvers = [];
    for (const resolve3 of resolvers) {
      resolve3();
    }
  }
};
function delay(ms) {
  return new Promise((resolve3) => setTimeout(resolve3, ms));
}
var compressionSchemeLabels = {
  [0 /* None */]: "None",
  [1 /* LZ4 */]: "LZ4",
  [2 /* ByteGroupingLZ4 */]: "ByteGroupingLZ4"
};
var XET_CHUNK_HEADER_BYTES = 8;
function parseChunkHeader(view) {
  const chunkHeader = {
    version: view.getUint8(0),
    compressed_length: view.getUint8(1) | view.getUint8(2) << 8 | view.getUint8(3) << 16,
    compression_scheme: view.getUint8(4),
    uncompressed_length: view.getUint8(5) | view.getUint8(6) << 8 | view.getUint8(7) << 16
  };
  if (chunkHeader.version !== 0) {
    throw new Error(`Unsupported chunk version ${chunkHeader.version}`);
  }
  if (chunkHeader.compression_scheme !== 0 /* None */ && chunkHeader.compression_scheme !== 1 /* LZ4 */ && chunkHeader.compression_scheme !== 2 /* ByteGroupingLZ4 */) {
    throw new Error(
      `Unsupported compression scheme ${compressionSchemeLabels[chunkHeader.compression_scheme] ?? chunkHeader.compression_scheme}`
    );
  }
  return chunkHeader;
}
function decompressChunk(chunkHeader, compressed) {
  switch (chunkHeader.compression_scheme) {
    case 1 /* LZ4 */:
      return decompress(compressed, chunkHeader.uncompressed_length);
    case 2 /* ByteGroupingLZ4 */:
      return bg4_regroup_bytes(decompress(compressed, chunkHeader.uncompressed_length));
    default:
      return compressed.slice();
  }
}
function decodePartChunks(data, descriptor, rangeList) {
  const ranges = rangeList.getRanges(descriptor.chunks.start, descriptor.chunks.end);
  const staged = /* @__PURE__ */ new Map();
  let chunkIndex = descriptor.chunks.start;
  let offset = 0;
  while (offset < data.byteLength) {
    if (chunkIndex >= descriptor.chunks.end) {
      throw new Error(
        `Multipart part for chunks ${descriptor.chunks.start}-${descriptor.chunks.end} contains more chunks than expected`
      );
    }
    if (data.byteLength - offset < XET_CHUNK_HEADER_BYTES) {
      throw new Error("Truncated chunk header in multipart part");
    }
    const chunkHeader = parseChunkHeader(new DataView(data.buffer, data.byteOffset + offset, XET_CHUNK_HEADER_BYTES));
    const compressedStart = offset + XET_CHUNK_HEADER_BYTES;
    const compressedEnd = compressedStart + chunkHeader.compressed_length;
    if (compressedEnd > data.byteLength) {
      throw new Error("Truncated chunk data in multipart part");
    }
    const uncompressed = decompressChunk(chunkHeader, data.subarray(compressedStart, compressedEnd));
    const range2 = ranges.find((range3) => chunkIndex >= range3.start && chunkIndex < range3.end);
    if (range2) {
      let chunks = staged.get(range2);
      if (!chunks) {
        chunks = [];
        staged.set(range2, chunks);
      }
      chunks.push(uncompressed);
    }
    chunkIndex++;
    offset = compressedEnd;
  }
  if (chunkIndex !== descriptor.chunks.end) {
    throw new Error(
      `Multipart part decoded chunks ${descriptor.chunks.start}-${chunkIndex} but expected ${descriptor.chunks.start}-${descriptor.chunks.end}`
    );
  }
  return staged;
}
function commitChunks(staged) {
  let committed = 0;
  for (const [range2, chunks] of staged) {
    if (range2.data) {
      continue;
    }
    range2.data = chunks;
    committed += chunk_AXSL4LYE_sum(chunks.map((chunk2) => chunk2.byteLength));
  }
  return committed;
}
var XetBlob = class extends Blob {
  fetch;
  accessToken;
  refreshUrl;
  reconstructionUrl;
  hash;
  start = 0;
  end = 0;
  internalLogging = false;
  reconstructionInfo;
  listener;
  parallelDownloads;
  constructor(params) {
    super([]);
    this.fetch = params.fetch ?? http1Fetch;
    this.accessToken = checkCredentials(params);
    this.refreshUrl = params.refreshUrl;
    this.end = params.size;
    this.reconstructionUrl = params.reconstructionUrl;
    this.hash = params.hash;
    this.listener = params.listener;
    this.internalLogging = params.internalLogging ?? false;
    this.parallelDownloads = params.parallelDownloads;
    if (params.readToken) {
      const key = cacheKey({ refreshUrl: this.refreshUrl, initialAccessToken: this.accessToken });
      jwts.set(key, {
        accessToken: params.readToken.accessToken,
        expiresAt: new Date(params.readToken.exp * 1e3),
        casUrl: params.readToken.casUrl
      });
    }
  }
  get size() {
    return this.end - this.start;
  }
  #clone() {
    const blob = new XetBlob({
      fetch: this.fetch,
      hash: this.hash,
      refreshUrl: this.refreshUrl,
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
      reconstructionUrl: this.reconstructionUrl,
      size: this.size
    });
    blob.accessToken = this.accessToken;
    blob.start = this.start;
    blob.end = this.end;
    blob.reconstructionInfo = this.reconstructionInfo;
    blob.listener = this.listener;
    blob.internalLogging = this.internalLogging;
    blob.parallelDownloads = this.parallelDownloads;
    return blob;
  }
  slice(start = 0, end = this.size) {
    if (start < 0 || end < 0) {
      throw new TypeError("Unsupported negative start/end on XetBlob.slice");
    }
    const slice = this.#clone();
    slice.start = this.start + start;
    slice.end = Math.min(this.start + end, this.end);
    if (slice.start !== this.start || slice.end !== this.end) {
      slice.reconstructionInfo = void 0;
    }
    return slice;
  }
  #reconstructionInfoPromise;
  #loadReconstructionInfo() {
    if (this.#reconstructionInfoPromise) {
      return this.#reconstructionInfoPromise;
    }
    this.#reconstructionInfoPromise = (async () => {
      const connParams = await getAccessToken(this.accessToken, this.fetch, this.refreshUrl);
      const url = this.reconstructionUrl ? this.reconstructionUrl.replace("/v1/reconstructions/", "/v2/reconstructions/") : `${connParams.casUrl}/v2/reconstructions/${this.hash}`;
      const resp = await this.fetch(url, {
        headers: {
          Authorization: `Bearer ${connParams.accessToken}`,
          Range: `bytes=${this.start}-${this.end - 1}`
        }
      });
      if (!resp.ok) {
        throw await createApiError(resp);
      }
      this.reconstructionInfo = await resp.json();
      return this.reconstructionInfo;
    })().finally(() => this.#reconstructionInfoPromise = void 0);
    return this.#reconstructionInfoPromise;
  }
  async #fetch() {
    if (this.size === 0) {
      return new ReadableStream({
        start(controller) {
          controller.close();
        }
      });
    }
    if (!this.reconstructionInfo) {
      await this.#loadReconstructionInfo();
    }
    const rangeLists = /* @__PURE__ */ new Map();
    if (!this.reconstructionInfo) {
      throw new Error("Failed to load reconstruction info");
    }
    for (const term of this.reconstructionInfo.terms) {
      let rangeList = rangeLists.get(term.hash);
      if (!rangeList) {
        rangeList = new RangeList();
        rangeLists.set(term.hash, rangeList);
      }
      rangeList.add(term.range.start, term.range.end);
    }
    const listener = this.listener;
    const log = this.internalLogging ? (...args) => console.log(...args) : () => {
    };
    async function* readData(reconstructionInfo, customFetch, maxBytes, reloadReconstructionInfo) {
      let totalBytesRead = 0;
      let readBytesToSkip = reconstructionInfo.offset_into_first_range;
      for (const term of reconstructionInfo.terms) {
        if (totalBytesRead >= maxBytes) {
          break;
        }
        const rangeList = rangeLists.get(term.hash);
        if (!rangeList) {
          throw new Error(`Failed to find range list for term ${term.hash}`);
        }
        const locate = (info) => {
          for (const entry of info.xorbs[term.hash] ?? []) {
            const descriptor2 = entry.ranges.find(
              (r) => r.chunks.start <= term.range.start && r.chunks.end >= term.range.end
            );
            if (descriptor2) {
              return { entry, descriptor: descriptor2 };
            }
          }
          return void 0;
        };
        const buildMultiRangeHeader = (entry) => `bytes=${entry.ranges.map((r) => `${r.bytes.start}-${r.bytes.end}`).join(",")}`;
        const fetchMultiRangeEntry = async (entry) => {
          let resp2 = await customFetch(entry.url, { headers: { Range: buildMultiRangeHeader(entry) } });
          if (resp2.status === 403) {
            reconstructionInfo = await reloadReconstructionInfo();
            const relocated = locate(reconstructionInfo);
            if (!relocated) {
              throw new Error(
                `Failed to find fetch info for term ${term.hash} and range ${term.range.start}-${term.range.end} after refresh`
              );
            }
            entry = relocated.entry;
            resp2 = await customFetch(entry.url, { headers: { Range: buildMultiRangeHeader(entry) } });
          }
          if (!resp2.ok) {
            throw await createApiError(resp2);
          }
          const contentType = resp2.headers.get("content-type") ?? "";
          if (!contentType.includes("multipart/byteranges")) {
            throw new Error(`Expected multipart/byteranges response for multi-range request, got "${contentType}"`);
          }
          const reader2 = resp2.body?.getReader();
          if (!reader2) {
            throw new Error("Failed to get reader from response body");
          }
          const parser = new StreamingMultipartParser(contentType);
          const stagedParts = [];
          let partIndex = 0;
          const consumeParts = (parts) => {
            for (const part of parts) {
              const descriptor2 = entry.ranges[partIndex];
              if (!descriptor2) {
                throw new Error(`Received more multipart parts than the ${entry.ranges.length} signed ranges`);
              }
              stagedParts.push(decodePartChunks(part, descriptor2, rangeList));
              partIndex++;
            }
          };
          try {
            for (; ; ) {
              const result = await reader2.read();
              listener?.({ event: "read" });
              if (result.done) {
                break;
              }
              if (result.value) {
                consumeParts(parser.push(result.value));
              }
            }
            consumeParts(parser.push());
          } finally {
            await reader2.cancel().catch(() => {
            });
          }
          if (partIndex !== entry.ranges.length) {
            throw new Error(
              `Multi-range fetch produced ${partIndex} parts but expected ${entry.ranges.length} for term ${term.hash}`
            );
          }
          for (const staged of stagedParts) {
            commitChunks(staged);
          }
        };
        let termRanges = rangeList.getRanges(term.range.start, term.range.end);
        if (!termRanges.every((range2) => range2.data)) {
          const located2 = locate(reconstructionInfo);
          if (!located2) {
            throw new Error(
              `Failed to find fetch info for term ${term.hash} and range ${term.range.start}-${term.range.end}`
            );
          }
          if (located2.entry.ranges.length > 1) {
            await fetchMultiRangeEntry(located2.entry);
            termRanges = rangeList.getRanges(term.range.start, term.range.end);
          }
        }
        {
          if (termRanges.every((range2) => range2.data)) {
            log("all data available for term", term.hash, readBytesToSkip);
            const cachedLength = chunk_AXSL4LYE_sum(termRanges.map((range2) => chunk_AXSL4LYE_sum(range2.data.map((chunk2) => chunk2.byteLength))));
            if (cachedLength !== term.unpacked_length) {
              throw new Error(
                `Term ${term.hash} range ${term.range.start}-${term.range.end} decoded to ${cachedLength} bytes, expected ${term.unpacked_length}`
              );
            }
            rangeLoop:
              for (const range2 of termRanges) {
                for (let chunk2 of range2.data) {
                  if (readBytesToSkip) {
                    const skipped = Math.min(readBytesToSkip, chunk2.byteLength);
                    chunk2 = chunk2.slice(skipped);
                    readBytesToSkip -= skipped;
                    if (!chunk2.byteLength) {
                      continue;
                    }
                  }
                  if (chunk2.byteLength > maxBytes - totalBytesRead) {
                    chunk2 = chunk2.slice(0, maxBytes - totalBytesRead);
                  }
                  totalBytesRead += chunk2.byteLength;
                  yield range2.refCount > 1 ? chunk2.slice() : chunk2;
                  listener?.({ event: "progress", progress: { read: totalBytesRead, total: maxBytes } });
                  if (totalBytesRead >= maxBytes) {
                    break rangeLoop;
                  }
                }
              }
            rangeList.remove(term.range.start, term.range.end);
            continue;
          }
        }
        let located = locate(reconstructionInfo);
        if (!located) {
          throw new Error(
            `Failed to find fetch info for term ${term.hash} and range ${term.range.start}-${term.range.end}`
          );
        }
        let descriptor = located.descriptor;
        log("term", term);
        log("descriptor", descriptor);
        log("readBytesToSkip", readBytesToSkip);
        let resp = await customFetch(located.entry.url, {
          headers: {
            Range: `bytes=${descriptor.bytes.start}-${descriptor.bytes.end}`
          }
        });
        if (resp.status === 403) {
          reconstructionInfo = await reloadReconstructionInfo();
          located = locate(reconstructionInfo);
          if (!located) {
            throw new Error(
              `Failed to find fetch info for term ${term.hash} and range ${term.range.start}-${term.range.end} after refresh`
            );
          }
          descriptor = located.descriptor;
          resp = await customFetch(located.entry.url, {
            headers: {
              Range: `bytes=${descriptor.bytes.start}-${descriptor.bytes.end}`
            }
          });
        }
        if (!resp.ok) {
          throw await createApiError(resp);
        }
        log(
          "expected content length",
          resp.headers.get("content-length"),
          "range",
          descriptor.bytes,
          resp.headers.get("content-range")
        );
        const reader = resp.body?.getReader();
        if (!reader) {
          throw new Error("Failed to get reader from response body");
        }
        let done = false;
        let chunkIndex = descriptor.chunks.start;
        const ranges = rangeList.getRanges(descriptor.chunks.start, descriptor.chunks.end);
        let leftoverBytes = void 0;
        let totalFetchBytes = 0;
        fetchData:
          while (!done && totalBytesRead < maxBytes) {
            const result = await reader.read();
            listener?.({ event: "read" });
            done = result.done;
            log("read", result.value?.byteLength, "bytes", "total read", totalBytesRead, "toSkip", readBytesToSkip);
            if (!result.value) {
              log("no data in result, cancelled", result);
              continue;
            }
            totalFetchBytes += result.value.byteLength;
            if (leftoverBytes) {
              result.value = combineUint8Arrays(leftoverBytes, result.value);
              leftoverBytes = void 0;
            }
            while (totalBytesRead < maxBytes && result.value?.byteLength) {
              if (result.value.byteLength < 8) {
                leftoverBytes = result.value;
                continue fetchData;
              }
              const header = new DataView(result.value.buffer, result.value.byteOffset, XET_CHUNK_HEADER_BYTES);
              const chunkHeader = parseChunkHeader(header);
              log("chunk header", chunkHeader, "to skip", readBytesToSkip);
              if (result.value.byteLength < chunkHeader.compressed_length + XET_CHUNK_HEADER_BYTES) {
                leftoverBytes = result.value;
                continue fetchData;
              }
              result.value = result.value.slice(XET_CHUNK_HEADER_BYTES);
              let uncompressed = decompressChunk(chunkHeader, result.value.subarray(0, chunkHeader.compressed_length));
              const range2 = ranges.find((range3) => chunkIndex >= range3.start && chunkIndex < range3.end);
              const shouldYield = chunkIndex >= term.range.start && chunkIndex < term.range.end;
              const minRefCountToStore = shouldYield ? 2 : 1;
              let stored = false;
              if (range2 && range2.refCount >= minRefCountToStore) {
                range2.data ??= [];
                range2.data.push(uncompressed);
                stored = true;
              }
              if (shouldYield) {
                if (readBytesToSkip) {
                  const skipped = Math.min(readBytesToSkip, uncompressed.byteLength);
                  uncompressed = uncompressed.slice(readBytesToSkip);
                  readBytesToSkip -= skipped;
                }
                if (uncompressed.byteLength > maxBytes - totalBytesRead) {
                  uncompressed = uncompressed.slice(0, maxBytes - totalBytesRead);
                }
                if (uncompressed.byteLength) {
                  log(
                    "yield",
                    uncompressed.byteLength,
                    "bytes",
                    result.value.byteLength,
                    "total read",
                    totalBytesRead,
                    stored
                  );
                  totalBytesRead += uncompressed.byteLength;
                  yield stored ? uncompressed.slice() : uncompressed;
                  listener?.({ event: "progress", progress: { read: totalBytesRead, total: maxBytes } });
                }
              }
              chunkIndex++;
              result.value = result.value.slice(chunkHeader.compressed_length);
            }
          }
        if (done && totalBytesRead < maxBytes && totalFetchBytes < descriptor.bytes.end - descriptor.bytes.start + 1) {
          log("done", done, "total read", totalBytesRead, maxBytes, totalFetchBytes);
          log("failed to fetch all data for term", term.hash);
          throw new Error(
            `Failed to fetch all data for term ${term.hash}, fetched ${totalFetchBytes} bytes out of ${descriptor.bytes.end - descriptor.bytes.start + 1}`
          );
        }
        log("done", done, "total read", totalBytesRead, maxBytes, totalFetchBytes);
        log("cancel reader");
        await reader.cancel();
      }
    }
    const parallelOptions = this.parallelDownloads === false ? void 0 : this.parallelDownloads === true || this.parallelDownloads === void 0 ? {} : this.parallelDownloads;
    async function* readDataParallel(reconstructionInfo, customFetch, maxBytes, reloadReconstructionInfo, opts) {
      let totalBytesRead = 0;
      let readBytesToSkip = reconstructionInfo.offset_into_first_range;
      const terms = reconstructionInfo.terms;
      const locateEntryFor = (info, term) => {
        for (const entry of info.xorbs[term.hash] ?? []) {
          const descriptor = entry.ranges.find(
            (r) => r.chunks.start <= term.range.start && r.chunks.end >= term.range.end
          );
          if (descriptor) {
            return entry;
          }
        }
        return void 0;
      };
      const plan = [];
      const planIndexByUrl = /* @__PURE__ */ new Map();
      const termEntryIndex = [];
      for (const term of terms) {
        const entry = locateEntryFor(reconstructionInfo, term);
        if (!entry) {
          throw new Error(
            `Failed to find fetch info for term ${term.hash} and range ${term.range.start}-${term.range.end}`
          );
        }
        let idx = planIndexByUrl.get(entry.url);
        if (idx === void 0) {
          idx = plan.length;
          plan.push({ hash: term.hash, ranges: entry.ranges, url: entry.url });
          planIndexByUrl.set(entry.url, idx);
        }
        termEntryIndex.push(idx);
      }
      const maxConcurrency = Math.max(1, opts.maxConcurrency ?? PARALLEL_DEFAULT_MAX_CONCURRENCY);
      const estimateEntryBytes = (item) => chunk_AXSL4LYE_sum(item.ranges.map((r) => r.bytes.end - r.bytes.start + 1));
      const largestEntryBytes = plan.length ? Math.max(...plan.map(estimateEntryBytes)) : 0;
      const maxInFlightBytes = opts.maxInFlightBytes ?? Math.min(PARALLEL_MAX_IN_FLIGHT_BYTES, Math.max(PARALLEL_MIN_IN_FLIGHT_BYTES, 3 * largestEntryBytes));
      const state = {
        nextEntry: 0,
        neededEntry: 0,
        target: 1,
        error: void 0,
        finished: false,
        inFlightBytes: 0,
        decodedBytes: 0,
        active: 0,
        claimed: 0,
        maxActive: 0,
        activeHighWater: 0,
        count429: 0,
        targetHistory: []
      };
      const notifier = new Notifier();
      const budgetAcquire = async (n, entryIdx) => {
        while (!state.error && !state.finished && state.inFlightBytes + n > maxInFlightBytes && entryIdx !== state.neededEntry) {
          await notifier.wait();
        }
        state.inFlightBytes += n;
      };
      const budgetRelease = (n) => {
        state.inFlightBytes -= n;
        notifier.notifyAll();
      };
      const refreshPlanUrls = (info) => {
        for (const item of plan) {
          const match = (info.xorbs[item.hash] ?? []).find(
            (e) => e.ranges.length === item.ranges.length && e.ranges.every(
              (r, i) => r.chunks.start === item.ranges[i].chunks.start && r.chunks.end === item.ranges[i].chunks.end
            )
          );
          if (match) {
            item.url = match.url;
            item.ranges = match.ranges;
          }
        }
      };
      const rangeHeaderFor = (item) => `bytes=${item.ranges.map((r) => `${r.bytes.start}-${r.bytes.end}`).join(",")}`;
      const decodeEntry = async (item, entryIdx, tally) => {
        if (state.error || state.finished) {
          return;
        }
        const rangeList = rangeLists.get(item.hash);
        if (!rangeList) {
          throw new Error(`Failed to find range list for entry ${item.hash}`);
        }
        let resp = await customFetch(item.url, { headers: { Range: rangeHeaderFor(item) } });
        let attempts403 = 0;
        let attempts429 = 0;
        while (resp.status === 403 && attempts403 < 1 || resp.status === 429 && attempts429 < 3) {
          await resp.body?.cancel().catch(() => {
          });
          if (resp.status === 403) {
            attempts403++;
            reconstructionInfo = await reloadReconstructionInfo();
            refreshPlanUrls(reconstructionInfo);
          } else {
            attempts429++;
            state.count429++;
            notifier.notifyAll();
            await delay(300 * attempts429);
          }
          resp = await customFetch(item.url, { headers: { Range: rangeHeaderFor(item) } });
        }
        if (!resp.ok) {
          throw await createApiError(resp);
        }
        const reader = resp.body?.getReader();
        if (!reader) {
          throw new Error("Failed to get reader from response body");
        }
        try {
          if (item.ranges.length > 1) {
            const contentType = resp.headers.get("content-type") ?? "";
            if (!contentType.includes("multipart/byteranges")) {
              throw new Error(`Expected multipart/byteranges response for multi-range request, got "${contentType}"`);
            }
            const parser = new StreamingMultipartParser(contentType);
            let partIndex = 0;
            const handleParts = async (parts) => {
              for (const part of parts) {
                const descriptor = item.ranges[partIndex];
                if (!descriptor) {
                  throw new Error(`Received more multipart parts than the ${item.ranges.length} signed ranges`);
                }
                const staged = decodePartChunks(part, descriptor, rangeList);
                tally.committed += commitChunks(staged);
                state.decodedBytes += part.byteLength;
                partIndex++;
                notifier.notifyAll();
              }
            };
            for (; ; ) {
              if (state.error || state.finished) {
                return;
              }
              const result = await reader.read();
              listener?.({ event: "read" });
              if (result.done) {
                break;
              }
              if (result.value) {
                await handleParts(parser.push(result.value));
              }
            }
            await handleParts(parser.push());
            if (!state.finished && partIndex !== item.ranges.length) {
              throw new Error(
                `Multi-range fetch produced ${partIndex} parts but expected ${item.ranges.length} for ${item.hash}`
              );
            }
          } else {
            const descriptor = item.ranges[0];
            const ranges = rangeList.getRanges(descriptor.chunks.start, descriptor.chunks.end);
            const staged = /* @__PURE__ */ new Map();
            let chunkIndex = descriptor.chunks.start;
            let leftover;
            let done = false;
            while (!done) {
              if (state.error || state.finished) {
                return;
              }
              const result = await reader.read();
              listener?.({ event: "read" });
              done = result.done;
              let value = result.value;
              if (!value) {
                continue;
              }
              if (leftover) {
                value = combineUint8Arrays(leftover, value);
                leftover = void 0;
              }
              while (value.byteLength) {
                if (value.byteLength < XET_CHUNK_HEADER_BYTES) {
                  leftover = value;
                  break;
                }
                const chunkHeader = parseChunkHeader(
                  new DataView(value.buffer, value.byteOffset, XET_CHUNK_HEADER_BYTES)
                );
                if (value.byteLength < XET_CHUNK_HEADER_BYTES + chunkHeader.compressed_length) {
                  leftover = value;
                  break;
                }
                const uncompressed = decompressChunk(
                  chunkHeader,
                  value.subarray(XET_CHUNK_HEADER_BYTES, XET_CHUNK_HEADER_BYTES + chunkHeader.compressed_length)
                );
                const range2 = ranges.find((r) => chunkIndex >= r.start && chunkIndex < r.end);
                if (range2) {
                  let chunks = staged.get(range2);
                  if (!chunks) {
                    chunks = [];
                    staged.set(range2, chunks);
                  }
                  chunks.push(uncompressed);
                  if (chunkIndex === range2.end - 1 && !range2.data) {
                    range2.data = chunks;
                    tally.committed += chunk_AXSL4LYE_sum(chunks.map((chunk2) => chunk2.byteLength));
                    notifier.notifyAll();
                  }
                }
                state.decodedBytes += uncompressed.byteLength;
                chunkIndex++;
                value = value.slice(XET_CHUNK_HEADER_BYTES + chunkHeader.compressed_length);
              }
            }
            if (!state.finished) {
              for (const range2 of ranges) {
                if (!range2.data) {
                  throw new Error(
                    `Failed to fetch all data for ${item.hash} chunks ${range2.start}-${range2.end} (stream ended early)`
                  );
                }
              }
            }
          }
        } finally {
          await reader.cancel().catch(() => {
          });
        }
      };
      const isTransientNetworkError = (error) => error instanceof TypeError || /terminated|socket|network|ECONNRESET|fetch failed/i.test(String(error));
      const runWorker = async (workerId) => {
        for (; ; ) {
          if (state.error || state.finished) {
            return;
          }
          if (workerId >= state.target) {
            await notifier.wait();
            continue;
          }
          const idx = state.nextEntry;
          if (idx >= plan.length) {
            return;
          }
          state.nextEntry++;
          state.claimed++;
          const est = estimateEntryBytes(plan[idx]);
          try {
            await budgetAcquire(est, idx);
            if (state.error || state.finished) {
              budgetRelease(est);
              return;
            }
            state.active++;
            state.maxActive = Math.max(state.maxActive, state.active);
            state.activeHighWater = Math.max(state.activeHighWater, state.active);
            let lastError;
            const tally = { committed: 0 };
            for (let attempt = 0; attempt < 2; attempt++) {
              try {
                await decodeEntry(plan[idx], idx, tally);
                budgetRelease(est - tally.committed);
                lastError = void 0;
                break;
              } catch (error) {
                lastError = error;
                if (attempt === 0 && !state.finished && isTransientNetworkError(error)) {
                  log("retrying entry after transient error", plan[idx].hash, error);
                  await delay(250);
                  continue;
                }
              }
            }
            if (lastError) {
              budgetRelease(est);
              state.error ??= lastError;
            }
            state.active--;
          } finally {
            state.claimed--;
            notifier.notifyAll();
          }
        }
      };
      const workersDone = Promise.allSettled(Array.from({ length: maxConcurrency }, (_, i) => runWorker(i)));
      const levelRate = /* @__PURE__ */ new Map();
      let lastBytes = 0;
      let last429 = 0;
      let settleTicks = 1;
      let holdTicks = 0;
      const controller = setInterval(() => {
        const rate = state.decodedBytes - lastBytes;
        lastBytes = state.decodedBytes;
        const tickHighWater = state.activeHighWater;
        state.activeHighWater = state.active;
        holdTicks = Math.max(0, holdTicks - 1);
        if (state.count429 > last429) {
          last429 = state.count429;
          state.target = Math.max(1, state.target - 1);
          settleTicks = 1;
          holdTicks = PARALLEL_PLATEAU_HOLD_TICKS;
        } else if (rate === 0 && state.nextEntry < plan.length) {
          state.target = Math.min(maxConcurrency, state.target + 1);
          settleTicks = 1;
        } else if (settleTicks > 0) {
          settleTicks--;
        } else if (state.claimed >= state.target && tickHighWater <= state.target) {
          const ewma = ((levelRate.get(state.target) ?? rate) + rate) / 2;
          levelRate.set(state.target, ewma);
          const below = levelRate.get(state.target - 1);
          if (state.target > 1 && below === void 0) {
            state.target--;
            settleTicks = 1;
          } else if (below !== void 0 && ewma < below * PARALLEL_PROBE_KEEP_MARGIN) {
            levelRate.delete(state.target);
            state.target--;
            settleTicks = 1;
            holdTicks = PARALLEL_PLATEAU_HOLD_TICKS;
          } else if (holdTicks === 0 && state.target < maxConcurrency) {
            state.target++;
            settleTicks = 1;
          }
        }
        state.targetHistory.push(state.target);
        notifier.notifyAll();
      }, opts.controllerTickMs ?? PARALLEL_CONTROLLER_TICK_MS);
      try {
        for (let termIdx = 0; termIdx < terms.length; termIdx++) {
          const term = terms[termIdx];
          if (totalBytesRead >= maxBytes) {
            break;
          }
          state.neededEntry = termEntryIndex[termIdx];
          notifier.notifyAll();
          const rangeList = rangeLists.get(term.hash);
          if (!rangeList) {
            throw new Error(`Failed to find range list for term ${term.hash}`);
          }
          let termRanges = rangeList.getRanges(term.range.start, term.range.end);
          while (!termRanges.every((range2) => range2.data)) {
            if (state.error) {
              throw state.error;
            }
            if (state.claimed === 0 && state.nextEntry >= plan.length) {
              throw new Error(
                `Download workers finished without producing data for term ${term.hash} range ${term.range.start}-${term.range.end}`
              );
            }
            await notifier.wait();
            termRanges = rangeList.getRanges(term.range.start, term.range.end);
          }
          log("all data available for term", term.hash, readBytesToSkip);
          const cachedLength = chunk_AXSL4LYE_sum(termRanges.map((range2) => chunk_AXSL4LYE_sum(range2.data.map((chunk2) => chunk2.byteLength))));
          if (cachedLength !== term.unpacked_length) {
            throw new Error(
              `Term ${term.hash} range ${term.range.start}-${term.range.end} decoded to ${cachedLength} bytes, expected ${term.unpacked_length}`
            );
          }
          rangeLoop:
            for (const range2 of termRanges) {
              for (let chunk2 of range2.data) {
                if (readBytesToSkip) {
                  const skipped = Math.min(readBytesToSkip, chunk2.byteLength);
                  chunk2 = chunk2.slice(skipped);
                  readBytesToSkip -= skipped;
                  if (!chunk2.byteLength) {
                    continue;
                  }
                }
                if (chunk2.byteLength > maxBytes - totalBytesRead) {
                  chunk2 = chunk2.slice(0, maxBytes - totalBytesRead);
                }
                totalBytesRead += chunk2.byteLength;
                yield range2.refCount > 1 ? chunk2.slice() : chunk2;
                listener?.({ event: "progress", progress: { read: totalBytesRead, total: maxBytes } });
                if (totalBytesRead >= maxBytes) {
                  break rangeLoop;
                }
              }
            }
          let freed = 0;
          for (const range2 of termRanges) {
            if (range2.refCount === 1 && range2.data) {
              freed += chunk_AXSL4LYE_sum(range2.data.map((chunk2) => chunk2.byteLength));
            }
          }
          rangeList.remove(term.range.start, term.range.end);
          budgetRelease(freed);
        }
      } finally {
        state.finished = true;
        clearInterval(controller);
        notifier.notifyAll();
        await workersDone;
        opts.onStat?.({
          entries: plan.length,
          maxActive: state.maxActive,
          finalTarget: state.target,
          count429: state.count429,
          targetHistory: state.targetHistory
        });
      }
    }
    const iterator = parallelOptions && (parallelOptions.maxConcurrency ?? PARALLEL_DEFAULT_MAX_CONCURRENCY) > 1 ? readDataParallel(
      this.reconstructionInfo,
      this.fetch,
      this.end - this.start,
      this.#loadReconstructionInfo.bind(this),
      parallelOptions
    ) : readData(this.reconstructionInfo, this.fetch, this.end - this.start, this.#loadReconstructionInfo.bind(this));
    return new ReadableStream(
      {
        // todo: when Safari supports it, type controller as ReadableByteStreamController
        async pull(controller) {
          const result = await iterator.next();
          if (result.value) {
            controller.enqueue(result.value);
          }
          if (result.done) {
            controller.close();
          }
        },
        async cancel() {
          await iterator.return?.(void 0);
        },
        type: "bytes"
        // todo: when Safari supports it, add autoAllocateChunkSize param
      },
      // todo : use ByteLengthQueuingStrategy when there's good support for it, currently in Node.js it fails due to size being a function
      {
        highWaterMark: 1e3
        // 1_000 chunks for ~1MB of RAM
      }
    );
  }
  async arrayBuffer() {
    const reader = (await this.#fetch()).getReader();
    const chunks = [];
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      chunks.push(value);
    }
    return concatUint8Arrays(chunks).buffer;
  }
  async text() {
    return new TextDecoder().decode(await this.arrayBuffer());
  }
  async response() {
    const result = await this.#fetch();
    return new Response(result);
  }
  stream() {
    const stream = new TransformStream();
    this.#fetch().then((response) => response.pipeThrough(stream)).catch((error) => stream.writable.abort(error.message));
    return stream.readable;
  }
};
var jwtPromises = /* @__PURE__ */ new Map();
var jwts = /* @__PURE__ */ new Map();
function cacheKey(params) {
  return JSON.stringify([params.refreshUrl, params.initialAccessToken]);
}
function bg4_regroup_bytes(bytes) {
  const split = Math.floor(bytes.byteLength / 4);
  const rem = bytes.byteLength % 4;
  const g1_pos = split + (rem >= 1 ? 1 : 0);
  const g2_pos = g1_pos + split + (rem >= 2 ? 1 : 0);
  const g3_pos = g2_pos + split + (rem == 3 ? 1 : 0);
  const ret = new Uint8Array(bytes.byteLength);
  for (let i = 0, j = 0; i < bytes.byteLength; i += 4, j++) {
    ret[i] = bytes[j];
  }
  for (let i = 1, j = g1_pos; i < bytes.byteLength; i += 4, j++) {
    ret[i] = bytes[j];
  }
  for (let i = 2, j = g2_pos; i < bytes.byteLength; i += 4, j++) {
    ret[i] = bytes[j];
  }
  for (let i = 3, j = g3_pos; i < bytes.byteLength; i += 4, j++) {
    ret[i] = bytes[j];
  }
  return ret;
}
function bg4_split_bytes(bytes) {
  const ret = new Uint8Array(bytes.byteLength);
  const split = Math.floor(bytes.byteLength / 4);
  const rem = bytes.byteLength % 4;
  const g1_pos = split + (rem >= 1 ? 1 : 0);
  const g2_pos = g1_pos + split + (rem >= 2 ? 1 : 0);
  const g3_pos = g2_pos + split + (rem == 3 ? 1 : 0);
  for (let i = 0, j = 0; i < bytes.byteLength; i += 4, j++) {
    ret[j] = bytes[i];
  }
  for (let i = 1, j = g1_pos; i < bytes.byteLength; i += 4, j++) {
    ret[j] = bytes[i];
  }
  for (let i = 2, j = g2_pos; i < bytes.byteLength; i += 4, j++) {
    ret[j] = bytes[i];
  }
  for (let i = 3, j = g3_pos; i < bytes.byteLength; i += 4, j++) {
    ret[j] = bytes[i];
  }
  return ret;
}
async function getAccessToken(initialAccessToken, customFetch, refreshUrl) {
  const key = cacheKey({ refreshUrl, initialAccessToken });
  const jwt = jwts.get(key);
  if (jwt && jwt.expiresAt > new Date(Date.now() + JWT_SAFETY_PERIOD)) {
    return { accessToken: jwt.accessToken, casUrl: jwt.casUrl };
  }
  const existingPromise = jwtPromises.get(key);
  if (existingPromise) {
    return existingPromise;
  }
  const promise = (async () => {
    const resp = await customFetch(refreshUrl, {
      headers: {
        ...initialAccessToken ? {
          Authorization: `Bearer ${initialAccessToken}`
        } : {}
      }
    });
    if (!resp.ok) {
      throw new Error(`Failed to get JWT token: ${resp.status} ${await resp.text()}`);
    }
    const json = await resp.json();
    const jwt2 = {
      accessToken: json.accessToken,
      expiresAt: new Date(json.exp * 1e3),
      casUrl: json.casUrl
    };
    for (const [key2, value] of jwts.entries()) {
      if (value.expiresAt < new Date(Date.now() + JWT_SAFETY_PERIOD)) {
        jwts.delete(key2);
      } else {
        break;
      }
    }
    if (jwts.size >= JWT_CACHE_SIZE) {
      const keyToDelete = jwts.keys().next().value;
      if (keyToDelete) {
        jwts.delete(keyToDelete);
      }
    }
    jwts.set(key, jwt2);
    return {
      accessToken: json.accessToken,
      casUrl: json.casUrl
    };
  })().finally(() => {
    jwtPromises.delete(key);
  });
  jwtPromises.set(key, promise);
  return promise;
}

// src/utils/range.ts
function range(n, b) {
  return b ? Array(b - n).fill(0).map((_, i) => n + i) : Array(n).fill(0).map((_, i) => i);
}

// src/utils/chunk.ts
function chunk(arr, chunkSize) {
  if (isNaN(chunkSize) || chunkSize < 1) {
    throw new RangeError("Invalid chunk size: " + chunkSize);
  }
  if (!arr.length) {
    return [];
  }
  if (arr.length <= chunkSize) {
    return [arr];
  }
  return range(Math.ceil(arr.length / chunkSize)).map((i) => {
    return arr.slice(i * chunkSize, (i + 1) * chunkSize);
  });
}

// src/utils/promisesQueue.ts
async function promisesQueue(factories, concurrency) {
  const results = [];
  const executing = /* @__PURE__ */ new Set();
  let index = 0;
  for (const factory of factories) {
    const closureIndex = index++;
    const e = factory().then((r) => {
      results[closureIndex] = r;
      executing.delete(e);
    });
    executing.add(e);
    if (executing.size >= concurrency) {
      await Promise.race(executing);
    }
  }
  await Promise.all(executing);
  return results;
}

// src/utils/promisesQueueStreaming.ts
async function promisesQueueStreaming(factories, concurrency) {
  const executing = [];
  for await (const factory of factories) {
    const e = factory().then(() => {
      executing.splice(executing.indexOf(e), 1);
    });
    executing.push(e);
    if (executing.length >= concurrency) {
      await Promise.race(executing);
    }
  }
  await Promise.all(executing);
}

// src/utils/WebBlob.ts
var WebBlob = class extends Blob {
  static async create(url, opts) {
    const customFetch = opts?.fetch ?? fetch;
    const probe = await customFetch(url, {
      headers: {
        Range: "bytes=0-0",
        ...opts?.accessToken && { Authorization: `Bearer ${opts.accessToken}` }
      }
    });
    if (!probe.ok) {
      throw await createApiError(probe);
    }
    const contentType = probe.headers.get("content-type") || "";
    if (probe.status === 206) {
      const totalSize = Number(probe.headers.get("content-range")?.split("/").pop());
      await probe.body?.cancel();
      if (Number.isFinite(totalSize) && totalSize >= (opts?.cacheBelow ?? 1e6)) {
        return new WebBlob(url, 0, totalSize, contentType, true, customFetch, opts?.accessToken);
      }
      const full = await customFetch(url, {
        ...opts?.accessToken && { headers: { Authorization: `Bearer ${opts.accessToken}` } }
      });
      if (!full.ok) {
        throw await createApiError(full);
      }
      return full.blob();
    }
    return probe.blob();
  }
  url;
  start;
  end;
  contentType;
  full;
  fetch;
  accessToken;
  constructor(url, start, end, contentType, full, customFetch, accessToken) {
    super([]);
    this.url = url;
    this.start = start;
    this.end = end;
    this.contentType = contentType;
    this.full = full;
    this.fetch = customFetch;
    this.accessToken = accessToken;
  }
  get size() {
    return this.end - this.start;
  }
  get type() {
    return this.contentType;
  }
  slice(start = 0, end = this.size) {
    if (start < 0 || end < 0) {
      throw new TypeError("Unsupported negative start/end on WebBlob.slice");
    }
    const slice = new WebBlob(
      this.url,
      this.start + start,
      Math.min(this.start + end, this.end),
      this.contentType,
      start === 0 && end === this.size ? this.full : false,
      this.fetch,
      this.accessToken
    );
    return slice;
  }
  async arrayBuffer() {
    const result = await this.fetchRange();
    return result.arrayBuffer();
  }
  async text() {
    const result = await this.fetchRange();
    return result.text();
  }
  stream() {
    const stream = new TransformStream();
    this.fetchRange().then((response) => response.body?.pipeThrough(stream)).catch((error) => stream.writable.abort(error.message));
    return stream.readable;
  }
  fetchRange() {
    const fetch2 = this.fetch;
    if (this.full) {
      return fetch2(this.url, {
        ...this.accessToken && {
          headers: {
            Authorization: `Bearer ${this.accessToken}`
          }
        }
      }).then((resp) => resp.ok ? resp : createApiError(resp));
    }
    return fetch2(this.url, {
      headers: {
        Range: `bytes=${this.start}-${this.end - 1}`,
        ...this.accessToken && { Authorization: `Bearer ${this.accessToken}` }
      }
    }).then((resp) => resp.ok ? resp : createApiError(resp));
  }
};

// src/utils/base64FromBytes.ts
function base64FromBytes(arr) {
  if (globalThis.Buffer) {
    return globalThis.Buffer.from(arr).toString("base64");
  } else {
    const bin = [];
    arr.forEach((byte) => {
      bin.push(String.fromCharCode(byte));
    });
    return globalThis.btoa(bin.join(""));
  }
}

// src/utils/createBlobs.ts
async function createBlobs(url, destPath, opts) {
  if (url.protocol === "http:" || url.protocol === "https:") {
    const blob = await WebBlob.create(url, { fetch: opts?.fetch, accessToken: opts?.accessToken });
    return [{ path: destPath, blob }];
  }
  if (isFrontend) {
    throw new TypeError(`Unsupported URL protocol "${url.protocol}"`);
  }
  if (url.protocol === "file:") {
    const { FileBlob } = await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 825));
    const { subPaths } = await __nccwpck_require__.e(/* import() */ 930).then(__nccwpck_require__.bind(__nccwpck_require__, 930));
    const paths = await subPaths(url, opts?.maxFolderDepth);
    if (paths.length === 1 && paths[0].relativePath === ".") {
      const blob = await FileBlob.create(url);
      return [{ path: destPath, blob }];
    }
    return Promise.all(
      paths.map(async (path2) => ({
        path: `${destPath}/${path2.relativePath}`.replace(/\/[.]$/, "").replaceAll("//", "/").replace(/^[.]?\//, ""),
        blob: await FileBlob.create(new URL(path2.path))
      }))
    );
  }
  throw new TypeError(`Unsupported URL protocol "${url.protocol}"`);
}

// src/utils/ChunkCache.ts
var CHUNK_CACHE_INITIAL_SIZE = 1e4;
var CHUNK_CACHE_GROW_FACTOR = 1.5;
var CHUNK_CACHE_MAX_SIZE = 1e6;
var ChunkCache = class {
  index = 0;
  // Index >= 0 means local xorb, < 0 means remote xorb
  xorbIndices;
  // Max 8K chunks per xorb, less than 64K uint16_t
  chunkIndices;
  map = /* @__PURE__ */ new Map();
  // hash -> chunkCacheIndex. Less overhead that way, empty object is 60+B and empty array is 40+B
  hmacs = /* @__PURE__ */ new Set();
  // todo : remove old hmacs
  maxSize;
  constructor(maxSize = CHUNK_CACHE_MAX_SIZE) {
    if (maxSize < 1) {
      throw new Error("maxSize must be at least 1");
    }
    this.maxSize = maxSize;
    this.xorbIndices = new Int32Array(Math.min(CHUNK_CACHE_INITIAL_SIZE, maxSize));
    this.chunkIndices = new Uint16Array(Math.min(CHUNK_CACHE_INITIAL_SIZE, maxSize));
  }
  addChunkToCache(hash2, xorbIndex, chunkIndex, hmac3) {
    if (this.map.has(hash2)) {
      return;
    }
    if (this.map.values().next().value === this.index) {
      this.map.delete(this.map.keys().next().value);
    }
    this.map.set(hash2, this.index);
    if (hmac3 !== null) {
      this.hmacs.add(hmac3);
    }
    if (this.index >= this.xorbIndices.length) {
      const oldXorbIndices = this.xorbIndices;
      const oldChunkIndices = this.chunkIndices;
      this.xorbIndices = new Int32Array(Math.min(this.xorbIndices.length * CHUNK_CACHE_GROW_FACTOR, this.maxSize));
      this.chunkIndices = new Uint16Array(Math.min(this.chunkIndices.length * CHUNK_CACHE_GROW_FACTOR, this.maxSize));
      this.xorbIndices.set(oldXorbIndices);
      this.chunkIndices.set(oldChunkIndices);
    }
    this.xorbIndices[this.index] = xorbIndex;
    this.chunkIndices[this.index] = chunkIndex;
    this.index = (this.index + 1) % this.maxSize;
  }
  getChunk(hash2, hmacFunction) {
    let index = this.map.get(hash2);
    if (index === void 0 && hmacFunction !== null) {
      for (const hmac3 of this.hmacs) {
        index = this.map.get(hmacFunction(hash2, hmac3));
        if (index !== void 0) {
          break;
        }
      }
    }
    if (index === void 0) {
      return void 0;
    }
    return {
      xorbIndex: this.xorbIndices[index],
      chunkIndex: this.chunkIndices[index]
    };
  }
  updateChunkIndex(hash2, chunkIndex) {
    const index = this.map.get(hash2);
    if (index === void 0) {
      throw new Error(`Chunk not found in cache: ${hash2}`);
    }
    this.chunkIndices[index] = chunkIndex;
  }
  removeChunkFromCache(hash2) {
    this.map.delete(hash2);
  }
};

// src/utils/xetWriteToken.ts
var JWT_SAFETY_PERIOD2 = 6e4;
var JWT_CACHE_SIZE2 = 1e3;
var jwtPromises2 = /* @__PURE__ */ new Map();
var jwts2 = /* @__PURE__ */ new Map();
async function xetWriteToken(params) {
  if (params.xetParams.expiresAt && params.xetParams.casUrl && params.xetParams.accessToken && params.xetParams.expiresAt > new Date(Date.now() + JWT_SAFETY_PERIOD2)) {
    return { accessToken: params.xetParams.accessToken, casUrl: params.xetParams.casUrl };
  }
  const key = params.xetParams.refreshWriteTokenUrl;
  const jwt = jwts2.get(key);
  if (jwt && jwt.expiresAt > new Date(Date.now() + JWT_SAFETY_PERIOD2)) {
    return { accessToken: jwt.accessToken, casUrl: jwt.casUrl };
  }
  const existingPromise = jwtPromises2.get(key);
  if (existingPromise) {
    return existingPromise;
  }
  const promise = (async () => {
    const resp = await (params.fetch ?? fetch)(params.xetParams.refreshWriteTokenUrl, {
      headers: {
        ...params.accessToken ? {
          Authorization: `Bearer ${params.accessToken}`
        } : {},
        ...params.xetParams.sessionId ? { "X-Xet-Session-Id": params.xetParams.sessionId } : {}
      }
    });
    if (!resp.ok) {
      throw await createApiError(resp);
    }
    const json = await resp.json();
    const jwt2 = {
      accessToken: json.accessToken,
      expiresAt: new Date(json.exp * 1e3),
      casUrl: json.casUrl
    };
    for (const [key2, value] of jwts2.entries()) {
      if (value.expiresAt < new Date(Date.now() + JWT_SAFETY_PERIOD2)) {
        jwts2.delete(key2);
      } else {
        break;
      }
    }
    if (jwts2.size >= JWT_CACHE_SIZE2) {
      const keyToDelete = jwts2.keys().next().value;
      if (keyToDelete) {
        jwts2.delete(keyToDelete);
      }
    }
    jwts2.set(key, jwt2);
    return {
      accessToken: json.accessToken,
      casUrl: json.casUrl
    };
  })().finally(() => {
    jwtPromises2.delete(key);
  });
  jwtPromises2.set(key, promise);
  return promise;
}

// src/utils/shardParser.ts
var HASH_LENGTH = 32;
var XORB_HASH_BOOKEND = "ff".repeat(HASH_LENGTH);
function readHashFromArray(array, offset) {
  let hash2 = "";
  for (let i = 0; i < HASH_LENGTH; i += 8) {
    hash2 += `${array[offset + i + 7].toString(16).padStart(2, "0")}${array[offset + i + 6].toString(16).padStart(2, "0")}${array[offset + i + 5].toString(16).padStart(2, "0")}${array[offset + i + 4].toString(16).padStart(2, "0")}${array[offset + i + 3].toString(16).padStart(2, "0")}${array[offset + i + 2].toString(16).padStart(2, "0")}${array[offset + i + 1].toString(16).padStart(2, "0")}${array[offset + i].toString(16).padStart(2, "0")}`;
  }
  return hash2;
}
async function parseShardData(shardBlob) {
  const shard = new Uint8Array(await shardBlob.arrayBuffer());
  const shardView = new DataView(shard.buffer);
  const magicTag = shard.slice(0, SHARD_MAGIC_TAG.length);
  if (!magicTag.every((byte, i) => byte === SHARD_MAGIC_TAG[i])) {
    throw new Error("Invalid shard magic tag");
  }
  const version = shardView.getBigUint64(SHARD_MAGIC_TAG.length, true);
  if (version !== SHARD_HEADER_VERSION) {
    throw new Error(`Invalid shard version: ${version}`);
  }
  const footerSize = Number(shardView.getBigUint64(SHARD_MAGIC_TAG.length + 8, true));
  const footerStart = shard.length - footerSize;
  const footerVersion = shardView.getBigUint64(footerStart, true);
  if (footerVersion !== SHARD_FOOTER_VERSION) {
    throw new Error(`Invalid shard footer version: ${footerVersion}`);
  }
  const xorbInfoStart = Number(shardView.getBigUint64(footerStart + 16, true));
  const fileLookupStart = Number(shardView.getBigUint64(footerStart + 24, true));
  const hmacKey = readHashFromArray(shard, footerStart + 72);
  const xorbs = [];
  let offset = xorbInfoStart;
  while (offset < fileLookupStart) {
    const xorbHash2 = readHashFromArray(shard, offset);
    offset += HASH_LENGTH;
    if (xorbHash2 === XORB_HASH_BOOKEND) {
      break;
    }
    offset += 4;
    const chunkCount = shardView.getUint32(offset, true);
    offset += 4;
    offset += 4;
    offset += 4;
    const chunks = [];
    for (let i = 0; i < chunkCount; i++) {
      const chunkHash = readHashFromArray(shard, offset);
      offset += HASH_LENGTH;
      const startOffset = shardView.getUint32(offset, true);
      offset += 4;
      const length = shardView.getUint32(offset, true);
      offset += 4;
      offset += 8;
      chunks.push({
        hash: chunkHash,
        startOffset,
        unpackedLength: length
      });
    }
    xorbs.push({
      hash: xorbHash2,
      chunks
    });
  }
  return {
    hmacKey,
    xorbs
  };
}

// src/utils/SplicedBlob.ts
var SplicedBlob = class extends Blob {
  originalBlob;
  spliceOperations;
  constructor(originalBlob, spliceOperations) {
    super();
    this.originalBlob = originalBlob;
    this.spliceOperations = spliceOperations;
  }
  /**
   * Create a SplicedBlob from an original blob and a set of splice operations.
   *
   * Each operation replaces the original content in `[start, end)` with `insert`
   * (a pure insertion when `start === end`). Positions are byte offsets in the
   * original blob, are relative to the **original** content (not shifted by other
   * operations), and operations must not overlap (they can be passed in any order).
   *
   * As a convenience, a single `{ insert, start, end }` object is also accepted
   * instead of a one-element array.
   */
  static create(originalBlob, operations) {
    if (!Array.isArray(operations)) {
      operations = [operations];
    }
    for (const op of operations) {
      if (op.start < 0 || op.end < 0) {
        throw new Error("Invalid start/end positions for SplicedBlob");
      }
      if (op.start > originalBlob.size || op.end > originalBlob.size) {
        throw new Error("Invalid start/end positions for SplicedBlob");
      }
      if (op.start > op.end) {
        throw new Error("Invalid start/end positions for SplicedBlob");
      }
    }
    const sortedOps = [...operations].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sortedOps.length - 1; i++) {
      if (sortedOps[i].end > sortedOps[i + 1].start) {
        throw new Error("Overlapping splice operations are not supported");
      }
    }
    return new SplicedBlob(originalBlob, sortedOps);
  }
  /**
   * Returns the size of the spliced blob.
   * Size = original size - total replaced size + total insert size
   */
  get size() {
    let totalReplacedSize = 0;
    let totalInsertSize = 0;
    for (const op of this.spliceOperations) {
      totalReplacedSize += op.end - op.start;
      totalInsertSize += op.insert.size;
    }
    return this.originalBlob.size - totalReplacedSize + totalInsertSize;
  }
  /**
   * Returns the MIME type of the original blob.
   */
  get type() {
    return this.originalBlob.type;
  }
  /**
   * Returns a new instance of SplicedBlob that is a slice of the current one.
   *
   * The slice is inclusive of the start and exclusive of the end.
   * The slice method does not support negative start/end.
   *
   * @param start beginning of the slice
   * @param end end of the slice
   */
  slice(start = 0, end = this.size) {
    if (start < 0 || end < 0) {
      throw new TypeError("Unsupported negative start/end on SplicedBlob.slice");
    }
    start = Math.min(start, this.size);
    end = Math.min(end, this.size);
    if (start >= end) {
      return new Blob([]);
    }
    const segments = this.segments;
    const segmentBoundaries = [0];
    let cumulativeSize = 0;
    for (const segment of segments) {
      cumulativeSize += segment.size;
      segmentBoundaries.push(cumulativeSize);
    }
    const resultSegments = [];
    for (let i = 0; i < segments.length; i++) {
      const segmentStart = segmentBoundaries[i];
      const segmentEnd = segmentBoundaries[i + 1];
      if (segmentEnd <= start) {
        continue;
      }
      if (segmentStart >= end) {
        break;
      }
      const sliceStart = Math.max(0, start - segmentStart);
      const sliceEnd = Math.min(segments[i].size, end - segmentStart);
      if (sliceStart < sliceEnd) {
        resultSegments.push(segments[i].slice(sliceStart, sliceEnd));
      }
    }
    return new Blob(resultSegments);
  }
  get firstSpliceIndex() {
    return this.spliceOperations[0]?.start ?? Infinity;
  }
  /**
   * Read the spliced blob content and returns it as an ArrayBuffer.
   */
  async arrayBuffer() {
    const segments = this.segments;
    const buffers = await Promise.all(segments.map((segment) => segment.arrayBuffer()));
    const totalSize = chunk_AXSL4LYE_sum(buffers.map((buffer) => buffer.byteLength));
    const result = new Uint8Array(totalSize);
    let offset = 0;
    for (const buffer of buffers) {
      result.set(new Uint8Array(buffer), offset);
      offset += buffer.byteLength;
    }
    return result.buffer;
  }
  /**
   * Read the spliced blob content and returns it as a string.
   */
  async text() {
    const buffer = await this.arrayBuffer();
    return new TextDecoder().decode(buffer);
  }
  /**
   * Returns a stream around the spliced blob content.
   */
  stream() {
    const readable = new ReadableStream({
      start: async (controller) => {
        try {
          const segments = this.segments;
          for (const segment of segments) {
            const reader = segment.stream().getReader();
            try {
              while (true) {
                const { done, value } = await reader.read();
                if (done) {
                  break;
                }
                controller.enqueue(value);
              }
            } finally {
              reader.releaseLock();
            }
          }
          controller.close();
        } catch (error) {
          controller.error(error);
        }
      }
    });
    return readable;
  }
  /**
   * Get all segments that make up the spliced blob.
   * This includes original blob segments between splice operations and insert blobs.
   */
  get segments() {
    const segments = [];
    let currentPosition = 0;
    const sortedOps = [...this.spliceOperations].sort((a, b) => a.start - b.start);
    for (const op of sortedOps) {
      if (currentPosition < op.start) {
        segments.push(this.originalBlob.slice(currentPosition, op.start));
      }
      if (op.insert.size > 0) {
        segments.push(op.insert);
      }
      currentPosition = op.end;
    }
    if (currentPosition < this.originalBlob.size) {
      segments.push(this.originalBlob.slice(currentPosition));
    }
    return segments;
  }
};

// src/utils/rangeEdit.ts

var RANGE_EDIT_CACHE_MAX_ENTRIES = 10;
function addToRangeEditCache(cache, xetHash, entry) {
  cache.delete(xetHash);
  cache.set(xetHash, entry);
  while (cache.size > RANGE_EDIT_CACHE_MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === void 0) {
      break;
    }
    cache.delete(oldest);
  }
}
async function planRangeEdit(spliced, original, params) {
  const originalHash = original.hash;
  const originalSize = original.size;
  if (!originalHash || originalSize === 0 || original.start !== 0) {
    return void 0;
  }
  if (params.rangeEditCache) {
    const cached2 = planRangeEditFromCache(spliced, originalHash, originalSize, params.rangeEditCache);
    if (cached2) {
      return cached2;
    }
  }
  const token = await xetWriteToken(params);
  const reconstructionResp = await (params.fetch ?? fetch)(`${token.casUrl}/v2/reconstructions/${originalHash}`, {
    headers: { Authorization: `Bearer ${token.accessToken}` }
  });
  if (!reconstructionResp.ok) {
    return void 0;
  }
  const reconstruction = await reconstructionResp.json();
  const terms = reconstruction.terms.map((term) => ({
    hash: term.hash,
    unpackedLength: term.unpacked_length,
    range: { start: term.range.start, end: term.range.end }
  }));
  const segByteStarts = [0];
  let acc = 0;
  for (const term of terms) {
    acc += term.unpackedLength;
    segByteStarts.push(acc);
  }
  if (acc !== originalSize) {
    throw new Error(
      `Original file size mismatch: reconstruction reports ${acc} bytes but the blob is ${originalSize} bytes`
    );
  }
  const edits = spliced.spliceOperations;
  const dirtyRanges = snapAndCoalesceDirtyRanges(edits, segByteStarts, originalSize);
  if (dirtyRanges.length === 0) {
    return void 0;
  }
  const rangeHeader = "bytes=" + dirtyRanges.map(([start, end]) => `${start}-${end - 1}`).join(",");
  const resp = await (params.fetch ?? fetch)(`${token.casUrl}/v2/file-chunk-hashes/${originalHash}`, {
    headers: {
      Authorization: `Bearer ${token.accessToken}`,
      "X-Range-Dirty": rangeHeader
    }
  });
  if (!resp.ok) {
    return void 0;
  }
  const chunkHashes = await resp.json();
  if (chunkHashes.windows.length === 0) {
    throw new Error("Server returned no windows for range edit");
  }
  if (chunkHashes.hashRanges.length !== chunkHashes.windows.length + 1) {
    throw new Error(
      `Server returned ${chunkHashes.hashRanges.length} hashRanges, expected ${chunkHashes.windows.length + 1}`
    );
  }
  const windows = assignEditsToWindows(
    chunkHashes.windows.map((w) => ({ start: w.dirtyByteRange[0], end: w.dirtyByteRange[1] })),
    edits,
    originalSize,
    segByteStarts
  );
  return {
    originalHash,
    originalSize,
    newSize: spliced.size,
    terms,
    segByteStarts,
    windows,
    hashRanges: chunkHashes.hashRanges,
    gapVerification: chunkHashes.gapVerification
  };
}
function planRangeEditFromCache(spliced, originalHash, originalSize, cache) {
  const entry = cache.get(originalHash);
  if (!entry || entry.size !== originalSize || entry.terms.length === 0) {
    return void 0;
  }
  const edits = spliced.spliceOperations;
  if (edits.length === 0) {
    return void 0;
  }
  const lastTerm = entry.terms[entry.terms.length - 1];
  const lastTermStart = originalSize - lastTerm.unpackedLength;
  for (const edit of edits) {
    const editStart = edit.start === edit.end && edit.start === originalSize ? originalSize : edit.start;
    if (editStart < lastTermStart) {
      return void 0;
    }
  }
  const segByteStarts = [0];
  let acc = 0;
  for (const term of entry.terms) {
    acc += term.unpackedLength;
    segByteStarts.push(acc);
  }
  const windows = assignEditsToWindows(
    [{ start: lastTermStart, end: originalSize }],
    edits,
    originalSize,
    segByteStarts
  );
  return {
    originalHash,
    originalSize,
    newSize: spliced.size,
    terms: entry.terms,
    segByteStarts,
    windows,
    hashRanges: [entry.openSubtree, null],
    gapVerification: entry.terms.slice(0, -1).map((term) => term.rangeHash)
  };
}
function snapAndCoalesceDirtyRanges(edits, segByteStarts, originalSize) {
  const nSegs = segByteStarts.length - 1;
  const snapStart = (byte) => {
    let idx = 0;
    while (idx + 1 < segByteStarts.length && segByteStarts[idx + 1] <= byte) {
      idx++;
    }
    return segByteStarts[idx];
  };
  const snapEnd = (byte) => {
    let idx = 0;
    while (idx < segByteStarts.length && segByteStarts[idx] < byte) {
      idx++;
    }
    return segByteStarts[Math.min(idx, segByteStarts.length - 1)];
  };
  const snapped = [];
  for (const edit of edits) {
    if (edit.start === edit.end) {
      if (edit.start === originalSize) {
        snapped.push([segByteStarts[nSegs - 1], segByteStarts[nSegs]]);
      } else {
        snapped.push([snapStart(edit.start), snapEnd(edit.start + 1)]);
      }
    } else {
      snapped.push([snapStart(edit.start), snapEnd(edit.end)]);
    }
  }
  snapped.sort((a, b) => a[0] - b[0]);
  const coalesced = [];
  for (const range2 of snapped) {
    const last = coalesced[coalesced.length - 1];
    if (last && range2[0] <= last[1]) {
      last[1] = Math.max(last[1], range2[1]);
      continue;
    }
    coalesced.push([range2[0], range2[1]]);
  }
  return coalesced;
}
function assignEditsToWindows(windows, edits, originalSize, segByteStarts) {
  let editIdx = 0;
  const result = [];
  for (const [windowIdx, window2] of windows.entries()) {
    const assigned = [];
    while (editIdx < edits.length) {
      const edit = edits[editIdx];
      const belongsHere = edit.start === edit.end ? edit.start < window2.end || edit.start === window2.end && window2.end === originalSize : edit.end <= window2.end;
      if (!belongsHere) {
        break;
      }
      if (edit.start < window2.start) {
        throw new Error(
          `Edit at [${edit.start}, ${edit.end}) starts before its window [${window2.start}, ${window2.end})`
        );
      }
      assigned.push(edit);
      editIdx++;
    }
    let removed = 0;
    let added = 0;
    for (const edit of assigned) {
      removed += edit.end - edit.start;
      added += edit.insert.size;
    }
    const effectiveEnd = segByteStarts.find((segStart) => segStart >= window2.end);
    if (effectiveEnd === void 0) {
      throw new Error(`Window end ${window2.end} exceeds the file size ${segByteStarts[segByteStarts.length - 1]}`);
    }
    const nextWindowStart = windows[windowIdx + 1]?.start;
    if (nextWindowStart !== void 0 && effectiveEnd > nextWindowStart) {
      throw new Error(
        `Window [${window2.start}, ${window2.end}) extends to term boundary ${effectiveEnd}, overlapping the next window at ${nextWindowStart}`
      );
    }
    result.push({
      start: window2.start,
      end: window2.end,
      effectiveEnd,
      edits: assigned,
      newSize: effectiveEnd - window2.start + added - removed,
      hashSplitSize: window2.end - window2.start + added - removed
    });
  }
  if (editIdx !== edits.length) {
    throw new Error(`${edits.length - editIdx} edits were not assigned to any window`);
  }
  return result;
}
function windowSegments(window2, original) {
  const segments = [];
  let cursor = window2.start;
  for (const edit of window2.edits) {
    if (cursor < edit.start) {
      segments.push(original.slice(cursor, edit.start));
    }
    if (edit.insert.size > 0) {
      segments.push(edit.insert);
    }
    cursor = edit.end;
  }
  if (cursor < window2.effectiveEnd) {
    segments.push(original.slice(cursor, window2.effectiveEnd));
  }
  return segments;
}
function composeRepresentation(plan, windowRepresentations) {
  const representation = [];
  const nSegs = plan.terms.length;
  let segIdx = 0;
  let gapIdx = 0;
  const reuseTerm = (idx) => {
    const rangeHash = plan.gapVerification[gapIdx];
    if (rangeHash === void 0) {
      throw new Error(`Ran out of gapVerification entries at stable term ${idx}`);
    }
    gapIdx++;
    representation.push({
      xorbId: plan.terms[idx].hash,
      indexStart: plan.terms[idx].range.start,
      indexEnd: plan.terms[idx].range.end,
      length: plan.terms[idx].unpackedLength,
      rangeHash
    });
  };
  for (let i = 0; i < plan.windows.length; i++) {
    const window2 = plan.windows[i];
    while (segIdx < nSegs && plan.segByteStarts[segIdx] < window2.start) {
      if (plan.segByteStarts[segIdx + 1] > window2.start) {
        throw new Error(
          `Window starting at ${window2.start} straddles term ${segIdx} (${plan.segByteStarts[segIdx]}..${plan.segByteStarts[segIdx + 1]})`
        );
      }
      reuseTerm(segIdx);
      segIdx++;
    }
    while (segIdx < nSegs && plan.segByteStarts[segIdx] < window2.effectiveEnd) {
      segIdx++;
    }
    representation.push(...windowRepresentations[i]);
  }
  while (segIdx < nSegs) {
    reuseTerm(segIdx);
    segIdx++;
  }
  if (gapIdx < plan.gapVerification.length) {
    throw new Error(
      `Server returned ${plan.gapVerification.length} gapVerification entries but only ${gapIdx} stable terms were emitted`
    );
  }
  return representation;
}
var chunk_AXSL4LYE_ZERO_KEY = new Uint8Array(32);
function chunkSplitIndex(chunks, size, context) {
  let cumulative = 0;
  let index = 0;
  while (index < chunks.length && cumulative < size) {
    cumulative += chunks[index].length;
    index++;
  }
  if (cumulative !== size) {
    throw new Error(`${context}: expected a chunk boundary at ${size} bytes, got ${cumulative}`);
  }
  return index;
}
function buildRangeEditCachePayload(plan, windowChunks, representation) {
  if (plan.hashRanges[plan.hashRanges.length - 1] !== null) {
    return void 0;
  }
  const lastRep = representation[representation.length - 1];
  const lastWindow = windowChunks[windowChunks.length - 1];
  if (!lastRep || !lastWindow) {
    return void 0;
  }
  const lastTermChunkCount = lastRep.indexEnd - lastRep.indexStart;
  if (lastTermChunkCount <= 0 || lastTermChunkCount > lastWindow.length) {
    return void 0;
  }
  const lastTermChunks = lastWindow.slice(lastWindow.length - lastTermChunkCount);
  const hashRanges = plan.hashRanges.map((json) => json === null ? null : MerkleHashSubtree.fromJSON(json));
  const firstWindowAtStart = hashRanges[0] === null;
  const sequence = [];
  for (let i = 0; i < plan.windows.length; i++) {
    const gap = hashRanges[i];
    if (gap !== null && gap !== void 0) {
      sequence.push(gap);
    }
    const splitIndex = chunkSplitIndex(windowChunks[i], plan.windows[i].hashSplitSize, "buildRangeEditCachePayload");
    let chunks = windowChunks[i].slice(0, splitIndex);
    if (i === plan.windows.length - 1) {
      chunks = chunks.slice(0, chunks.length - lastTermChunkCount);
    }
    if (chunks.length > 0 || i === 0 && firstWindowAtStart) {
      sequence.push(
        MerkleHashSubtree.fromChunks(
          i === 0 && firstWindowAtStart,
          chunks.map((chunk2) => ({ hash: hexToBytes(chunk2.hash), length: chunk2.length })),
          false
        )
      );
    }
  }
  const openSubtree = sequence.length > 0 ? MerkleHashSubtree.merge(sequence) : null;
  return {
    size: plan.newSize,
    openSubtree: openSubtree && !openSubtree.isEmpty ? openSubtree.toJSON() : null,
    lastTermChunks
  };
}
function buildFreshFileCachePayload(fileChunks, representation) {
  const lastRep = representation[representation.length - 1];
  if (!lastRep) {
    return void 0;
  }
  const lastTermChunkCount = lastRep.indexEnd - lastRep.indexStart;
  if (lastTermChunkCount <= 0 || lastTermChunkCount > fileChunks.length) {
    return void 0;
  }
  const lastTermChunks = fileChunks.slice(fileChunks.length - lastTermChunkCount);
  const rest = fileChunks.slice(0, fileChunks.length - lastTermChunkCount);
  const openSubtree = rest.length > 0 ? MerkleHashSubtree.fromChunks(
    true,
    rest.map((chunk2) => ({ hash: hexToBytes(chunk2.hash), length: chunk2.length })),
    false
  ).toJSON() : null;
  return {
    size: fileChunks.reduce((sum2, chunk2) => sum2 + chunk2.length, 0),
    openSubtree,
    lastTermChunks
  };
}
function computeComposedFileHash(plan, windowChunks) {
  if (plan.newSize === 0) {
    return "0".repeat(64);
  }
  const hashRanges = plan.hashRanges.map((json) => json === null ? null : MerkleHashSubtree.fromJSON(json));
  const trailingGap = hashRanges[hashRanges.length - 1];
  const firstWindowAtStart = hashRanges[0] === null;
  const lastWindowAtEnd = trailingGap === null;
  const lastIdx = plan.windows.length - 1;
  const mergeSequence = [];
  for (let i = 0; i < plan.windows.length; i++) {
    const gap = hashRanges[i];
    if (gap !== null) {
      mergeSequence.push(gap);
    }
    const window2 = plan.windows[i];
    const splitIndex = chunkSplitIndex(
      windowChunks[i],
      window2.hashSplitSize,
      `Window [${window2.start}, ${window2.end}) chunk boundaries did not re-sync at the window end`
    );
    mergeSequence.push(
      MerkleHashSubtree.fromChunks(
        i === 0 && firstWindowAtStart,
        windowChunks[i].slice(0, splitIndex).map((chunk2) => ({ hash: hexToBytes(chunk2.hash), length: chunk2.length })),
        i === lastIdx && lastWindowAtEnd
      )
    );
  }
  if (trailingGap !== null && trailingGap !== void 0) {
    mergeSequence.push(trailingGap);
  }
  const merged = MerkleHashSubtree.merge(mergeSequence);
  const aggregated = merged.finalHash();
  if (aggregated === void 0) {
    throw new Error("Merged subtree is not fully closed; cannot derive the file hash");
  }
  return hashToHex(hmac(aggregated, chunk_AXSL4LYE_ZERO_KEY));
}

// src/utils/createXorbs.ts

var chunk_AXSL4LYE_TARGET_CHUNK_SIZE = 64 * 1024;
var MAX_CHUNK_SIZE = 2 * chunk_AXSL4LYE_TARGET_CHUNK_SIZE;
var XORB_SIZE = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
var MAX_XORB_CHUNKS = (/* unused pure expression or super */ null && (8 * 1024));
var INTERVAL_BETWEEN_REMOTE_DEDUP = 4e6;
var PROCESSING_PROGRESS_RATIO = 0.1;
var UPLOADING_PROGRESS_RATIO = 1 - PROCESSING_PROGRESS_RATIO;
function computeXorbHashHex(chunks) {
  const chunkObjs = chunks.map((c) => ({ hash: hexToBytes2(c.hash), length: c.length }));
  return hashToHex2(xorbHash(chunkObjs));
}
function computeHmacHex(hash2, key) {
  return hashToHex2(hmac2(hexToBytes2(hash2), hexToBytes2(key)));
}
function computeVerificationHashHex(hashes) {
  return hashToHex2(verificationHash(hashes.map(hexToBytes2)));
}
function computeFileHashHex(chunks) {
  const chunkObjs = chunks.map((c) => ({ hash: hexToBytes2(c.hash), length: c.length }));
  return hashToHex2(fileHash(chunkObjs));
}
function addDataToChunker(data, chunker) {
  return nextBlock(chunker, data).map((c) => ({ hash: hashToHex2(c.hash), length: c.length, dedup: false }));
}
function finalizeChunker(chunker) {
  const last = finalize(chunker);
  if (!last) {
    return [];
  }
  return [{ hash: hashToHex2(last.hash), length: last.length, dedup: false }];
}
var CurrentXorbInfo = class {
  id;
  offset;
  chunks;
  fileProcessedBytes;
  fileUploadedBytes;
  fileSize;
  data;
  immutableData;
  constructor() {
    this.id = 0;
    this.offset = 0;
    this.chunks = [];
    this.fileProcessedBytes = {};
    this.fileUploadedBytes = {};
    this.fileSize = {};
    this.data = new Uint8Array(XORB_SIZE);
    this.immutableData = null;
  }
  event(computeXorbHash) {
    const xorbChunksCleaned = this.chunks.map((chunk2) => ({
      hash: chunk2.hash,
      length: chunk2.length
    }));
    return {
      event: "xorb",
      xorb: this.data.subarray(0, this.offset),
      hash: computeXorbHash(xorbChunksCleaned),
      chunks: xorbChunksCleaned,
      id: this.id,
      files: Object.entries(this.fileProcessedBytes).map(([path2, processedBytes]) => ({
        path: path2,
        progress: processedBytes / this.fileSize[path2],
        lastSentProgress: ((this.fileUploadedBytes[path2] ?? 0) + (processedBytes - (this.fileUploadedBytes[path2] ?? 0)) * PROCESSING_PROGRESS_RATIO) / this.fileSize[path2]
      }))
    };
  }
};
async function* createXorbs(fileSources, params) {
  const alreadyDoneFileSha256s = /* @__PURE__ */ new Set();
  let xorbId = 0;
  const chunkCache = new ChunkCache();
  let xorb = new CurrentXorbInfo();
  const nextXorb = (currentFile) => {
    const event = xorb.event(computeXorbHashHex);
    xorbId++;
    xorb = new CurrentXorbInfo();
    xorb.id = xorbId;
    xorb.fileUploadedBytes = {
      [currentFile.path]: currentFile.uploadedBytes
    };
    xorb.fileSize[currentFile.path] = currentFile.size;
    return event;
  };
  const pendingFileEvents = [];
  const remoteXorbHashes = [""];
  const resolveXorbId = (xorbId2) => typeof xorbId2 === "string" ? xorbId2 : xorbId2 >= 0 ? xorbId2 : remoteXorbHashes[-xorbId2];
  for await (const fileSource of fileSources) {
    params.yieldCallback?.({
      event: "fileProgress",
      path: fileSource.path,
      progress: 0
    });
    if (fileSource.sha256 && alreadyDoneFileSha256s.has(fileSource.sha256)) {
      params.yieldCallback?.({
        event: "fileProgress",
        path: fileSource.path,
        progress: 1
      });
      continue;
    }
    if (fileSource.sha256) {
      alreadyDoneFileSha256s.add(fileSource.sha256);
    }
    {
      xorb.fileSize[fileSource.path] = fileSource.content.size;
      let rangeEditPlan;
      if (fileSource.content instanceof SplicedBlob && fileSource.content.originalBlob instanceof XetBlob && fileSource.content.originalBlob.hash !== void 0 && fileSource.content.originalBlob.size > 0) {
        rangeEditPlan = await planRangeEdit(fileSource.content, fileSource.content.originalBlob, params);
      }
      if (fileSource.content instanceof SplicedBlob && (rangeEditPlan !== void 0 || fileSource.content.firstSpliceIndex < MAX_CHUNK_SIZE)) {
        await loadFirstChunkDedupInfo(fileSource.content, remoteXorbHashes, params, chunkCache);
      }
      let bytesSinceRemoteDedup = Infinity;
      let bytesSinceLastProgressEvent = 0;
      let dedupNextChunk = true;
      const sourceChunks = [];
      let processedBytes = 0;
      let dedupedBytes = 0;
      const fileChunks = [];
      const chunkMetadata = [];
      const addChunks = async function* (chunks) {
        for (const chunk2 of chunks) {
          if (dedupNextChunk) {
            chunk2.dedup = true;
            dedupNextChunk = false;
          }
          let chunkIndex = xorb.chunks.length;
          let chunkXorbId = xorbId;
          const chunkToCopy = removeChunkFromSourceData(sourceChunks, chunk2.length);
          let cacheData = chunkCache.getChunk(chunk2.hash, computeHmacHex);
          if (cacheData === void 0 && chunk2.dedup && bytesSinceRemoteDedup >= INTERVAL_BETWEEN_REMOTE_DEDUP) {
            const token = await xetWriteToken(params);
            bytesSinceRemoteDedup = 0;
            const shardResp = await (params.fetch ?? fetch)(token.casUrl + "/v1/chunks/default/" + chunk2.hash, {
              headers: {
                Authorization: `Bearer ${token.accessToken}`
              }
            });
            if (shardResp.ok) {
              const shard = await shardResp.blob();
              const shardData = await parseShardData(shard);
              for (const xorb2 of shardData.xorbs) {
                const remoteXorbId = -remoteXorbHashes.length;
                remoteXorbHashes.push(xorb2.hash);
                let i = 0;
                for (const chunk3 of xorb2.chunks) {
                  chunkCache.addChunkToCache(chunk3.hash, remoteXorbId, i++, shardData.hmacKey);
                }
              }
              cacheData = chunkCache.getChunk(chunk2.hash, computeHmacHex);
              const oldDedupedBytes = dedupedBytes;
              dedupedBytes = backtrackDedup(xorb, computeHmacHex, shardData, chunkCache, chunkMetadata, dedupedBytes);
              if (dedupedBytes > oldDedupedBytes) {
                xorb.fileUploadedBytes[fileSource.path] ??= 0;
                xorb.fileUploadedBytes[fileSource.path] += dedupedBytes - oldDedupedBytes;
              }
            }
          }
          if (cacheData === void 0) {
            if (!writeChunk(xorb, chunkToCopy, chunk2.hash)) {
              yield nextXorb({ path: fileSource.path, uploadedBytes: processedBytes, size: fileSource.content.size });
              chunkIndex = 0;
              chunkXorbId = xorbId;
              for (const event of pendingFileEvents) {
                event.representation = event.representation.map((rep) => ({
                  ...rep,
                  xorbId: resolveXorbId(rep.xorbId)
                }));
                yield event;
              }
              pendingFileEvents.length = 0;
              if (!writeChunk(xorb, chunkToCopy, chunk2.hash)) {
                throw new Error("Failed to write chunk into xorb");
              }
            }
            chunkCache.addChunkToCache(chunk2.hash, xorbId, chunkIndex, null);
          } else {
            chunkXorbId = cacheData.xorbIndex;
            chunkIndex = cacheData.chunkIndex;
            dedupedBytes += chunk2.length;
            xorb.fileUploadedBytes[fileSource.path] ??= 0;
            xorb.fileUploadedBytes[fileSource.path] += chunk2.length;
          }
          bytesSinceRemoteDedup += chunk2.length;
          bytesSinceLastProgressEvent += chunk2.length;
          fileChunks.push({ hash: chunk2.hash, length: chunk2.length });
          chunkMetadata.push({
            xorbId: chunkXorbId,
            chunkIndex,
            length: chunk2.length
          });
          xorb.fileProcessedBytes[fileSource.path] = processedBytes;
          if (bytesSinceLastProgressEvent >= 1e6) {
            bytesSinceLastProgressEvent = 0;
            params.yieldCallback?.({
              event: "fileProgress",
              path: fileSource.path,
              progress: ((xorb.fileUploadedBytes[fileSource.path] ?? 0) + (xorb.fileProcessedBytes[fileSource.path] - (xorb.fileUploadedBytes[fileSource.path] ?? 0)) * PROCESSING_PROGRESS_RATIO) / fileSource.content.size
            });
          }
          if (xorb.chunks.length >= MAX_XORB_CHUNKS) {
            yield nextXorb({ path: fileSource.path, uploadedBytes: processedBytes, size: fileSource.content.size });
            for (const event of pendingFileEvents) {
              event.representation = event.representation.map((rep) => ({
                ...rep,
                xorbId: resolveXorbId(rep.xorbId)
              }));
              yield event;
            }
            pendingFileEvents.length = 0;
          }
        }
      };
      const pumpBlob = async function* (chunker, blob) {
        const reader = blob.stream().getReader();
        while (true) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          processedBytes += value.length;
          sourceChunks.push(value);
          yield* addChunks(addDataToChunker(value, chunker));
        }
      };
      let fileRepresentation;
      let fileHashHex;
      let dedupRatio;
      let rangeEditCachePayload;
      if (rangeEditPlan !== void 0) {
        const originalBlob = fileSource.content.originalBlob;
        const windowBounds = [];
        for (const window2 of rangeEditPlan.windows) {
          const chunker = createChunker(chunk_AXSL4LYE_TARGET_CHUNK_SIZE);
          dedupNextChunk = true;
          const startIndex = fileChunks.length;
          for (const segment of windowSegments(window2, originalBlob)) {
            yield* pumpBlob(chunker, segment);
          }
          yield* addChunks(finalizeChunker(chunker));
          windowBounds.push([startIndex, fileChunks.length]);
        }
        const windowNewBytes = chunk_AXSL4LYE_sum(rangeEditPlan.windows.map((window2) => window2.newSize));
        const reusedBytes = fileSource.content.size - windowNewBytes;
        processedBytes += reusedBytes;
        xorb.fileUploadedBytes[fileSource.path] = (xorb.fileUploadedBytes[fileSource.path] ?? 0) + reusedBytes;
        xorb.fileProcessedBytes[fileSource.path] = processedBytes;
        const windowRepresentations = windowBounds.map(
          ([start, end]) => buildFileRepresentation(
            chunkMetadata.slice(start, end),
            fileChunks.slice(start, end),
            computeVerificationHashHex
          )
        );
        fileRepresentation = composeRepresentation(rangeEditPlan, windowRepresentations);
        fileHashHex = computeComposedFileHash(
          rangeEditPlan,
          windowBounds.map(([start, end]) => fileChunks.slice(start, end))
        );
        dedupRatio = fileSource.content.size > 0 ? (reusedBytes + dedupedBytes) / fileSource.content.size : 0;
        if (params.rangeEditCache) {
          rangeEditCachePayload = buildRangeEditCachePayload(
            rangeEditPlan,
            windowBounds.map(([start, end]) => fileChunks.slice(start, end)),
            fileRepresentation
          );
        }
      } else {
        const chunker = createChunker(chunk_AXSL4LYE_TARGET_CHUNK_SIZE);
        yield* pumpBlob(chunker, fileSource.content);
        yield* addChunks(finalizeChunker(chunker));
        fileRepresentation = buildFileRepresentation(chunkMetadata, fileChunks, computeVerificationHashHex);
        fileHashHex = computeFileHashHex(fileChunks);
        dedupRatio = fileSource.content.size > 0 ? dedupedBytes / fileSource.content.size : 0;
        if (params.rangeEditCache) {
          rangeEditCachePayload = buildFreshFileCachePayload(fileChunks, fileRepresentation);
        }
      }
      xorb.immutableData = {
        chunkIndex: xorb.chunks.length,
        offset: xorb.offset
      };
      pendingFileEvents.push({
        event: "file",
        path: fileSource.path,
        hash: fileHashHex,
        sha256: fileSource.sha256,
        dedupRatio,
        representation: fileRepresentation,
        rangeEditCachePayload
      });
    }
  }
  if (xorb.offset > 0) {
    yield xorb.event(computeXorbHashHex);
  }
  for (const event of pendingFileEvents) {
    event.representation = event.representation.map((rep) => ({
      ...rep,
      xorbId: resolveXorbId(rep.xorbId)
    }));
    yield event;
  }
}
function backtrackDedup(xorb, computeHmac, shardData, chunkCache, chunkMetadata, dedupedBytes) {
  const chunkIndexesToBacktrackFor = /* @__PURE__ */ new Map();
  for (let chunkToRecheckIndex = xorb.immutableData?.chunkIndex ?? 0; chunkToRecheckIndex < xorb.chunks.length; chunkToRecheckIndex++) {
    const chunk2 = xorb.chunks[chunkToRecheckIndex];
    const hmacHash = computeHmac(chunk2.hash, shardData.hmacKey);
    const cacheData = chunkCache.getChunk(hmacHash, null);
    if (cacheData !== void 0) {
      chunkIndexesToBacktrackFor.set(chunkToRecheckIndex, {
        xorbId: cacheData.xorbIndex,
        chunkIndex: cacheData.chunkIndex
      });
      chunkCache.removeChunkFromCache(chunk2.hash);
    }
  }
  for (const metadata of chunkMetadata) {
    if (metadata.xorbId === xorb.id && chunkIndexesToBacktrackFor.has(metadata.chunkIndex)) {
      const backtrackData = chunkIndexesToBacktrackFor.get(metadata.chunkIndex);
      if (backtrackData !== void 0) {
        metadata.xorbId = backtrackData.xorbId;
        metadata.chunkIndex = backtrackData.chunkIndex;
        dedupedBytes += metadata.length;
      }
    }
  }
  const xorbRangesToErase = [];
  for (let i = 0; i < xorb.chunks.length; i++) {
    const chunk2 = xorb.chunks[i];
    if (chunkIndexesToBacktrackFor.has(i)) {
      xorbRangesToErase.push({
        start: chunk2.offset,
        end: i < xorb.chunks.length - 1 ? xorb.chunks[i + 1].offset : xorb.offset
      });
    }
  }
  const xorbRangesToKeep = [];
  let currentStart = 0;
  for (let i = 0; i < xorbRangesToErase.length; i++) {
    const range2 = xorbRangesToErase[i];
    if (currentStart !== range2.start) {
      xorbRangesToKeep.push({ start: currentStart, end: range2.start });
    }
    currentStart = range2.end;
  }
  if (currentStart !== xorb.offset) {
    xorbRangesToKeep.push({ start: currentStart, end: xorb.offset });
  }
  let currentOffset = 0;
  for (const range2 of xorbRangesToKeep) {
    if (range2.start !== currentOffset) {
      xorb.data.set(xorb.data.subarray(range2.start, range2.end), currentOffset);
    }
    currentOffset += range2.end - range2.start;
  }
  const newXorbChunks = [];
  const oldIndexToNewIndex = /* @__PURE__ */ new Map();
  let erasedOffset = 0;
  for (let i = 0; i < xorb.chunks.length; i++) {
    const chunk2 = xorb.chunks[i];
    if (chunkIndexesToBacktrackFor.has(i)) {
      if (i < xorb.chunks.length - 1) {
        erasedOffset += xorb.chunks[i + 1].offset - chunk2.offset;
      }
    } else {
      newXorbChunks.push({
        hash: chunk2.hash,
        length: chunk2.length,
        offset: chunk2.offset - erasedOffset
      });
      if (erasedOffset > 0) {
        oldIndexToNewIndex.set(i, newXorbChunks.length - 1);
      }
    }
  }
  xorb.chunks = newXorbChunks;
  xorb.offset = currentOffset;
  for (const chunk2 of chunkMetadata) {
    if (chunk2.xorbId === xorb.id) {
      const newIndex = oldIndexToNewIndex.get(chunk2.chunkIndex);
      if (newIndex !== void 0) {
        const cached2 = chunkCache.getChunk(xorb.chunks[newIndex].hash, null);
        if (cached2 !== void 0 && cached2.xorbIndex === chunk2.xorbId && cached2.chunkIndex === chunk2.chunkIndex) {
          chunkCache.updateChunkIndex(xorb.chunks[newIndex].hash, newIndex);
        }
        chunk2.chunkIndex = newIndex;
      }
    }
  }
  return dedupedBytes;
}
function removeChunkFromSourceData(sourceChunks, chunkLength) {
  if (chunkLength === sourceChunks[0].length) {
    const chunkToCopy = sourceChunks[0];
    sourceChunks.shift();
    return chunkToCopy;
  } else if (chunkLength < sourceChunks[0].length) {
    const chunkToCopy = sourceChunks[0].subarray(0, chunkLength);
    sourceChunks[0] = sourceChunks[0].subarray(chunkLength);
    return chunkToCopy;
  } else {
    const chunkToCopy = new Uint8Array(chunkLength);
    let copyOffset = 0;
    let index = 0;
    let toSlice = -1;
    while (copyOffset < chunkLength) {
      const nToCopy = Math.min(sourceChunks[index].length, chunkLength - copyOffset);
      chunkToCopy.set(sourceChunks[index].subarray(0, nToCopy), copyOffset);
      copyOffset += nToCopy;
      if (nToCopy === sourceChunks[index].length) {
        index++;
      } else {
        toSlice = nToCopy;
      }
    }
    sourceChunks.splice(0, index);
    if (toSlice !== -1) {
      sourceChunks[0] = sourceChunks[0].subarray(toSlice);
    }
    return chunkToCopy;
  }
}
function writeChunk(xorb, chunk2, hash2) {
  const regularCompressedChunk = chunk_AXSL4LYE_compress(chunk2);
  const bgCompressedChunk = chunk_AXSL4LYE_compress(bg4_split_bytes(chunk2));
  const compressedChunk = bgCompressedChunk.length < regularCompressedChunk.length ? bgCompressedChunk : regularCompressedChunk;
  const chunkToWrite = compressedChunk.length < chunk2.length ? compressedChunk : chunk2;
  if (xorb.offset + XET_CHUNK_HEADER_BYTES + chunkToWrite.length > XORB_SIZE) {
    return false;
  }
  xorb.data[xorb.offset] = 0;
  xorb.data[xorb.offset + 1] = chunkToWrite.length & 255;
  xorb.data[xorb.offset + 2] = chunkToWrite.length >> 8 & 255;
  xorb.data[xorb.offset + 3] = chunkToWrite.length >> 16 & 255;
  xorb.data[xorb.offset + 4] = chunkToWrite.length < chunk2.length ? bgCompressedChunk.length < regularCompressedChunk.length ? 2 /* ByteGroupingLZ4 */ : 1 /* LZ4 */ : 0 /* None */;
  xorb.data[xorb.offset + 5] = chunk2.length & 255;
  xorb.data[xorb.offset + 6] = chunk2.length >> 8 & 255;
  xorb.data[xorb.offset + 7] = chunk2.length >> 16 & 255;
  xorb.data.set(chunkToWrite, xorb.offset + XET_CHUNK_HEADER_BYTES);
  xorb.chunks.push({ hash: hash2, length: chunk2.length, offset: xorb.offset });
  xorb.offset += XET_CHUNK_HEADER_BYTES + chunkToWrite.length;
  return true;
}
var buildFileRepresentation = (metadata, chunks, computeVerificationHash) => {
  if (metadata.length === 0) {
    return [];
  }
  const representation = [];
  let currentRange = {
    xorbId: metadata[0].xorbId,
    indexStart: metadata[0].chunkIndex,
    indexEnd: metadata[0].chunkIndex + 1,
    length: metadata[0].length,
    chunkHashStart: 0
  };
  for (let i = 1; i < metadata.length; i++) {
    const chunk2 = metadata[i];
    if (currentRange.xorbId === chunk2.xorbId && currentRange.indexEnd === chunk2.chunkIndex) {
      currentRange.indexEnd = chunk2.chunkIndex + 1;
      currentRange.length += chunk2.length;
    } else {
      const rangeHash2 = computeVerificationHash(chunks.slice(currentRange.chunkHashStart, i).map((x) => x.hash));
      representation.push({
        xorbId: currentRange.xorbId,
        indexStart: currentRange.indexStart,
        indexEnd: currentRange.indexEnd,
        length: currentRange.length,
        rangeHash: rangeHash2
      });
      currentRange = {
        xorbId: chunk2.xorbId,
        indexStart: chunk2.chunkIndex,
        indexEnd: chunk2.chunkIndex + 1,
        length: chunk2.length,
        chunkHashStart: i
      };
    }
  }
  const rangeHash = computeVerificationHash(chunks.slice(currentRange.chunkHashStart).map((x) => x.hash));
  representation.push({
    xorbId: currentRange.xorbId,
    indexStart: currentRange.indexStart,
    indexEnd: currentRange.indexEnd,
    length: currentRange.length,
    rangeHash
  });
  return representation;
};
async function loadFirstChunkDedupInfo(content, remoteXorbHashes, params, chunkCache) {
  await loadDedupInfoToCache(
    content.originalBlob.slice(0, MAX_CHUNK_SIZE),
    remoteXorbHashes,
    params,
    chunkCache,
    computeHmacHex,
    {
      maxChunks: 1,
      isAtBeginning: true
    }
  );
}
async function loadDedupInfoToCache(content, remoteXorbHashes, params, chunkCache, computeHmacHex2, opts) {
  const chunker = createChunker(chunk_AXSL4LYE_TARGET_CHUNK_SIZE);
  const cache = chunkCache;
  let dedupedBytes = 0;
  let chunksProcessed = 0;
  let totalBytes = 0;
  let bytesSinceRemoteDedup = Infinity;
  const sourceChunks = [];
  const reader = content.stream().getReader();
  const processChunks = async (chunks) => {
    for (const chunk2 of chunks) {
      chunksProcessed++;
      if (opts?.isAtBeginning && chunksProcessed === 1) {
        chunk2.dedup = true;
      }
      totalBytes += chunk2.length;
      removeChunkFromSourceData(sourceChunks, chunk2.length);
      let cacheData = cache.getChunk(chunk2.hash, computeHmacHex2);
      if (cacheData !== void 0) {
        dedupedBytes += chunk2.length;
        bytesSinceRemoteDedup += chunk2.length;
        continue;
      }
      if (chunk2.dedup && bytesSinceRemoteDedup >= INTERVAL_BETWEEN_REMOTE_DEDUP) {
        const token = await xetWriteToken(params);
        bytesSinceRemoteDedup = 0;
        const shardResp = await (params.fetch ?? fetch)(token.casUrl + "/v1/chunks/default/" + chunk2.hash, {
          headers: {
            Authorization: `Bearer ${token.accessToken}`
          }
        });
        if (shardResp.ok) {
          const shard = await shardResp.blob();
          const shardData = await parseShardData(shard);
          for (const xorb of shardData.xorbs) {
            const remoteXorbId = -remoteXorbHashes.length;
            remoteXorbHashes.push(xorb.hash);
            let i = 0;
            for (const xorbChunk of xorb.chunks) {
              cache.addChunkToCache(xorbChunk.hash, remoteXorbId, i++, shardData.hmacKey);
            }
          }
          cacheData = cache.getChunk(chunk2.hash, computeHmacHex2);
        }
      }
      if (cacheData !== void 0) {
        dedupedBytes += chunk2.length;
      }
      bytesSinceRemoteDedup += chunk2.length;
    }
  };
  while (true) {
    if (opts?.end !== void 0 && totalBytes >= opts.end) {
      break;
    }
    if (opts?.maxChunks !== void 0 && chunksProcessed >= opts.maxChunks) {
      break;
    }
    const { done, value } = await reader.read();
    if (done) {
      await processChunks(finalizeChunker(chunker));
      break;
    }
    sourceChunks.push(value);
    await processChunks(addDataToChunker(value, chunker));
  }
}

// src/utils/uploadShards.ts
var SHARD_MAX_SIZE = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
var SHARD_HEADER_SIZE = 48;
var SHARD_FOOTER_SIZE = 200;
var HASH_LENGTH2 = 32;
var XORB_FOOTER_LENGTH = 48;
var FILE_FOOTER_LENGTH = 48;
var SHARD_HEADER_VERSION = 2n;
var SHARD_FOOTER_VERSION = 1n;
var MDB_FILE_FLAG_WITH_VERIFICATION = 2147483648;
var MDB_FILE_FLAG_WITH_METADATA_EXT = 1073741824;
var SHARD_MAGIC_TAG = new Uint8Array([
  "H".charCodeAt(0),
  "F".charCodeAt(0),
  "R".charCodeAt(0),
  "e".charCodeAt(0),
  "p".charCodeAt(0),
  "o".charCodeAt(0),
  "M".charCodeAt(0),
  "e".charCodeAt(0),
  "t".charCodeAt(0),
  "a".charCodeAt(0),
  "D".charCodeAt(0),
  "a".charCodeAt(0),
  "t".charCodeAt(0),
  "a".charCodeAt(0),
  0,
  85,
  105,
  103,
  69,
  106,
  123,
  129,
  87,
  131,
  165,
  189,
  217,
  92,
  205,
  209,
  74,
  169
]);
async function* uploadShards(source, params) {
  const xorbHashes = [];
  const seenFileXetHashes = /* @__PURE__ */ new Set();
  const fileInfoSection = new Uint8Array(Math.floor(SHARD_MAX_SIZE - SHARD_HEADER_SIZE - SHARD_FOOTER_SIZE) * 0.25);
  const xorbInfoSection = new Uint8Array(Math.floor(SHARD_MAX_SIZE - SHARD_HEADER_SIZE - SHARD_FOOTER_SIZE) * 0.75);
  const xorbView = new DataView(xorbInfoSection.buffer);
  let xorbViewOffset = 0;
  const fileInfoView = new DataView(fileInfoSection.buffer);
  let fileViewOffset = 0;
  let xorbTotalSize = 0n;
  let fileTotalSize = 0n;
  let xorbTotalUnpackedSize = 0n;
  for await (const output of createXorbs(source, params)) {
    switch (output.event) {
      case "xorb": {
        xorbHashes.push(output.hash);
        const xorbEntrySize = HASH_LENGTH2 + 4 + 4 + 4 + 4;
        const chunksSize = output.chunks.length * (HASH_LENGTH2 + 4 + 4 + 8);
        const totalXorbSize = xorbEntrySize + chunksSize;
        if (xorbViewOffset + totalXorbSize > xorbInfoSection.length) {
          if (xorbViewOffset > 0 || fileViewOffset > 0) {
            await uploadShard(createShard(), params);
          }
        }
        writeHashToArray(output.hash, xorbInfoSection, xorbViewOffset);
        xorbViewOffset += HASH_LENGTH2;
        xorbView.setUint32(xorbViewOffset, 0, true);
        xorbViewOffset += 4;
        xorbView.setUint32(xorbViewOffset, output.chunks.length, true);
        xorbViewOffset += 4;
        const xorbUnpackedSize = chunk_AXSL4LYE_sum(output.chunks.map((x) => x.length));
        xorbView.setUint32(xorbViewOffset, xorbUnpackedSize, true);
        xorbTotalUnpackedSize += BigInt(xorbUnpackedSize);
        xorbTotalSize += BigInt(output.xorb.byteLength);
        xorbViewOffset += 4;
        xorbView.setUint32(xorbViewOffset, output.xorb.byteLength, true);
        xorbViewOffset += 4;
        let chunkBytes = 0;
        for (const chunk2 of output.chunks) {
          writeHashToArray(chunk2.hash, xorbInfoSection, xorbViewOffset);
          xorbViewOffset += HASH_LENGTH2;
          xorbView.setUint32(xorbViewOffset, chunkBytes, true);
          xorbViewOffset += 4;
          xorbView.setUint32(xorbViewOffset, chunk2.length, true);
          xorbViewOffset += 4;
          xorbView.setBigUint64(xorbViewOffset, 0n, true);
          xorbViewOffset += 8;
          chunkBytes += chunk2.length;
        }
        for (const file of output.files) {
          yield {
            event: "fileProgress",
            path: file.path,
            progress: file.lastSentProgress
          };
        }
        await uploadXorb(output, params);
        for (const file of output.files) {
          yield { event: "fileProgress", path: file.path, progress: file.progress };
        }
        break;
      }
      case "file": {
        yield {
          event: "file",
          path: output.path,
          xetHash: output.hash,
          sha256: output.sha256,
          dedupRatio: output.dedupRatio
        };
        if (params.rangeEditCache && output.rangeEditCachePayload) {
          addToRangeEditCache(params.rangeEditCache, output.hash, {
            size: output.rangeEditCachePayload.size,
            terms: output.representation.map((rep) => ({
              hash: typeof rep.xorbId === "number" ? xorbHashes[rep.xorbId] : rep.xorbId,
              unpackedLength: rep.length,
              range: { start: rep.indexStart, end: rep.indexEnd },
              rangeHash: rep.rangeHash
            })),
            openSubtree: output.rangeEditCachePayload.openSubtree,
            lastTermChunks: output.rangeEditCachePayload.lastTermChunks
          });
        }
        if (seenFileXetHashes.has(output.hash)) {
          break;
        }
        seenFileXetHashes.add(output.hash);
        const fileHeaderSize = HASH_LENGTH2 + 4 + 4 + 8;
        const representationSize = output.representation.length * (HASH_LENGTH2 + 4 + 4 + 4 + 4);
        const verificationSize = output.representation.length * (HASH_LENGTH2 + 16);
        const fileSha256 = output.sha256;
        const hasMetadataExt = fileSha256 !== void 0;
        const metadataSize = hasMetadataExt ? HASH_LENGTH2 + 16 : 0;
        const totalFileSize = fileHeaderSize + representationSize + verificationSize + metadataSize;
        if (fileViewOffset + totalFileSize > fileInfoSection.length) {
          if (xorbViewOffset > 0 || fileViewOffset > 0) {
            await uploadShard(createShard(), params);
          }
        }
        writeHashToArray(output.hash, fileInfoSection, fileViewOffset);
        fileViewOffset += HASH_LENGTH2;
        fileInfoView.setUint32(
          fileViewOffset,
          MDB_FILE_FLAG_WITH_VERIFICATION + (hasMetadataExt ? MDB_FILE_FLAG_WITH_METADATA_EXT : 0),
          true
        );
        fileViewOffset += 4;
        fileInfoView.setUint32(fileViewOffset, output.representation.length, true);
        fileViewOffset += 4;
        fileInfoView.setBigUint64(fileViewOffset, 0n, true);
        fileViewOffset += 8;
        for (const repItem of output.representation) {
          writeHashToArray(
            typeof repItem.xorbId === "number" ? xorbHashes[repItem.xorbId] : repItem.xorbId,
            fileInfoSection,
            fileViewOffset
          );
          fileViewOffset += HASH_LENGTH2;
          fileInfoView.setUint32(fileViewOffset, 0, true);
          fileViewOffset += 4;
          fileInfoView.setUint32(fileViewOffset, repItem.length, true);
          fileViewOffset += 4;
          fileInfoView.setUint32(fileViewOffset, repItem.indexStart, true);
          fileViewOffset += 4;
          fileInfoView.setUint32(fileViewOffset, repItem.indexEnd, true);
          fileViewOffset += 4;
        }
        for (const repItem of output.representation) {
          writeHashToArray(repItem.rangeHash, fileInfoSection, fileViewOffset);
          fileViewOffset += HASH_LENGTH2;
          for (let i = 0; i < 16; i++) {
            fileInfoSection[fileViewOffset + i] = 0;
          }
          fileViewOffset += 16;
        }
        if (hasMetadataExt) {
          writeHashToArray(fileSha256, fileInfoSection, fileViewOffset);
          fileViewOffset += HASH_LENGTH2;
          for (let i = 0; i < 16; i++) {
            fileInfoSection[fileViewOffset + i] = 0;
          }
          fileViewOffset += 16;
        }
        break;
      }
    }
  }
  function createShard() {
    const shard = new Uint8Array(
      SHARD_HEADER_SIZE + SHARD_FOOTER_SIZE + xorbViewOffset + XORB_FOOTER_LENGTH + fileViewOffset + FILE_FOOTER_LENGTH
    );
    const shardView = new DataView(shard.buffer);
    let shardOffset = 0;
    shard.set(SHARD_MAGIC_TAG, shardOffset);
    shardOffset += SHARD_MAGIC_TAG.length;
    shardView.setBigUint64(shardOffset, SHARD_HEADER_VERSION, true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, BigInt(SHARD_FOOTER_SIZE), true);
    shardOffset += 8;
    shard.set(fileInfoSection.slice(0, fileViewOffset), shardOffset);
    shardOffset += fileViewOffset;
    for (let i = 0; i < 32; i++) {
      shard[shardOffset + i] = 255;
    }
    shardOffset += 32;
    for (let i = 0; i < 16; i++) {
      shard[shardOffset + i] = 0;
    }
    shardOffset += 16;
    const xorbInfoOffset = shardOffset;
    shard.set(xorbInfoSection.slice(0, xorbViewOffset), shardOffset);
    shardOffset += xorbViewOffset;
    for (let i = 0; i < 32; i++) {
      shard[shardOffset + i] = 255;
    }
    shardOffset += 32;
    for (let i = 0; i < 16; i++) {
      shard[shardOffset + i] = 0;
    }
    shardOffset += 16;
    const footerOffset = shardOffset;
    shardView.setBigUint64(shardOffset, SHARD_FOOTER_VERSION, true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, BigInt(SHARD_HEADER_SIZE), true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, BigInt(xorbInfoOffset), true);
    shardOffset += 8;
    for (let i = 0; i < 48; i++) {
      shardView.setUint8(shardOffset + i, 0);
    }
    shardOffset += 48;
    for (let i = 0; i < 32; i++) {
      shardView.setUint8(shardOffset + i, 0);
    }
    shardOffset += 32;
    shardView.setBigUint64(shardOffset, BigInt(Math.floor(Date.now() / 1e3)), true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, 0n, true);
    shardOffset += 8;
    for (let i = 0; i < 48; i++) {
      shardView.setUint8(shardOffset + i, 0);
    }
    shardOffset += 48;
    shardView.setBigUint64(shardOffset, xorbTotalSize, true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, fileTotalSize, true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, xorbTotalUnpackedSize, true);
    shardOffset += 8;
    shardView.setBigUint64(shardOffset, BigInt(footerOffset), true);
    xorbViewOffset = 0;
    fileViewOffset = 0;
    xorbTotalSize = 0n;
    xorbTotalUnpackedSize = 0n;
    fileTotalSize = 0n;
    return shard;
  }
  if (xorbViewOffset || fileViewOffset) {
    await uploadShard(createShard(), params);
  }
}
function writeHashToArray(hash2, array, offset) {
  for (let i = 0; i < hash2.length; i += 16) {
    array[offset + i / 2] = parseInt(hash2.substring(i + 2 * 7, i + 2 * 8), 16);
    array[offset + i / 2 + 1] = parseInt(hash2.substring(i + 2 * 6, i + 2 * 7), 16);
    array[offset + i / 2 + 2] = parseInt(hash2.substring(i + 2 * 5, i + 2 * 6), 16);
    array[offset + i / 2 + 3] = parseInt(hash2.substring(i + 2 * 4, i + 2 * 5), 16);
    array[offset + i / 2 + 4] = parseInt(hash2.substring(i + 2 * 3, i + 2 * 4), 16);
    array[offset + i / 2 + 5] = parseInt(hash2.substring(i + 2 * 2, i + 2 * 3), 16);
    array[offset + i / 2 + 6] = parseInt(hash2.substring(i + 2 * 1, i + 2 * 2), 16);
    array[offset + i / 2 + 7] = parseInt(hash2.substring(i + 2 * 0, i + 2 * 1), 16);
  }
}
async function uploadXorb(xorb, params) {
  const token = await xetWriteToken(params);
  const resp = await (params.fetch ?? fetch)(`${token.casUrl}/v1/xorbs/default/${xorb.hash}`, {
    method: "POST",
    body: xorb.xorb,
    headers: {
      Authorization: `Bearer ${token.accessToken}`,
      ...params.xetParams.sessionId ? { "X-Xet-Session-Id": params.xetParams.sessionId } : {}
    },
    ...{
      progressHint: {
        progressCallback: (progress) => {
          for (const file of xorb.files) {
            params.yieldCallback?.({
              event: "fileProgress",
              path: file.path,
              progress: file.lastSentProgress + (file.progress - file.lastSentProgress) * progress
            });
          }
        }
      }
    }
  });
  if (!resp.ok) {
    throw await createApiError(resp);
  }
}
async function uploadShard(shard, params) {
  const token = await xetWriteToken(params);
  const resp = await (params.fetch ?? fetch)(`${token.casUrl}/v1/shards`, {
    method: "POST",
    body: shard,
    headers: {
      Authorization: `Bearer ${token.accessToken}`,
      ...params.xetParams.sessionId ? { "X-Xet-Session-Id": params.xetParams.sessionId } : {}
    }
  });
  if (!resp.ok) {
    throw await createApiError(resp);
  }
}

// src/utils/splitAsyncGenerator.ts
function splitAsyncGenerator(source, n) {
  if (n <= 0) {
    return [];
  }
  const sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
  let takenIndex = null;
  const generators = [];
  let remaining = n;
  for (let i = 0; i < n; i++) {
    generators.push({
      next: async () => {
        while (takenIndex !== null) {
          await sleep(1);
        }
        takenIndex = i;
        return source.next().then((r) => {
          takenIndex = null;
          return r;
        });
      },
      return: async () => {
        remaining--;
        if (remaining === 0) {
          return source.return(void 0);
        }
        return {
          done: true,
          value: void 0
        };
      },
      throw: async (error) => {
        return source.throw(error);
      },
      [Symbol.asyncIterator]: () => generators[i]
    });
  }
  return generators;
}

// src/lib/commit.ts
var CONCURRENT_SHAS = 5;
var CONCURRENT_LFS_UPLOADS = 5;
var MULTIPART_PARALLEL_UPLOAD = 5;
function isFileOperation(op) {
  const ret = op.operation === "addOrUpdate";
  if (ret && !(op.content instanceof Blob)) {
    throw new TypeError("Precondition failed: op.content should be a Blob");
  }
  return ret;
}
async function* commitIter(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  if (repoId.type === "bucket") {
    return yield* commitIterBucket(params);
  }
  if (params.operations.some((op) => op.operation === "copy")) {
    throw new Error("'copy' operations are only supported when the destination repo is a bucket");
  }
  yield { event: "phase", phase: "preuploading" };
  let useXet = params.useXet ?? true;
  const lfsShas = /* @__PURE__ */ new Map();
  const abortController = new AbortController();
  const abortSignal = abortController.signal;
  if (!abortSignal.throwIfAborted) {
    abortSignal.throwIfAborted = () => {
      if (abortSignal.aborted) {
        throw new DOMException("Aborted", "AbortError");
      }
    };
  }
  if (params.abortSignal) {
    params.abortSignal.addEventListener("abort", () => abortController.abort());
  }
  try {
    const allOperations = (await Promise.all(
      params.operations.map(async (operation) => {
        if (operation.operation === "edit") {
          const splicedBlob = SplicedBlob.create(
            operation.originalContent,
            operation.edits.map((splice) => ({ insert: splice.content, start: splice.start, end: splice.end }))
          );
          return {
            operation: "addOrUpdate",
            path: operation.path,
            content: splicedBlob
          };
        }
        if (operation.operation !== "addOrUpdate") {
          return operation;
        }
        if (!(operation.content instanceof URL)) {
          return { ...operation, content: operation.content };
        }
        const lazyBlobs = await createBlobs(operation.content, operation.path, {
          fetch: params.fetch,
          maxFolderDepth: params.maxFolderDepth
        });
        abortSignal?.throwIfAborted();
        return lazyBlobs.map((blob) => ({
          ...operation,
          content: blob.blob,
          path: blob.path
        }));
      })
    )).flat(1);
    const gitAttributes = allOperations.filter(isFileOperation).find((op) => op.path === ".gitattributes")?.content;
    for (const operations of chunk(allOperations.filter(isFileOperation), 100)) {
      const payload = {
        gitAttributes: gitAttributes && await gitAttributes.text(),
        files: await Promise.all(
          operations.map(async (operation) => ({
            path: operation.path,
            size: operation.content.size,
            sample: base64FromBytes(new Uint8Array(await operation.content.slice(0, 512).arrayBuffer()))
          }))
        )
      };
      abortSignal?.throwIfAborted();
      const res = await (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/preupload/${encodeURIComponent(
          params.branch ?? "main"
        )}` + (params.isPullRequest ? "?create_pr=1" : ""),
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            "Content-Type": "application/json"
          },
          body: JSON.stringify(payload),
          signal: abortSignal
        }
      );
      if (!res.ok) {
        throw await createApiError(res);
      }
      const json = await res.json();
      for (const file of json.files) {
        if (file.uploadMode === "lfs") {
          lfsShas.set(file.path, null);
        }
      }
    }
    yield { event: "phase", phase: "uploadingLargeFiles" };
    for (const operations of chunk(
      allOperations.filter(isFileOperation).filter((op) => lfsShas.has(op.path)),
      100
    )) {
      const shas = yield* eventToGenerator((yieldCallback, returnCallback, rejectCallack) => {
        return promisesQueue(
          operations.map((op) => async () => {
            const iterator = sha256(op.content, { useWebWorker: params.useWebWorkers, abortSignal });
            let res2;
            do {
              res2 = await iterator.next();
              if (!res2.done) {
                yieldCallback({ event: "fileProgress", path: op.path, progress: res2.value, state: "hashing" });
              }
            } while (!res2.done);
            const sha = res2.value;
            lfsShas.set(op.path, res2.value);
            return sha;
          }),
          CONCURRENT_SHAS
        ).then(returnCallback, rejectCallack);
      });
      abortSignal?.throwIfAborted();
      const payload = {
        operation: "upload",
        // multipart is a custom protocol for HF
        transfers: ["basic", "multipart", ...useXet ? ["xet"] : []],
        hash_algo: "sha_256",
        ...!params.isPullRequest && {
          ref: {
            name: params.branch ?? "main"
          }
        },
        objects: operations.map((op, i) => ({
          oid: shas[i],
          size: op.content.size
        }))
      };
      const res = await (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/${repoId.type === "model" ? "" : repoId.type + "s/"}${repoId.name}.git/info/lfs/objects/batch`,
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            Accept: "application/vnd.git-lfs+json",
            "Content-Type": "application/vnd.git-lfs+json"
          },
          body: JSON.stringify(payload),
          signal: abortSignal
        }
      );
      if (!res.ok) {
        throw await createApiError(res);
      }
      const json = await res.json();
      const batchRequestId = res.headers.get("X-Request-Id") || void 0;
      const shaToOperation = new Map(operations.map((op, i) => [shas[i], op]));
      if (useXet && json.transfer !== "xet") {
        useXet = false;
      }
      let xetParams = null;
      if (useXet) {
        for (const obj of json.objects) {
          const op = shaToOperation.get(obj.oid);
          if (!op) {
            throw new InvalidApiResponseFormatError("Unrequested object ID in response");
          }
          if (obj.error) {
            const errorMessage = `Error while doing LFS batch call for ${operations[shas.indexOf(obj.oid)].path}: ${obj.error.message}${batchRequestId ? ` - Request ID: ${batchRequestId}` : ""}`;
            throw new HubApiError(res.url, obj.error.code, batchRequestId, errorMessage);
          }
          if (!obj.actions?.upload) {
            yield {
              event: "fileProgress",
              path: op.path,
              progress: 1,
              state: "uploading"
            };
          } else {
            const headers = new Headers(obj.actions.upload.header);
            xetParams = {
              sessionId: headers.get("X-Xet-Session-Id") ?? void 0,
              casUrl: headers.get("X-Xet-Cas-Url") ?? void 0,
              accessToken: headers.get("X-Xet-Access-Token") ?? void 0,
              expiresAt: headers.get("X-Xet-Token-Expiration") ? new Date(parseInt(headers.get("X-Xet-Token-Expiration") ?? "0") * 1e3) : void 0,
              refreshWriteTokenUrl: obj.actions.upload.href
            };
          }
        }
        const source = async function* () {
          for (const obj of json.objects) {
            const op = shaToOperation.get(obj.oid);
            if (!op || !obj.actions?.upload) {
              continue;
            }
            abortSignal?.throwIfAborted();
            yield { content: op.content, path: op.path, sha256: obj.oid };
          }
        }();
        if (xetParams) {
          const fixedXetParams = xetParams;
          const sources = splitAsyncGenerator(source, 5);
          yield* eventToGenerator(
            (yieldCallback, returnCallback, rejectCallback) => Promise.all(
              sources.map(async function(source2) {
                for await (const event of uploadShards(source2, {
                  fetch: params.fetch,
                  accessToken,
                  hubUrl: params.hubUrl ?? HUB_URL,
                  repo: repoId,
                  xetParams: fixedXetParams,
                  // todo: maybe leave empty if PR?
                  rev: params.branch ?? "main",
                  isPullRequest: params.isPullRequest,
                  rangeEditCache: params.rangeEditCache,
                  yieldCallback: (event2) => yieldCallback({ ...event2, state: "uploading" })
                })) {
                  if (event.event === "file") {
                    yieldCallback({
                      event: "fileProgress",
                      path: event.path,
                      progress: 1,
                      state: "uploading"
                    });
                  } else if (event.event === "fileProgress") {
                    yieldCallback({
                      event: "fileProgress",
                      path: event.path,
                      progress: event.progress,
                      state: "uploading"
                    });
                  }
                }
              })
            ).then(() => returnCallback(void 0), rejectCallback)
          );
        } else {
        }
      } else {
        yield* eventToGenerator((yieldCallback, returnCallback, rejectCallback) => {
          return promisesQueueStreaming(
            json.objects.map((obj) => async () => {
              const op = shaToOperation.get(obj.oid);
              if (!op) {
                throw new InvalidApiResponseFormatError("Unrequested object ID in response");
              }
              abortSignal?.throwIfAborted();
              if (obj.error) {
                const errorMessage = `Error while doing LFS batch call for ${operations[shas.indexOf(obj.oid)].path}: ${obj.error.message}${batchRequestId ? ` - Request ID: ${batchRequestId}` : ""}`;
                throw new HubApiError(res.url, obj.error.code, batchRequestId, errorMessage);
              }
              if (!obj.actions?.upload) {
                yieldCallback({
                  event: "fileProgress",
                  path: op.path,
                  progress: 1,
                  state: "uploading"
                });
                return;
              }
              yieldCallback({
                event: "fileProgress",
                path: op.path,
                progress: 0,
                state: "uploading"
              });
              const content = op.content;
              const header = obj.actions.upload.header;
              if (header?.chunk_size) {
                const chunkSize = parseInt(header.chunk_size);
                const completionUrl = obj.actions.upload.href;
                const parts = Object.keys(header).filter((key) => /^[0-9]+$/.test(key));
                if (parts.length !== Math.ceil(content.size / chunkSize)) {
                  throw new Error("Invalid server response to upload large LFS file, wrong number of parts");
                }
                const completeReq = {
                  oid: obj.oid,
                  parts: parts.map((part) => ({
                    partNumber: +part,
                    etag: ""
                  }))
                };
                const progressCallback = (progress) => yieldCallback({ event: "fileProgress", path: op.path, progress, state: "uploading" });
                await promisesQueueStreaming(
                  parts.map((part) => async () => {
                    abortSignal?.throwIfAborted();
                    const index = parseInt(part) - 1;
                    const slice = content.slice(index * chunkSize, (index + 1) * chunkSize);
                    const res3 = await (params.fetch ?? fetch)(header[part], {
                      method: "PUT",
                      /** Unfortunately, browsers don't support our inherited version of Blob in fetch calls */
                      body: slice instanceof WebBlob && isFrontend ? await slice.arrayBuffer() : slice,
                      signal: abortSignal,
                      ...{
                        progressHint: {
                          path: op.path,
                          part: index,
                          numParts: parts.length,
                          progressCallback
                        }
                        // eslint-disable-next-line @typescript-eslint/no-explicit-any
                      }
                    });
                    if (!res3.ok) {
                      throw await createApiError(res3, {
                        requestId: batchRequestId,
                        message: `Error while uploading part ${part} of ${operations[shas.indexOf(obj.oid)].path} to LFS storage`
                      });
                    }
                    const eTag = res3.headers.get("ETag");
                    if (!eTag) {
                      throw new Error("Cannot get ETag of part during multipart upload");
                    }
                    completeReq.parts[Number(part) - 1].etag = eTag;
                  }),
                  MULTIPART_PARALLEL_UPLOAD
                );
                abortSignal?.throwIfAborted();
                const res2 = await (params.fetch ?? fetch)(completionUrl, {
                  method: "POST",
                  body: JSON.stringify(completeReq),
                  headers: {
                    Accept: "application/vnd.git-lfs+json",
                    "Content-Type": "application/vnd.git-lfs+json"
                  },
                  signal: abortSignal
                });
                if (!res2.ok) {
                  throw await createApiError(res2, {
                    requestId: batchRequestId,
                    message: `Error completing multipart upload of ${operations[shas.indexOf(obj.oid)].path} to LFS storage`
                  });
                }
                yieldCallback({
                  event: "fileProgress",
                  path: op.path,
                  progress: 1,
                  state: "uploading"
                });
              } else {
                const res2 = await (params.fetch ?? fetch)(obj.actions.upload.href, {
                  method: "PUT",
                  headers: {
                    ...batchRequestId ? { "X-Request-Id": batchRequestId } : void 0
                  },
                  /** Unfortunately, browsers don't support our inherited version of Blob in fetch calls */
                  body: content instanceof WebBlob && isFrontend ? await content.arrayBuffer() : content,
                  signal: abortSignal,
                  ...{
                    progressHint: {
                      path: op.path,
                      progressCallback: (progress) => yieldCallback({
                        event: "fileProgress",
                        path: op.path,
                        progress,
                        state: "uploading"
                      })
                    }
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                  }
                });
                if (!res2.ok) {
                  throw await createApiError(res2, {
                    requestId: batchRequestId,
                    message: `Error while uploading ${operations[shas.indexOf(obj.oid)].path} to LFS storage`
                  });
                }
                yieldCallback({
                  event: "fileProgress",
                  path: op.path,
                  progress: 1,
                  state: "uploading"
                });
              }
            }),
            CONCURRENT_LFS_UPLOADS
          ).then(returnCallback, rejectCallback);
        });
      }
    }
    abortSignal?.throwIfAborted();
    yield { event: "phase", phase: "committing" };
    return yield* eventToGenerator(
      async (yieldCallback, returnCallback, rejectCallback) => (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/commit/${encodeURIComponent(
          params.branch ?? "main"
        )}` + (params.isPullRequest ? "?create_pr=1" : ""),
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            "Content-Type": "application/x-ndjson"
          },
          body: [
            {
              key: "header",
              value: {
                summary: params.title,
                description: params.description,
                parentCommit: params.parentCommit
              }
            },
            ...await Promise.all(
              allOperations.map((operation) => {
                if (isFileOperation(operation)) {
                  const sha = lfsShas.get(operation.path);
                  if (sha) {
                    return {
                      key: "lfsFile",
                      value: {
                        path: operation.path,
                        algo: "sha256",
                        size: operation.content.size,
                        oid: sha
                      }
                    };
                  }
                }
                return convertOperationToNdJson(operation);
              })
            )
          ].map((x) => JSON.stringify(x)).join("\n"),
          signal: abortSignal,
          ...{
            progressHint: {
              progressCallback: (progress) => {
                for (const op of allOperations) {
                  if (isFileOperation(op) && !lfsShas.has(op.path)) {
                    yieldCallback({
                      event: "fileProgress",
                      path: op.path,
                      progress,
                      state: "uploading"
                    });
                  }
                }
              }
            }
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
          }
        }
      ).then(async (res) => {
        if (!res.ok) {
          throw await createApiError(res);
        }
        const json = await res.json();
        returnCallback({
          pullRequestUrl: json.pullRequestUrl,
          commit: {
            oid: json.commitOid,
            url: json.commitUrl
          },
          hookOutput: json.hookOutput
        });
      }).catch(rejectCallback)
    );
  } catch (err) {
    abortController.abort();
    throw err;
  }
}
async function* commitIterBucket(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  if (params.useXet === false) {
    throw new Error("useXet must be true or undefined for buckets");
  }
  const abortController = new AbortController();
  const abortSignal = abortController.signal;
  if (!abortSignal.throwIfAborted) {
    abortSignal.throwIfAborted = () => {
      if (abortSignal.aborted) {
        throw new DOMException("Aborted", "AbortError");
      }
    };
  }
  if (params.abortSignal) {
    params.abortSignal.addEventListener("abort", () => abortController.abort());
  }
  try {
    const allOperations = (await Promise.all(
      params.operations.map(async (operation) => {
        if (operation.operation === "edit") {
          const splicedBlob = SplicedBlob.create(
            operation.originalContent,
            operation.edits.map((splice) => ({ insert: splice.content, start: splice.start, end: splice.end }))
          );
          return {
            operation: "addOrUpdate",
            path: operation.path,
            content: splicedBlob
          };
        }
        if (operation.operation !== "addOrUpdate") {
          return operation;
        }
        if (!(operation.content instanceof URL)) {
          return { ...operation, content: operation.content };
        }
        const lazyBlobs = await createBlobs(operation.content, operation.path, {
          fetch: params.fetch,
          maxFolderDepth: params.maxFolderDepth
        });
        abortSignal?.throwIfAborted();
        return lazyBlobs.map((blob) => ({
          ...operation,
          content: blob.blob,
          path: blob.path
        }));
      })
    )).flat(1);
    yield { event: "phase", phase: "uploadingLargeFiles" };
    for (const operations of chunk(allOperations.filter(isFileOperation), 100)) {
      const xetHashes = /* @__PURE__ */ new Map();
      abortSignal?.throwIfAborted();
      const source = async function* () {
        for (const operation of operations) {
          abortSignal?.throwIfAborted();
          yield { content: operation.content, path: operation.path };
        }
      }();
      const xetParams = {
        sessionId: crypto.randomUUID(),
        refreshWriteTokenUrl: `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/xet-write-token`
      };
      const sources = splitAsyncGenerator(source, 5);
      yield* eventToGenerator(
        (yieldCallback, returnCallback, rejectCallback) => Promise.all(
          sources.map(async function(source2) {
            for await (const event of uploadShards(source2, {
              fetch: params.fetch,
              accessToken,
              hubUrl: params.hubUrl ?? HUB_URL,
              repo: repoId,
              xetParams,
              rev: params.branch ?? "main",
              rangeEditCache: params.rangeEditCache,
              yieldCallback: (event2) => yieldCallback({ ...event2, state: "uploading" })
            })) {
              if (event.event === "file") {
                yieldCallback({
                  event: "fileProgress",
                  path: event.path,
                  progress: 1,
                  state: "uploading"
                });
                xetHashes.set(event.path, event.xetHash);
              } else if (event.event === "fileProgress") {
                yieldCallback({
                  event: "fileProgress",
                  path: event.path,
                  progress: event.progress,
                  state: "uploading"
                });
              }
            }
          })
        ).then(() => returnCallback(void 0), rejectCallback)
      );
      const resp = await (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/batch`,
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            "Content-Type": "application/x-ndjson"
          },
          body: [...xetHashes.entries()].map(
            ([path2, xetHash]) => JSON.stringify({
              type: "addFile",
              path: path2,
              xetHash
            })
          ).join("\n"),
          signal: abortSignal
        }
      );
      if (!resp.ok && resp.status !== 422) {
        throw await createApiError(resp);
      }
      const json = await resp.json();
      for (const failed of json.failed) {
        yield {
          event: "fileProgress",
          path: failed.path,
          progress: 0,
          state: "error"
        };
      }
    }
    abortSignal?.throwIfAborted();
    const copyOperations = allOperations.filter(
      (operation) => operation.operation === "copy"
    );
    for (const copyChunk of chunk(copyOperations, 100)) {
      abortSignal?.throwIfAborted();
      const resp = await (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/batch`,
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            "Content-Type": "application/x-ndjson"
          },
          body: copyChunk.map((op) => {
            const sourceRepoId = toRepoId(op.sourceRepo);
            return JSON.stringify({
              type: "copyFile",
              path: op.path,
              xetHash: op.sourceXetHash,
              sourceRepoType: sourceRepoId.type,
              sourceRepoId: sourceRepoId.name
            });
          }).join("\n"),
          signal: abortSignal
        }
      );
      if (!resp.ok && resp.status !== 422) {
        throw await createApiError(resp);
      }
      const json = await resp.json();
      for (const failed of json.failed) {
        yield {
          event: "fileProgress",
          path: failed.path,
          progress: 0,
          state: "error"
        };
      }
    }
    abortSignal?.throwIfAborted();
    const deletedOperations = allOperations.filter((operation) => operation.operation === "delete");
    if (deletedOperations.length > 0) {
      const resp = await (params.fetch ?? fetch)(
        `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/batch`,
        {
          method: "POST",
          headers: {
            ...accessToken && { Authorization: `Bearer ${accessToken}` },
            "Content-Type": "application/x-ndjson"
          },
          body: deletedOperations.map(
            (operation) => JSON.stringify({
              type: "deleteFile",
              path: operation.path
            })
          ).join("\n"),
          signal: abortSignal
        }
      );
      if (!resp.ok) {
        throw await createApiError(resp);
      }
      const json = await resp.json();
      if (json.failed.length > 0) {
        const failedPaths = json.failed.slice(0, 5).map((f) => f.path);
        throw new Error(
          `Failed to delete ${json.failed.length} file(s): ${failedPaths.join(", ")}${json.failed.length > 5 ? "..." : ""}, request ID: ${resp.headers.get("X-Request-Id")}`
        );
      }
    }
    abortSignal?.throwIfAborted();
  } catch (err) {
    abortController.abort();
    throw err;
  }
}
async function commit(params) {
  const iterator = commitIter(params);
  const failedPaths = [];
  let failedCount = 0;
  let res = await iterator.next();
  while (!res.done) {
    if (res.value.event === "fileProgress" && res.value.state === "error") {
      failedCount++;
      if (failedPaths.length < 5) {
        failedPaths.push(res.value.path);
      }
    }
    res = await iterator.next();
  }
  if (failedCount > 0) {
    throw new Error(
      `Failed to upload ${failedCount} file(s): ${failedPaths.join(", ")}${failedCount > 5 ? "..." : ""}`
    );
  }
  return res.value;
}
async function convertOperationToNdJson(operation) {
  switch (operation.operation) {
    case "addOrUpdate": {
      return {
        key: "file",
        value: {
          content: base64FromBytes(new Uint8Array(await operation.content.arrayBuffer())),
          path: operation.path,
          encoding: "base64"
        }
      };
    }
    case "delete": {
      return {
        key: "deletedFile",
        value: {
          path: operation.path
        }
      };
    }
    case "edit": {
      throw new Error(
        "Edit operations should be converted to addOrUpdate operations before reaching convertOperationToNdJson"
      );
    }
    default:
      throw new TypeError("Unknown operation: " + operation.operation);
  }
}

// src/utils/parseLinkHeader.ts
function parseLinkHeader(header) {
  const regex = /<(https?:[/][/][^>]+)>;\s+rel="([^"]+)"/g;
  return Object.fromEntries([...header.matchAll(regex)].map(([, url, rel]) => [rel, url]));
}

// src/lib/file-download-info.ts
async function fileDownloadInfo(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const hubUrl = params.hubUrl ?? HUB_URL;
  const revision = repoId.type === "bucket" ? void 0 : params.revision ?? "main";
  const url = `${hubUrl}/${repoId.type === "model" ? "" : `${repoId.type}s/`}${repoId.name}/${params.raw ? "raw" : "resolve"}${revision ? `/${encodeURIComponent(revision)}` : ""}/${params.path}` + (params.noContentDisposition ? "?noContentDisposition=1" : "");
  const resp = await (params.fetch ?? fetch)(url, {
    method: "GET",
    headers: {
      ...accessToken && {
        Authorization: `Bearer ${accessToken}`
      },
      Range: "bytes=0-0",
      Accept: "application/vnd.xet-fileinfo+json, */*"
    }
  });
  if (resp.status === 404 && resp.headers.get("X-Error-Code") === "EntryNotFound") {
    return null;
  }
  if (!resp.ok) {
    throw await createApiError(resp);
  }
  let size;
  let xetInfo;
  if (resp.headers.get("Content-Type")?.includes("application/vnd.xet-fileinfo+json")) {
    size = parseInt(resp.headers.get("X-Linked-Size") ?? "invalid");
    if (isNaN(size)) {
      throw new InvalidApiResponseFormatError("Invalid file size received in X-Linked-Size header");
    }
    const hash2 = resp.headers.get("X-Xet-Hash");
    const links = parseLinkHeader(resp.headers.get("Link") ?? "");
    const reconstructionUrl = (() => {
      try {
        return new URL(links["xet-reconstruction-info"]);
      } catch {
        return null;
      }
    })();
    const refreshUrl = (() => {
      try {
        return new URL(links["xet-auth"]);
      } catch {
        return null;
      }
    })();
    if (!hash2) {
      throw new InvalidApiResponseFormatError("No hash received in X-Xet-Hash header");
    }
    if (!reconstructionUrl || !refreshUrl) {
      throw new InvalidApiResponseFormatError("No xet-reconstruction-info or xet-auth link header");
    }
    xetInfo = {
      hash: hash2,
      refreshUrl,
      reconstructionUrl
    };
  }
  if (size === void 0 || isNaN(size)) {
    const contentRangeHeader = resp.headers.get("content-range");
    if (!contentRangeHeader) {
      throw new InvalidApiResponseFormatError("Expected size information");
    }
    const [, parsedSize] = contentRangeHeader.split("/");
    size = parseInt(parsedSize);
    if (isNaN(size)) {
      throw new InvalidApiResponseFormatError("Invalid file size received");
    }
  }
  const etag = resp.headers.get("X-Linked-ETag") ?? resp.headers.get("ETag") ?? void 0;
  if (!etag) {
    throw new InvalidApiResponseFormatError("Expected ETag");
  }
  return {
    etag,
    size,
    xet: xetInfo,
    // Cannot use resp.url in case it's a S3 url and the user adds an Authorization header to it.
    url: resp.url && (new URL(resp.url).origin === new URL(hubUrl).origin || resp.headers.get("X-Cache")?.endsWith(" cloudfront")) ? resp.url : url
  };
}

// src/lib/download-file.ts
async function downloadFile(params) {
  const accessToken = checkCredentials(params);
  const info = params.downloadInfo ?? await fileDownloadInfo({
    accessToken,
    repo: params.repo,
    path: params.path,
    revision: params.revision,
    hubUrl: params.hubUrl,
    fetch: params.fetch,
    raw: params.raw
  });
  if (!info) {
    return null;
  }
  if (info.xet && params.xet !== false) {
    return new XetBlob({
      refreshUrl: info.xet.refreshUrl.href,
      reconstructionUrl: info.xet.reconstructionUrl.href,
      hash: info.xet.hash,
      fetch: params.fetch,
      accessToken,
      size: info.size,
      readToken: typeof params.xet === "object" ? params.xet.readToken : void 0,
      parallelDownloads: params.parallelDownloads
    });
  }
  return new WebBlob(new URL(info.url), 0, info.size, "", true, params.fetch ?? fetch, accessToken);
}

// src/lib/list-files.ts
async function* listFiles(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const revision = repoId.type === "bucket" ? void 0 : params.revision || "main";
  let url = `${params.hubUrl || HUB_URL}/api/${repoId.type}s/${repoId.name}/tree${revision ? `/${revision}` : ""}${params.path ? "/" + params.path : ""}?recursive=${!!params.recursive}&expand=${!!params.expand}`;
  while (url) {
    const res = await (params.fetch ?? fetch)(url, {
      headers: {
        accept: "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : void 0
      }
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const items = await res.json();
    for (const item of items) {
      yield item;
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/lib/paths-info.ts
async function pathsInfo(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const hubUrl = params.hubUrl ?? HUB_URL;
  const revision = repoId.type === "bucket" ? void 0 : params.revision ?? "main";
  const url = `${hubUrl}/api/${repoId.type}s/${repoId.name}/paths-info${revision ? `/${encodeURIComponent(revision)}` : ""}`;
  const resp = await (params.fetch ?? fetch)(url, {
    method: "POST",
    headers: {
      ...accessToken && {
        Authorization: `Bearer ${accessToken}`
      },
      Accept: "application/json",
      "Content-Type": "application/json"
    },
    body: JSON.stringify({
      paths: params.paths,
      expand: params.expand
    })
  });
  if (!resp.ok) {
    throw await createApiError(resp);
  }
  const json = await resp.json();
  if (!Array.isArray(json)) {
    throw new Error("malformed response: expected array");
  }
  return json.map((item) => ({
    path: item.path,
    lfs: item.lfs,
    type: item.type,
    oid: item.oid,
    size: item.size,
    xetHash: item.xetHash,
    uploadedAt: item.uploadedAt,
    securityFileStatus: item.securityFileStatus,
    lastCommit: item.lastCommit ? {
      date: new Date(item.lastCommit.date),
      title: item.lastCommit.title,
      id: item.lastCommit.id
    } : void 0
  }));
}

// src/utils/formatBytes.ts
function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) {
    return `${bytes} B`;
  }
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let i = 0;
  while (value >= 1e3 && i < units.length - 1) {
    value /= 1e3;
    i++;
  }
  const formatted = i === 0 ? value.toString() : value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
  return `${formatted} ${units[i]}`;
}

// src/lib/copy-files.ts
var DOWNLOAD_CONCURRENCY = 5;
var PATHS_INFO_BATCH_SIZE = 100;
var MAX_REPORTED_LFS_PATHS = 5;
function copyFile(params) {
  return copyFiles({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    destination: params.destination.repo,
    files: [
      {
        source: params.source,
        destinationPath: params.destination.path
      }
    ],
    hubUrl: params.hubUrl,
    fetch: params.fetch,
    abortSignal: params.abortSignal
  });
}
function copyFileIter(params) {
  return copyFilesIter({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    destination: params.destination.repo,
    files: [
      {
        source: params.source,
        destinationPath: params.destination.path
      }
    ],
    hubUrl: params.hubUrl,
    fetch: params.fetch,
    abortSignal: params.abortSignal
  });
}
async function copyFiles(params) {
  const iterator = copyFilesIter(params);
  while (true) {
    const res = await iterator.next();
    if (res.done) {
      return void 0;
    }
  }
}
async function* copyFilesIter(params) {
  if (params.files.length === 0) {
    return void 0;
  }
  const operations = yield* resolveCopyOperationsIter(params, params.files);
  await commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.destination,
    operations,
    title: "",
    hubUrl: params.hubUrl,
    fetch: params.fetch,
    abortSignal: params.abortSignal
  });
  return void 0;
}
async function copyFolder(params) {
  const iterator = copyFolderIter(params);
  while (true) {
    const res = await iterator.next();
    if (res.done) {
      return void 0;
    }
  }
}
async function* copyFolderIter(params) {
  const accessToken = checkCredentials(params);
  const sourceRepoId = toRepoId(params.source.repo);
  const sourcePath = (params.source.path ?? "").replace(/\/+$/, "");
  const destinationPrefix = (params.destination.path ?? "").replace(/\/+$/, "");
  const sourceRevision = sourceRepoId.type === "bucket" ? void 0 : params.source.revision ?? "main";
  const operations = [];
  const pendingDownloads = [];
  const lfsOffenders = [];
  for await (const item of listFiles({
    repo: sourceRepoId,
    path: sourcePath || void 0,
    recursive: true,
    revision: sourceRevision,
    accessToken,
    hubUrl: params.hubUrl,
    fetch: params.fetch
  })) {
    if (item.type !== "file") {
      continue;
    }
    const relPath = relativeUnderFolder(item.path, sourcePath);
    const destPath = destinationPrefix ? `${destinationPrefix}/${relPath}` : relPath;
    switch (classifySourceFile(item)) {
      case "copy":
        operations.push({
          operation: "copy",
          path: destPath,
          sourceXetHash: item.xetHash,
          sourceRepo: sourceRepoId
        });
        continue;
      case "lfs":
        lfsOffenders.push({ path: item.path, size: item.lfs?.size ?? item.size });
        continue;
      case "download":
        pendingDownloads.push({
          index: operations.length,
          repoId: sourceRepoId,
          revision: sourceRevision,
          sourcePath: item.path
        });
        operations.push({
          operation: "addOrUpdate",
          path: destPath,
          content: new Blob([])
        });
        continue;
    }
  }
  if (lfsOffenders.length > 0) {
    throwUnmigratedLfsError(sourceRepoId, lfsOffenders);
  }
  if (operations.length === 0) {
    return void 0;
  }
  yield* downloadAndFillBlobsIter({
    pendingDownloads,
    operations,
    accessToken,
    hubUrl: params.hubUrl,
    fetch: params.fetch
  });
  await commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.destination.repo,
    operations,
    title: "",
    hubUrl: params.hubUrl,
    fetch: params.fetch,
    abortSignal: params.abortSignal
  });
  return void 0;
}
async function* resolveCopyOperationsIter(shared, files) {
  const accessToken = checkCredentials(shared);
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const repoId = toRepoId(file.source.repo);
    const revision = repoId.type === "bucket" ? void 0 : file.source.revision ?? "main";
    const key = `${repoId.type}\0${repoId.name}\0${revision ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { repoId, revision, entries: [] };
      groups.set(key, group);
    }
    group.entries.push({ index: i, file });
  }
  const operations = new Array(files.length);
  const pendingDownloads = [];
  for (const group of groups.values()) {
    const paths = group.entries.map((e) => e.file.source.path);
    const infos = [];
    for (let offset = 0; offset < paths.length; offset += PATHS_INFO_BATCH_SIZE) {
      const slice = paths.slice(offset, offset + PATHS_INFO_BATCH_SIZE);
      const res = await pathsInfo({
        repo: group.repoId,
        paths: slice,
        revision: group.revision,
        accessToken,
        hubUrl: shared.hubUrl,
        fetch: shared.fetch
      });
      infos.push(...res);
    }
    const infoByPath = new Map(infos.map((i) => [i.path, i]));
    const lfsOffenders = [];
    for (const { index, file } of group.entries) {
      const info = infoByPath.get(file.source.path);
      if (!info) {
        throw new Error(`Source file not found: '${file.source.path}' in ${group.repoId.type}s/${group.repoId.name}`);
      }
      if (info.type !== "file") {
        throw new Error(
          `Source path '${file.source.path}' in ${group.repoId.type}s/${group.repoId.name} is a folder; use copyFolder() instead.`
        );
      }
      switch (classifySourceFile(info)) {
        case "copy":
          operations[index] = {
            operation: "copy",
            path: file.destinationPath,
            sourceXetHash: info.xetHash,
            sourceRepo: group.repoId
          };
          continue;
        case "lfs":
          lfsOffenders.push({ path: file.source.path, size: info.lfs?.size ?? info.size });
          continue;
        case "download":
          pendingDownloads.push({
            index,
            repoId: group.repoId,
            revision: group.revision,
            sourcePath: file.source.path
          });
          operations[index] = {
            operation: "addOrUpdate",
            path: file.destinationPath,
            content: new Blob([])
          };
          continue;
      }
    }
    if (lfsOffenders.length > 0) {
      throwUnmigratedLfsError(group.repoId, lfsOffenders);
    }
  }
  yield* downloadAndFillBlobsIter({
    pendingDownloads,
    operations,
    accessToken,
    hubUrl: shared.hubUrl,
    fetch: shared.fetch
  });
  return operations;
}
function downloadAndFillBlobsIter(args) {
  const total = args.pendingDownloads.length;
  return eventToGenerator((yieldCallback, returnCallback, rejectCallback) => {
    if (total === 0) {
      returnCallback();
      return;
    }
    let downloaded = 0;
    promisesQueue(
      args.pendingDownloads.map(({ index, repoId, revision, sourcePath }) => async () => {
        const blob = await downloadFile({
          repo: repoId,
          path: sourcePath,
          revision,
          accessToken: args.accessToken,
          hubUrl: args.hubUrl,
          fetch: args.fetch
        });
        if (!blob) {
          throw new Error(`Failed to download '${sourcePath}' from ${repoId.type}s/${repoId.name}`);
        }
        const op = args.operations[index];
        if (op.operation !== "addOrUpdate") {
          throw new Error("Internal: expected addOrUpdate placeholder operation");
        }
        op.content = blob;
        downloaded++;
        yieldCallback({ event: "fileDownloaded", path: sourcePath, downloaded, total });
      }),
      DOWNLOAD_CONCURRENCY
    ).then(
      () => returnCallback(),
      (err) => rejectCallback(err)
    );
  });
}
function relativeUnderFolder(filePath, folderPath) {
  if (!folderPath) {
    return filePath;
  }
  if (filePath === folderPath) {
    return filePath.split("/").pop() ?? filePath;
  }
  if (filePath.startsWith(folderPath + "/")) {
    return filePath.slice(folderPath.length + 1);
  }
  throw new Error(`Path '${filePath}' is not inside folder '${folderPath}'`);
}
function classifySourceFile(file) {
  if (file.xetHash) {
    return "copy";
  }
  if (file.lfs) {
    return "lfs";
  }
  return "download";
}
function throwUnmigratedLfsError(repoId, entries) {
  const head = entries.slice(0, MAX_REPORTED_LFS_PATHS).map((e) => `'${e.path}' (${formatBytes(e.size)})`).join(", ");
  const more = entries.length > MAX_REPORTED_LFS_PATHS ? ` (and ${entries.length - MAX_REPORTED_LFS_PATHS} more)` : "";
  throw new Error(
    `Cannot copy ${entries.length} LFS file(s) from ${repoId.type}s/${repoId.name} that have not been migrated to xet: ${head}${more}. Migrate these files to xet before copying.`
  );
}

// src/lib/count-commits.ts
async function countCommits(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const url = `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/commits/${params.revision ?? "main"}?limit=1`;
  const res = await (params.fetch ?? fetch)(url, {
    headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
  return parseInt(res.headers.get("x-total-count") ?? "0", 10);
}

// src/lib/create-repo.ts
async function createRepo(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const [namespace, repoName] = repoId.name.split("/");
  const visibility = params.visibility ?? (params.private !== void 0 ? params.private ? "private" : "public" : void 0);
  if (!namespace || !repoName) {
    throw new TypeError(
      `"${repoId.name}" is not a fully qualified repo name. It should be of the form "{namespace}/{repoName}".`
    );
  }
  const res = repoId.type === "bucket" ? await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/buckets/${namespace}/${repoName}`, {
    method: "POST",
    body: JSON.stringify({
      visibility,
      resourceGroupId: params.resourceGroupId
    }),
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  }) : await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/repos/create`, {
    method: "POST",
    body: JSON.stringify({
      name: repoName,
      visibility,
      organization: namespace,
      resourceGroupId: params.resourceGroupId,
      license: params.license,
      ...repoId.type === "space" ? {
        type: "space",
        sdk: params.sdk ?? "static"
      } : {
        type: repoId.type
      },
      files: params.files ? await Promise.all(
        params.files.map(async (file) => ({
          encoding: "base64",
          path: file.path,
          content: base64FromBytes(
            new Uint8Array(file.content instanceof Blob ? await file.content.arrayBuffer() : file.content)
          )
        }))
      ) : void 0
    }),
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
  const output = await res.json();
  return { repoUrl: output.url, id: output.id };
}

// src/lib/create-branch.ts
async function createBranch(params) {
  const repoId = toRepoId(params.repo);
  const res = await (params.fetch ?? fetch)(
    `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/branch/${encodeURIComponent(params.branch)}`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...params.accessToken && {
          Authorization: `Bearer ${params.accessToken}`
        }
      },
      body: JSON.stringify({
        startingPoint: params.revision,
        ...params.empty && { emptyBranch: true },
        overwrite: params.overwrite
      })
    }
  );
  if (!res.ok) {
    throw await createApiError(res);
  }
}

// src/lib/create-collection.ts
async function createCollection(params) {
  const accessToken = checkCredentials(params);
  const res = await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/collections`, {
    method: "POST",
    body: JSON.stringify(params.collection),
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
  const output = await res.json();
  return { slug: output.slug };
}

// src/utils/pick.ts
function pick(o, props) {
  return Object.assign(
    {},
    ...props.map((prop) => {
      if (o[prop] !== void 0) {
        return { [prop]: o[prop] };
      }
    })
  );
}

// src/lib/list-datasets.ts
var DATASET_EXPAND_KEYS = (/* unused pure expression or super */ null && ([
  "private",
  "downloads",
  "gated",
  "likes",
  "lastModified"
]));
var DATASET_EXPANDABLE_KEYS = (/* unused pure expression or super */ null && ([
  "author",
  "cardData",
  "citation",
  "createdAt",
  "disabled",
  "description",
  "downloads",
  "downloadsAllTime",
  "gated",
  "gitalyUid",
  "lastModified",
  "likes",
  "paperswithcode_id",
  "private",
  // "siblings",
  "sha",
  "tags"
]));
async function* listDatasets(params) {
  const accessToken = params && checkCredentials(params);
  let totalToFetch = params?.limit ?? Infinity;
  const search = new URLSearchParams([
    ...Object.entries({
      limit: String(Math.min(totalToFetch, 500)),
      ...params?.search?.owner ? { author: params.search.owner } : void 0,
      ...params?.search?.query ? { search: params.search.query } : void 0,
      ...params?.sort ? { sort: params.sort } : void 0
    }),
    ...params?.search?.tags?.map((tag) => ["filter", tag]) ?? [],
    ...DATASET_EXPAND_KEYS.map((val) => ["expand", val]),
    ...params?.additionalFields?.map((val) => ["expand", val]) ?? []
  ]).toString();
  let url = `${params?.hubUrl || HUB_URL}/api/datasets` + (search ? "?" + search : "");
  while (url) {
    const res = await (params?.fetch ?? fetch)(url, {
      headers: {
        accept: "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : void 0
      }
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const items = await res.json();
    for (const item of items) {
      yield {
        ...params?.additionalFields && pick(item, params.additionalFields),
        id: item._id,
        name: item.id,
        private: item.private,
        downloads: item.downloads,
        likes: item.likes,
        gated: item.gated,
        updatedAt: new Date(item.lastModified)
      };
      totalToFetch--;
      if (totalToFetch <= 0) {
        return;
      }
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/lib/dataset-info.ts
async function datasetInfo(params) {
  const accessToken = params && checkCredentials(params);
  const search = new URLSearchParams([
    ...DATASET_EXPAND_KEYS.map((val) => ["expand", val]),
    ...params?.additionalFields?.map((val) => ["expand", val]) ?? []
  ]).toString();
  const response = await (params.fetch || fetch)(
    `${params?.hubUrl || HUB_URL}/api/datasets/${params.name}/revision/${encodeURIComponent(
      params.revision ?? "HEAD"
    )}?${search.toString()}`,
    {
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  const data = await response.json();
  return {
    ...params?.additionalFields && pick(data, params.additionalFields),
    id: data._id,
    name: data.id,
    private: data.private,
    downloads: data.downloads,
    likes: data.likes,
    gated: data.gated,
    updatedAt: new Date(data.lastModified)
  };
}

// src/lib/delete-branch.ts
async function deleteBranch(params) {
  const repoId = toRepoId(params.repo);
  const res = await (params.fetch ?? fetch)(
    `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/branch/${encodeURIComponent(params.branch)}`,
    {
      method: "DELETE",
      headers: {
        ...params.accessToken && {
          Authorization: `Bearer ${params.accessToken}`
        }
      }
    }
  );
  if (!res.ok) {
    throw await createApiError(res);
  }
}

// src/lib/delete-file.ts
function deleteFile(params) {
  return commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.repo,
    operations: [
      {
        operation: "delete",
        path: params.path
      }
    ],
    title: params.commitTitle ?? `Delete ${params.path}`,
    description: params.commitDescription,
    hubUrl: params.hubUrl,
    branch: params.branch,
    isPullRequest: params.isPullRequest,
    parentCommit: params.parentCommit,
    fetch: params.fetch
  });
}

// src/lib/delete-files.ts
function deleteFiles(params) {
  return commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.repo,
    operations: params.paths.map((path2) => ({
      operation: "delete",
      path: path2
    })),
    title: params.commitTitle ?? `Deletes ${params.paths.length} files`,
    description: params.commitDescription,
    hubUrl: params.hubUrl,
    branch: params.branch,
    isPullRequest: params.isPullRequest,
    parentCommit: params.parentCommit,
    fetch: params.fetch
  });
}

// src/lib/delete-repo.ts
async function deleteRepo(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const [namespace, repoName] = repoId.name.split("/");
  const res = repoId.type === "bucket" ? await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/buckets/${namespace}/${repoName}`, {
    method: "DELETE",
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  }) : await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/repos/delete`, {
    method: "DELETE",
    body: JSON.stringify({
      name: repoName,
      organization: namespace,
      type: repoId.type
    }),
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
}

// src/lib/delete-collection.ts
async function deleteCollection(params) {
  if (!params.slug) {
    throw new TypeError("slug is required");
  }
  const accessToken = checkCredentials(params);
  const res = await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/collections/${params.slug}`, {
    method: "DELETE",
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Content-Type": "application/json"
    }
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
}

// src/lib/download-file-to-cache-dir.ts



// src/utils/symlink.ts



function expandUser(path2) {
  if (path2.startsWith("~")) {
    return path2.replace("~", os.homedir());
  }
  return path2;
}
async function createSymlink(params) {
  const abs_src = path.resolve(expandUser(params.sourcePath));
  const abs_dst = path.resolve(expandUser(params.finalPath));
  try {
    await fs.rm(abs_dst);
  } catch {
  }
  try {
    await fs.symlink(path.relative(path.dirname(abs_dst), abs_src), abs_dst);
  } catch {
    console.info(`Symlink not supported. Copying file from ${abs_src} to ${abs_dst}`);
    await fs.copyFile(abs_src, abs_dst);
  }
}

// src/utils/validateRelativeFilename.ts
function validateRelativeFilename(filename) {
  if (filename.replace(/\\/g, "/").split("/").includes("..")) {
    throw new TypeError(
      `Invalid filename "${filename}": cannot contain a ".." path segment. Please ask the repository owner to rename this file.`
    );
  }
  for (const part of [filename, ...filename.split("/")]) {
    if (part.startsWith("/") || // POSIX absolute
    part.startsWith("\\") || // Windows root-relative, or UNC when doubled
    /^[a-zA-Z]:/.test(part)) {
      throw new TypeError(
        `Invalid filename "${filename}": cannot be an absolute, drive-relative or UNC path. Please ask the repository owner to rename this file.`
      );
    }
  }
}

// src/lib/download-file-to-cache-dir.ts



var REGEX_COMMIT_HASH = (/* unused pure expression or super */ null && (new RegExp("^[0-9a-f]{40}$")));
function getFilePointer(storageFolder, revision, relativeFilename) {
  const snapshotPath = join2(storageFolder, "snapshots");
  return join2(snapshotPath, revision, relativeFilename);
}
async function exists(path2, followSymlinks) {
  try {
    if (followSymlinks) {
      await stat2(path2);
    } else {
      await lstat2(path2);
    }
    return true;
  } catch (err) {
    return false;
  }
}
async function downloadFileToCacheDir(params) {
  const repoId = toRepoId(params.repo);
  if (repoId.type === "bucket") {
    throw new Error("downloadFileToCacheDir is not supported for bucket repos.");
  }
  validateRelativeFilename(params.path);
  const revision = params.revision ?? "main";
  const cacheDir = params.cacheDir ?? getHFHubCachePath();
  const storageFolder = join2(cacheDir, getRepoFolderName(repoId));
  let commitHash;
  if (revision && REGEX_COMMIT_HASH.test(revision)) {
    commitHash = revision;
    const pointerPath2 = getFilePointer(storageFolder, revision, params.path);
    if (await exists(pointerPath2, true)) {
      return pointerPath2;
    }
  }
  const pathsInformation = await pathsInfo({
    ...params,
    paths: [params.path],
    revision,
    expand: true
  });
  if (!pathsInformation || pathsInformation.length !== 1) {
    throw new Error(`cannot get path info for ${params.path}`);
  }
  const info = pathsInformation[0];
  let etag;
  if (info.lfs) {
    etag = info.lfs.oid;
  } else if (info.xetHash) {
    etag = info.xetHash;
  } else if (info.oid) {
    etag = info.oid;
  } else {
    throw new Error(`cannot determine etag for ${params.path}`);
  }
  const snapshotId = commitHash ?? info.lastCommit?.id ?? etag;
  const pointerPath = getFilePointer(storageFolder, snapshotId, params.path);
  const blobPath = join2(storageFolder, "blobs", etag);
  if (await exists(pointerPath, true)) {
    return pointerPath;
  }
  await mkdir(dirname2(blobPath), { recursive: true });
  await mkdir(dirname2(pointerPath), { recursive: true });
  if (await exists(blobPath)) {
    await createSymlink({ sourcePath: blobPath, finalPath: pointerPath });
    return pointerPath;
  }
  const incomplete = `${blobPath}.incomplete`;
  console.debug(`Downloading ${params.path} to ${incomplete}`);
  const blob = await downloadFile({
    ...params,
    revision
  });
  if (!blob) {
    throw new Error(`invalid response for file ${params.path}`);
  }
  await pipeline(Readable.fromWeb(blob.stream()), createWriteStream(incomplete));
  await rename(incomplete, blobPath);
  await createSymlink({ sourcePath: blobPath, finalPath: pointerPath });
  return pointerPath;
}

// src/lib/file-exists.ts
async function fileExists(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  const hubUrl = params.hubUrl ?? HUB_URL;
  const revision = repoId.type === "bucket" ? void 0 : params.revision ?? "main";
  const endpoint = repoId.type === "bucket" ? "resolve" : "raw";
  const url = `${hubUrl}/${repoId.type === "model" ? "" : `${repoId.type}s/`}${repoId.name}/${endpoint}${revision ? `/${encodeURIComponent(revision)}` : ""}/${params.path}`;
  const resp = await (params.fetch ?? fetch)(url, {
    method: "HEAD",
    headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
  });
  if (resp.status === 404) {
    return false;
  }
  if (!resp.ok) {
    throw await createApiError(resp);
  }
  return true;
}

// src/lib/jobs/cancel-job.ts
async function cancelJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}/cancel`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/create-scheduled-job.ts
async function createScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const { namespace, hubUrl, fetch: customFetch, ...rest } = params;
  if (!rest.jobSpec.dockerImage && !rest.jobSpec.spaceId) {
    throw new Error("Either dockerImage or spaceId must be provided in jobSpec");
  }
  if (rest.jobSpec.dockerImage && rest.jobSpec.spaceId) {
    throw new Error("Cannot provide both dockerImage and spaceId in jobSpec");
  }
  const body = {
    jobSpec: {
      flavor: rest.jobSpec.flavor
    },
    schedule: rest.schedule,
    suspend: rest.suspend ?? false,
    concurrency: rest.concurrency ?? false
  };
  if (rest.jobSpec.dockerImage) {
    body.jobSpec.dockerImage = rest.jobSpec.dockerImage;
  }
  if (rest.jobSpec.spaceId) {
    body.jobSpec.spaceId = rest.jobSpec.spaceId;
  }
  if (rest.jobSpec.command) {
    body.jobSpec.command = rest.jobSpec.command;
  }
  body.jobSpec.environment = rest.jobSpec.environment || {};
  if (rest.jobSpec.secrets) {
    body.jobSpec.secrets = rest.jobSpec.secrets;
  }
  if (rest.jobSpec.arch) {
    body.jobSpec.arch = rest.jobSpec.arch;
  }
  if (rest.jobSpec.timeoutSeconds !== void 0) {
    body.jobSpec.timeoutSeconds = rest.jobSpec.timeoutSeconds;
  }
  if (rest.jobSpec.attempts !== void 0) {
    body.jobSpec.attempts = rest.jobSpec.attempts;
  }
  if (rest.jobSpec.labels) {
    body.jobSpec.labels = rest.jobSpec.labels;
  }
  if (rest.jobSpec.volumes?.length) {
    body.jobSpec.volumes = rest.jobSpec.volumes.map(({ source, ...rest2 }) => {
      const repoId = toRepoId(source);
      return { type: repoId.type, source: repoId.name, ...rest2 };
    });
  }
  const response = await (customFetch || fetch)(`${hubUrl || HUB_URL}/api/scheduled-jobs/${namespace}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    },
    body: JSON.stringify(body)
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/delete-scheduled-job.ts
async function deleteScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}/${params.jobId}`,
    {
      method: "DELETE",
      headers: {
        "Content-Type": "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
}

// src/lib/jobs/duplicate-job.ts
async function duplicateJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}/duplicate`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/get-job.ts
async function getJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}`,
    {
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/get-scheduled-job.ts
async function getScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}/${params.jobId}`,
    {
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/list-job-hardware.ts
async function listJobHardware(params) {
  const accessToken = checkCredentials(params ?? {});
  const headers = {};
  if (accessToken) {
    headers.Authorization = `Bearer ${accessToken}`;
  }
  const response = await (params?.fetch || fetch)(`${params?.hubUrl || HUB_URL}/api/jobs/hardware`, {
    headers
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/list-jobs.ts
async function listJobs(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(`${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}`, {
    headers: {
      ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    }
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/list-scheduled-jobs.ts
async function listScheduledJobs(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(`${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}`, {
    headers: {
      ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    }
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/resume-scheduled-job.ts
async function resumeScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}/${params.jobId}/resume`,
    {
      method: "POST",
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
}

// src/lib/jobs/run-job.ts
async function runJob(params) {
  const accessToken = checkCredentials(params);
  if (!params.dockerImage && !params.spaceId) {
    throw new Error("Either dockerImage or spaceId must be provided");
  }
  if (params.dockerImage && params.spaceId) {
    throw new Error("Cannot provide both dockerImage and spaceId");
  }
  const body = {
    flavor: params.flavor,
    environment: params.environment || {}
  };
  if (params.dockerImage) {
    body.dockerImage = params.dockerImage;
  }
  if (params.spaceId) {
    body.spaceId = params.spaceId;
  }
  if (params.command) {
    body.command = params.command;
  }
  if (params.arguments) {
    body.arguments = params.arguments;
  }
  if (params.secrets) {
    body.secrets = params.secrets;
  }
  if (params.arch) {
    body.arch = params.arch;
  }
  if (params.timeoutSeconds !== void 0) {
    body.timeoutSeconds = params.timeoutSeconds;
  }
  if (params.attempts !== void 0) {
    body.attempts = params.attempts;
  }
  if (params.labels) {
    body.labels = params.labels;
  }
  if (params.volumes?.length) {
    body.volumes = params.volumes.map(({ source, ...rest }) => {
      const repoId = toRepoId(source);
      return { type: repoId.type, source: repoId.name, ...rest };
    });
  }
  const response = await (params.fetch || fetch)(`${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    },
    body: JSON.stringify(body)
  });
  if (!response.ok) {
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/run-scheduled-job.ts
async function runScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}/${params.jobId}/run`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    if (response.status === 409) {
      return null;
    }
    throw await createApiError(response);
  }
  return await response.json();
}

// src/lib/jobs/stream-job-events.ts
async function* streamJobEvents(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}/events`,
    {
      headers: {
        Accept: "text/event-stream",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  if (!response.body) {
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop() || "";
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          yield line.slice(6);
        }
      }
    }
    if (buffer) {
      const lines = buffer.split("\n");
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          yield line.slice(6);
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

// src/lib/jobs/stream-job-logs.ts
async function* streamJobLogs(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}/logs`,
    {
      headers: {
        Accept: "text/event-stream",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  if (!response.body) {
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop() || "";
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          try {
            const data = JSON.parse(line.slice(6));
            yield { message: data.data, timestamp: new Date(data.timestamp) };
          } catch {
            yield { message: line.slice(6), timestamp: /* @__PURE__ */ new Date() };
          }
        }
      }
    }
    if (buffer) {
      const lines = buffer.split("\n");
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          try {
            const data = JSON.parse(line.slice(6));
            yield { message: data.data, timestamp: new Date(data.timestamp) };
          } catch {
            yield { message: line.slice(6), timestamp: /* @__PURE__ */ new Date() };
          }
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

// src/lib/jobs/stream-job-metrics.ts
async function* streamJobMetrics(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/jobs/${params.namespace}/${params.jobId}/metrics`,
    {
      headers: {
        Accept: "text/event-stream",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  if (!response.body) {
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop() || "";
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          yield line.slice(6);
        }
      }
    }
    if (buffer) {
      const lines = buffer.split("\n");
      for (const line of lines) {
        if (line.startsWith("data: ")) {
          yield line.slice(6);
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
}

// src/lib/jobs/suspend-scheduled-job.ts
async function suspendScheduledJob(params) {
  const accessToken = checkCredentials(params);
  const response = await (params.fetch || fetch)(
    `${params.hubUrl || HUB_URL}/api/scheduled-jobs/${params.namespace}/${params.jobId}/suspend`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
}

// src/lib/list-commits.ts
async function* listCommits(params) {
  const accessToken = checkCredentials(params);
  const repoId = toRepoId(params.repo);
  let url = `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}/commits/${params.revision ?? "main"}?limit=${params.batchSize ?? 100}`;
  while (url) {
    const res = await (params.fetch ?? fetch)(url, {
      headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const resJson = await res.json();
    for (const commit2 of resJson) {
      yield {
        oid: commit2.id,
        title: commit2.title,
        message: commit2.message,
        authors: commit2.authors.map((author) => ({
          username: author.user,
          avatarUrl: author.avatar
        })),
        date: new Date(commit2.date)
      };
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/utils/normalizeInferenceProviderMapping.ts
function normalizeInferenceProviderMapping(hfModelId, inferenceProviderMapping) {
  if (!inferenceProviderMapping) {
    return [];
  }
  if (Array.isArray(inferenceProviderMapping)) {
    return inferenceProviderMapping.map((entry) => ({
      ...entry,
      hfModelId
    }));
  }
  return Object.entries(inferenceProviderMapping).map(([provider, mapping]) => ({
    provider,
    hfModelId,
    providerId: mapping.providerId,
    status: mapping.status,
    task: mapping.task
  }));
}

// src/lib/list-models.ts
var MODEL_EXPAND_KEYS = [
  "pipeline_tag",
  "private",
  "gated",
  "downloads",
  "likes",
  "lastModified"
];
var MODEL_EXPANDABLE_KEYS = (/* unused pure expression or super */ null && ([
  "author",
  "cardData",
  "config",
  "createdAt",
  "disabled",
  "downloads",
  "downloadsAllTime",
  "gated",
  "gitalyUid",
  "inferenceProviderMapping",
  "lastModified",
  "library_name",
  "likes",
  "model-index",
  "pipeline_tag",
  "private",
  "safetensors",
  "sha",
  "spaces",
  "tags",
  "transformersInfo"
]));
var MODEL_DERIVED_FIELD_TO_API_KEY = {
  filePaths: "siblings"
};
async function* listModels(params) {
  const accessToken = params && checkCredentials(params);
  let totalToFetch = params?.limit ?? Infinity;
  const additionalExpandKeys = params?.additionalFields?.map(
    (field) => MODEL_DERIVED_FIELD_TO_API_KEY[field] ?? field
  ) ?? [];
  const search = new URLSearchParams([
    ...Object.entries({
      limit: String(Math.min(totalToFetch, 500)),
      ...params?.search?.owner ? { author: params.search.owner } : void 0,
      ...params?.search?.task ? { pipeline_tag: params.search.task } : void 0,
      ...params?.search?.query ? { search: params.search.query } : void 0,
      ...params?.search?.inferenceProviders ? { inference_provider: params.search.inferenceProviders.join(",") } : void 0,
      ...params?.search?.apps ? { apps: params.search.apps.join(",") } : void 0,
      ...params?.sort ? { sort: params.sort } : void 0
    }),
    ...params?.search?.tags?.map((tag) => ["filter", tag]) ?? [],
    ...MODEL_EXPAND_KEYS.map((val) => ["expand", val]),
    ...additionalExpandKeys.map((val) => ["expand", val])
  ]).toString();
  let url = `${params?.hubUrl || HUB_URL}/api/models?${search}`;
  while (url) {
    const res = await (params?.fetch ?? fetch)(url, {
      headers: {
        accept: "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : void 0
      }
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const items = await res.json();
    for (const item of items) {
      const additional = {};
      if (params?.additionalFields) {
        for (const field of params.additionalFields) {
          if (field === "filePaths") {
            additional.filePaths = (item.siblings ?? []).map((s) => s.rfilename);
          } else if (field === "inferenceProviderMapping" && item.inferenceProviderMapping) {
            additional.inferenceProviderMapping = normalizeInferenceProviderMapping(
              item.id,
              item.inferenceProviderMapping
            );
          } else {
            additional[field] = item[field];
          }
        }
      }
      yield {
        ...additional,
        id: item._id,
        name: item.id,
        private: item.private,
        task: item.pipeline_tag,
        downloads: item.downloads,
        gated: item.gated,
        likes: item.likes,
        updatedAt: new Date(item.lastModified)
      };
      totalToFetch--;
      if (totalToFetch <= 0) {
        return;
      }
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/lib/list-spaces.ts
var SPACE_EXPAND_KEYS = (/* unused pure expression or super */ null && ([
  "sdk",
  "likes",
  "private",
  "lastModified"
]));
var SPACE_EXPANDABLE_KEYS = (/* unused pure expression or super */ null && ([
  "author",
  "cardData",
  "datasets",
  "disabled",
  "gitalyUid",
  "lastModified",
  "createdAt",
  "likes",
  "private",
  "runtime",
  "sdk",
  // "siblings",
  "sha",
  "subdomain",
  "tags",
  "models"
]));
async function* listSpaces(params) {
  const accessToken = params && checkCredentials(params);
  const search = new URLSearchParams([
    ...Object.entries({
      limit: "500",
      ...params?.search?.owner ? { author: params.search.owner } : void 0,
      ...params?.search?.query ? { search: params.search.query } : void 0,
      ...params?.sort ? { sort: params.sort } : void 0
    }),
    ...params?.search?.tags?.map((tag) => ["filter", tag]) ?? [],
    ...[...SPACE_EXPAND_KEYS, ...params?.additionalFields ?? []].map(
      (val) => ["expand", val]
    )
  ]).toString();
  let url = `${params?.hubUrl || HUB_URL}/api/spaces?${search}`;
  while (url) {
    const res = await (params?.fetch ?? fetch)(url, {
      headers: {
        accept: "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : void 0
      }
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const items = await res.json();
    for (const item of items) {
      yield {
        ...params?.additionalFields && pick(item, params.additionalFields),
        id: item._id,
        name: item.id,
        sdk: item.sdk,
        likes: item.likes,
        private: item.private,
        updatedAt: new Date(item.lastModified)
      };
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/lib/list-collections.ts
async function* listCollections(params) {
  const accessToken = params && checkCredentials(params);
  const searchParams = new URLSearchParams();
  let totalToFetch = params?.limit ?? Infinity;
  searchParams.append("limit", String(Math.min(totalToFetch, 100)));
  if (params?.sort) {
    searchParams.append("sort", params.sort);
  }
  if (params?.search?.owner) {
    for (const owner of params.search.owner) {
      searchParams.append("owner", owner);
    }
  }
  if (params?.search?.item) {
    for (const item of params.search.item) {
      searchParams.append("item", item);
    }
  }
  if (params?.search?.q) {
    searchParams.append("q", params.search.q);
  }
  let url = `${params?.hubUrl || HUB_URL}/api/collections?${searchParams}`;
  while (url) {
    const res = await (params?.fetch ?? fetch)(url, {
      headers: {
        accept: "application/json",
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : void 0
      }
    });
    if (!res.ok) {
      throw await createApiError(res);
    }
    const collections = await res.json();
    for (const collection of collections) {
      yield collection;
      totalToFetch--;
      if (totalToFetch <= 0) {
        return;
      }
    }
    const linkHeader = res.headers.get("Link");
    url = linkHeader ? parseLinkHeader(linkHeader).next : void 0;
  }
}

// src/lib/model-info.ts
async function modelInfo(params) {
  const accessToken = params && checkCredentials(params);
  const additionalExpandKeys = params?.additionalFields?.map(
    (field) => MODEL_DERIVED_FIELD_TO_API_KEY[field] ?? field
  ) ?? [];
  const search = new URLSearchParams([
    ...MODEL_EXPAND_KEYS.map((val) => ["expand", val]),
    ...additionalExpandKeys.map((val) => ["expand", val])
  ]).toString();
  const response = await (params.fetch || fetch)(
    `${params?.hubUrl || HUB_URL}/api/models/${params.name}/revision/${encodeURIComponent(
      params.revision ?? "HEAD"
    )}?${search.toString()}`,
    {
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  const data = await response.json();
  const additional = {};
  if (params?.additionalFields) {
    for (const field of params.additionalFields) {
      if (field === "filePaths") {
        additional.filePaths = (data.siblings ?? []).map((s) => s.rfilename);
      } else if (field === "inferenceProviderMapping" && data.inferenceProviderMapping) {
        additional.inferenceProviderMapping = normalizeInferenceProviderMapping(data.id, data.inferenceProviderMapping);
      } else {
        additional[field] = data[field];
      }
    }
  }
  return {
    ...additional,
    id: data._id,
    name: data.id,
    private: data.private,
    task: data.pipeline_tag,
    downloads: data.downloads,
    gated: data.gated,
    likes: data.likes,
    updatedAt: new Date(data.lastModified)
  };
}

// src/lib/oauth-handle-redirect.ts
async function oauthHandleRedirect(opts) {
  if (typeof window === "undefined" && !opts?.redirectedUrl) {
    throw new Error("oauthHandleRedirect is only available in the browser, unless you provide redirectedUrl");
  }
  if (typeof localStorage === "undefined" && (!opts?.nonce || !opts?.codeVerifier)) {
    throw new Error(
      "oauthHandleRedirect requires localStorage to be available, unless you provide nonce and codeVerifier"
    );
  }
  const redirectedUrl = opts?.redirectedUrl ?? window.location.href;
  const searchParams = (() => {
    try {
      return new URL(redirectedUrl).searchParams;
    } catch (err) {
      throw new Error("Failed to parse redirected URL: " + redirectedUrl);
    }
  })();
  const [error, errorDescription] = [searchParams.get("error"), searchParams.get("error_description")];
  if (error) {
    throw new Error(`${error}: ${errorDescription}`);
  }
  const code = searchParams.get("code");
  const nonce = opts?.nonce ?? localStorage.getItem("huggingface.co:oauth:nonce");
  if (!code) {
    throw new Error("Missing oauth code from query parameters in redirected URL: " + redirectedUrl);
  }
  if (!nonce) {
    throw new Error("Missing oauth nonce from localStorage");
  }
  const codeVerifier = opts?.codeVerifier ?? localStorage.getItem("huggingface.co:oauth:code_verifier");
  if (!codeVerifier) {
    throw new Error("Missing oauth code_verifier from localStorage");
  }
  const state = searchParams.get("state");
  if (!state) {
    throw new Error("Missing oauth state from query parameters in redirected URL");
  }
  let parsedState;
  try {
    parsedState = JSON.parse(state);
  } catch {
    throw new Error("Invalid oauth state in redirected URL, unable to parse JSON: " + state);
  }
  if (parsedState.nonce !== nonce) {
    throw new Error("Invalid oauth state in redirected URL");
  }
  const hubUrl = opts?.hubUrl || HUB_URL;
  const openidConfigUrl = `${new URL(hubUrl).origin}/.well-known/openid-configuration`;
  const openidConfigRes = await fetch(openidConfigUrl, {
    headers: {
      Accept: "application/json"
    }
  });
  if (!openidConfigRes.ok) {
    throw await createApiError(openidConfigRes);
  }
  const openidConfig = await openidConfigRes.json();
  const tokenRes = await fetch(openidConfig.token_endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded"
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: parsedState.redirectUri,
      code_verifier: codeVerifier
    }).toString()
  });
  if (!opts?.codeVerifier) {
    localStorage.removeItem("huggingface.co:oauth:code_verifier");
  }
  if (!opts?.nonce) {
    localStorage.removeItem("huggingface.co:oauth:nonce");
  }
  if (!tokenRes.ok) {
    throw await createApiError(tokenRes);
  }
  const token = await tokenRes.json();
  const accessTokenExpiresAt = new Date(Date.now() + token.expires_in * 1e3);
  const userInfoRes = await fetch(openidConfig.userinfo_endpoint, {
    headers: {
      Authorization: `Bearer ${token.access_token}`
    }
  });
  if (!userInfoRes.ok) {
    throw await createApiError(userInfoRes);
  }
  const userInfo = await userInfoRes.json();
  return {
    accessToken: token.access_token,
    accessTokenExpiresAt,
    userInfo,
    state: parsedState.state,
    scope: token.scope
  };
}
async function oauthHandleRedirectIfPresent(opts) {
  if (typeof window === "undefined" && !opts?.redirectedUrl) {
    throw new Error("oauthHandleRedirect is only available in the browser, unless you provide redirectedUrl");
  }
  if (typeof localStorage === "undefined" && (!opts?.nonce || !opts?.codeVerifier)) {
    throw new Error(
      "oauthHandleRedirect requires localStorage to be available, unless you provide nonce and codeVerifier"
    );
  }
  const searchParams = new URLSearchParams(opts?.redirectedUrl ?? window.location.search);
  if (searchParams.has("error")) {
    return oauthHandleRedirect(opts);
  }
  if (searchParams.has("code")) {
    if (!localStorage.getItem("huggingface.co:oauth:nonce")) {
      console.warn(
        "Missing oauth nonce from localStorage. This can happen when the user refreshes the page after logging in, without changing the URL."
      );
      return false;
    }
    return oauthHandleRedirect(opts);
  }
  return false;
}

// src/lib/oauth-login-url.ts
async function oauthLoginUrl(opts) {
  if (typeof window === "undefined" && (!opts?.redirectUrl || !opts?.clientId)) {
    throw new Error("oauthLogin is only available in the browser, unless you provide clientId and redirectUrl");
  }
  if (typeof localStorage === "undefined" && !opts?.localStorage) {
    throw new Error(
      "oauthLogin requires localStorage to be available in the context, unless you provide a localStorage empty object as argument"
    );
  }
  const hubUrl = opts?.hubUrl || HUB_URL;
  const openidConfigUrl = `${new URL(hubUrl).origin}/.well-known/openid-configuration`;
  const openidConfigRes = await fetch(openidConfigUrl, {
    headers: {
      Accept: "application/json"
    }
  });
  if (!openidConfigRes.ok) {
    throw await createApiError(openidConfigRes);
  }
  const opendidConfig = await openidConfigRes.json();
  const newNonce = globalThis.crypto.randomUUID();
  const newCodeVerifier = globalThis.crypto.randomUUID() + globalThis.crypto.randomUUID();
  if (opts?.localStorage) {
    if (opts.localStorage.codeVerifier !== void 0 && opts.localStorage.codeVerifier !== null) {
      throw new Error(
        "localStorage.codeVerifier must be initially set to null or undefined, and will be filled by oauthLoginUrl"
      );
    }
    if (opts.localStorage.nonce !== void 0 && opts.localStorage.nonce !== null) {
      throw new Error(
        "localStorage.nonce must be initially set to null or undefined, and will be filled by oauthLoginUrl"
      );
    }
    opts.localStorage.codeVerifier = newCodeVerifier;
    opts.localStorage.nonce = newNonce;
  } else {
    localStorage.setItem("huggingface.co:oauth:nonce", newNonce);
    localStorage.setItem("huggingface.co:oauth:code_verifier", newCodeVerifier);
  }
  const redirectUri = opts?.redirectUrl || (typeof window !== "undefined" ? window.location.href : void 0);
  if (!redirectUri) {
    throw new Error("Missing redirectUrl");
  }
  const state = JSON.stringify({
    nonce: newNonce,
    redirectUri,
    state: opts?.state
  });
  const variables = (
    // @ts-expect-error window.huggingface is defined inside static Spaces.
    typeof window !== "undefined" ? window.huggingface?.variables ?? null : null
  );
  const clientId = opts?.clientId || variables?.OAUTH_CLIENT_ID;
  if (!clientId) {
    if (variables) {
      throw new Error("Missing clientId, please add hf_oauth: true to the README.md's metadata in your static Space");
    }
    throw new Error("Missing clientId");
  }
  const challenge = base64FromBytes(
    new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(newCodeVerifier)))
  ).replace(/[+]/g, "-").replace(/[/]/g, "_").replace(/=/g, "");
  return `${opendidConfig.authorization_endpoint}?${new URLSearchParams({
    client_id: clientId,
    scope: opts?.scopes || variables?.OAUTH_SCOPES || "openid profile",
    response_type: "code",
    redirect_uri: redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256"
  }).toString()}`;
}

// src/utils/typedEntries.ts
function typedEntries(obj) {
  return Object.entries(obj);
}

// src/utils/streamJson.ts
var JsonStreamParseError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "JsonStreamParseError";
  }
};
var DEFAULT_MAX_TOKEN_LENGTH = 16e6;
var DEFAULT_MAX_DEPTH = 1e3;
var S_VALUE = 0;
var S_VALUE_OR_ARRAY_END = 1;
var S_STRING = 2;
var S_STRING_ESCAPE = 3;
var S_STRING_UNICODE = 4;
var S_NUMBER = 5;
var S_LITERAL = 6;
var S_AFTER_VALUE = 7;
var S_KEY = 8;
var S_KEY_OR_OBJECT_END = 9;
var S_AFTER_KEY = 10;
var S_DONE = 11;
var ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	"
};
function chunk_AXSL4LYE_isWhitespace(c) {
  return c === " " || c === "\n" || c === "\r" || c === "	";
}
function isNumberChar(c) {
  return c >= "0" && c <= "9" || c === "-" || c === "+" || c === "." || c === "e" || c === "E";
}
function isHexDigit(c) {
  return c >= "0" && c <= "9" || c >= "a" && c <= "f" || c >= "A" && c <= "F";
}
async function* toByteChunks(source) {
  if (!("getReader" in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      if (value) {
        yield value;
      }
    }
  } finally {
    await reader.cancel().catch(() => void 0);
  }
}
async function* streamJson(source, options) {
  const maxTokenLength = options?.maxTokenLength ?? DEFAULT_MAX_TOKEN_LENGTH;
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_DEPTH;
  let state = S_VALUE;
  const stack = [];
  let token = "";
  let stringIsKey = false;
  let unicode = "";
  function checkTokenLength() {
    if (token.length > maxTokenLength) {
      throw new JsonStreamParseError(`JSON token exceeds the maximum length of ${maxTokenLength} characters`);
    }
  }
  function afterValue() {
    state = stack.length === 0 ? S_DONE : S_AFTER_VALUE;
  }
  function finishNumber() {
    const value = Number(token);
    if (token === "" || !Number.isFinite(value)) {
      throw new JsonStreamParseError(`Invalid JSON number: ${JSON.stringify(token)}`);
    }
    token = "";
    afterValue();
    return { type: "value", value };
  }
  function finishLiteral() {
    const text = token;
    token = "";
    afterValue();
    switch (text) {
      case "true":
        return { type: "value", value: true };
      case "false":
        return { type: "value", value: false };
      case "null":
        return { type: "value", value: null };
      default:
        throw new JsonStreamParseError(`Invalid JSON literal: ${JSON.stringify(text)}`);
    }
  }
  function unexpected(c) {
    throw new JsonStreamParseError(`Unexpected character ${JSON.stringify(c)} in JSON`);
  }
  function pushContainer(isArray) {
    if (stack.length >= maxDepth) {
      throw new JsonStreamParseError(`JSON nesting is deeper than the maximum of ${maxDepth} levels`);
    }
    stack.push(isArray);
  }
  function* feed(chunk2) {
    let i = 0;
    while (i < chunk2.length) {
      if (state === S_STRING) {
        let j = i;
        while (j < chunk2.length && chunk2[j] !== '"' && chunk2[j] !== "\\") {
          j++;
        }
        if (j > i) {
          token += chunk2.slice(i, j);
          checkTokenLength();
          i = j;
          continue;
        }
        if (chunk2[i] === "\\") {
          state = S_STRING_ESCAPE;
          i++;
          continue;
        }
        i++;
        const text = token;
        token = "";
        if (stringIsKey) {
          stringIsKey = false;
          state = S_AFTER_KEY;
          yield { type: "key", key: text };
        } else {
          afterValue();
          yield { type: "value", value: text };
        }
        continue;
      }
      if (state === S_STRING_ESCAPE) {
        const c2 = chunk2[i++];
        if (c2 === "u") {
          unicode = "";
          state = S_STRING_UNICODE;
          continue;
        }
        const escaped = ESCAPES[c2];
        if (escaped === void 0) {
          throw new JsonStreamParseError(`Invalid escape sequence "\\${c2}" in JSON string`);
        }
        token += escaped;
        checkTokenLength();
        state = S_STRING;
        continue;
      }
      if (state === S_STRING_UNICODE) {
        const c2 = chunk2[i++];
        if (!isHexDigit(c2)) {
          throw new JsonStreamParseError(`Invalid unicode escape "\\u${unicode}${c2}" in JSON string`);
        }
        unicode += c2;
        if (unicode.length === 4) {
          token += String.fromCharCode(parseInt(unicode, 16));
          checkTokenLength();
          unicode = "";
          state = S_STRING;
        }
        continue;
      }
      if (state === S_NUMBER) {
        let j = i;
        while (j < chunk2.length && isNumberChar(chunk2[j])) {
          j++;
        }
        if (j > i) {
          token += chunk2.slice(i, j);
          checkTokenLength();
          i = j;
          continue;
        }
        yield finishNumber();
        continue;
      }
      if (state === S_LITERAL) {
        let j = i;
        while (j < chunk2.length && chunk2[j] >= "a" && chunk2[j] <= "z") {
          j++;
        }
        if (j > i) {
          token += chunk2.slice(i, j);
          checkTokenLength();
          i = j;
          continue;
        }
        yield finishLiteral();
        continue;
      }
      const c = chunk2[i];
      if (chunk_AXSL4LYE_isWhitespace(c)) {
        i++;
        continue;
      }
      switch (state) {
        case S_VALUE:
        case S_VALUE_OR_ARRAY_END: {
          if (c === "]") {
            if (state !== S_VALUE_OR_ARRAY_END) {
              unexpected(c);
            }
            stack.pop();
            afterValue();
            i++;
            yield { type: "endArray" };
            break;
          }
          if (c === "{") {
            pushContainer(false);
            state = S_KEY_OR_OBJECT_END;
            i++;
            yield { type: "startObject" };
            break;
          }
          if (c === "[") {
            pushContainer(true);
            state = S_VALUE_OR_ARRAY_END;
            i++;
            yield { type: "startArray" };
            break;
          }
          if (c === '"') {
            stringIsKey = false;
            state = S_STRING;
            i++;
            break;
          }
          if (c === "-" || c >= "0" && c <= "9") {
            state = S_NUMBER;
            break;
          }
          if (c >= "a" && c <= "z") {
            state = S_LITERAL;
            break;
          }
          unexpected(c);
          break;
        }
        case S_KEY:
        case S_KEY_OR_OBJECT_END: {
          if (c === "}") {
            if (state !== S_KEY_OR_OBJECT_END) {
              unexpected(c);
            }
            stack.pop();
            afterValue();
            i++;
            yield { type: "endObject" };
            break;
          }
          if (c === '"') {
            stringIsKey = true;
            state = S_STRING;
            i++;
            break;
          }
          unexpected(c);
          break;
        }
        case S_AFTER_KEY: {
          if (c !== ":") {
            unexpected(c);
          }
          state = S_VALUE;
          i++;
          break;
        }
        case S_AFTER_VALUE: {
          if (c === ",") {
            state = stack[stack.length - 1] ? S_VALUE : S_KEY;
            i++;
            break;
          }
          if (c === "}") {
            if (stack[stack.length - 1] !== false) {
              unexpected(c);
            }
            stack.pop();
            afterValue();
            i++;
            yield { type: "endObject" };
            break;
          }
          if (c === "]") {
            if (stack[stack.length - 1] !== true) {
              unexpected(c);
            }
            stack.pop();
            afterValue();
            i++;
            yield { type: "endArray" };
            break;
          }
          unexpected(c);
          break;
        }
        case S_DONE:
          throw new JsonStreamParseError(`Unexpected trailing content ${JSON.stringify(c)} after JSON value`);
        default:
          throw new JsonStreamParseError(`Unreachable parser state ${state}`);
      }
    }
  }
  const decoder = new TextDecoder("utf-8");
  for await (const bytes of toByteChunks(source)) {
    const chunk2 = decoder.decode(bytes, { stream: true });
    if (chunk2.length > 0) {
      yield* feed(chunk2);
    }
  }
  const tail = decoder.decode();
  if (tail.length > 0) {
    yield* feed(tail);
  }
  if (state === S_NUMBER) {
    yield finishNumber();
  } else if (state === S_LITERAL) {
    yield finishLiteral();
  }
  if (state !== S_DONE) {
    throw new JsonStreamParseError("Unexpected end of JSON input");
  }
}

// src/utils/typedInclude.ts
function typedInclude(arr, v) {
  return arr.includes(v);
}

// src/utils/omit.ts
function omit(o, props) {
  const propsArr = Array.isArray(props) ? props : [props];
  const letsKeep = Object.keys(o).filter((prop) => !typedInclude(propsArr, prop));
  return pick(o, letsKeep);
}

// src/lib/parse-safetensors-index.ts
var SafetensorsIndexParseError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SafetensorsIndexParseError";
  }
};
var chunk_AXSL4LYE_MAX_INDEX_BYTES = 25e7;
var MAX_WEIGHT_MAP_ENTRIES = 2e5;
var MAX_METADATA_ENTRIES = 1e3;
var MAX_TOKEN_LENGTH = 1e5;
var chunk_AXSL4LYE_MAX_DEPTH = 64;
var MAX_RETAINED_CHARS = 4e6;
var MAX_WEIGHT_MAP_CHARS = 24e6;
async function* limitBytes(stream, maxBytes) {
  let total = 0;
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      if (!value) {
        continue;
      }
      total += value.length;
      if (total > maxBytes) {
        throw new SafetensorsIndexParseError(
          `safetensors index is too big. Maximum supported size is ${maxBytes} bytes.`
        );
      }
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => void 0);
  }
}
async function parseSafetensorsIndexStream(stream, options) {
  const maxBytes = options?.maxBytes ?? chunk_AXSL4LYE_MAX_INDEX_BYTES;
  const maxWeightMapEntries = options?.maxWeightMapEntries ?? MAX_WEIGHT_MAP_ENTRIES;
  const maxShardCount = options?.maxShardCount ?? Infinity;
  const shardFilenames = [];
  const shardSet = /* @__PURE__ */ new Set();
  let weightMap = {};
  let weightMapEntryCount = 0;
  let retainedInWeightMap = 0;
  let metadata;
  let dtype;
  let depth = 0;
  let rootKey;
  let entryKey;
  let sawRootObject = false;
  let retainedChars = 0;
  const retain = (chars) => {
    retainedChars += chars;
    if (retainedChars > MAX_RETAINED_CHARS) {
      throw new SafetensorsIndexParseError(
        `safetensors index retains more than ${MAX_RETAINED_CHARS} characters of metadata/filenames`
      );
    }
  };
  for await (const event of streamJson(limitBytes(stream, maxBytes), {
    maxTokenLength: MAX_TOKEN_LENGTH,
    maxDepth: chunk_AXSL4LYE_MAX_DEPTH
  })) {
    switch (event.type) {
      case "startObject":
      case "startArray":
        depth++;
        if (depth === 1) {
          if (event.type === "startArray") {
            throw new SafetensorsIndexParseError("safetensors index must be a JSON object");
          }
          sawRootObject = true;
        }
        entryKey = void 0;
        break;
      case "endObject":
      case "endArray":
        depth--;
        if (depth <= 1) {
          rootKey = void 0;
          entryKey = void 0;
        }
        break;
      case "key":
        if (depth === 1) {
          rootKey = event.key;
          entryKey = void 0;
        } else {
          entryKey = event.key;
        }
        break;
      case "value": {
        if (depth === 1) {
          if (rootKey === "dtype" && typeof event.value === "string") {
            dtype = event.value;
          }
          rootKey = void 0;
          break;
        }
        if (depth !== 2 || entryKey === void 0) {
          break;
        }
        if (rootKey === "weight_map") {
          if (typeof event.value !== "string") {
            break;
          }
          weightMapEntryCount++;
          if (!shardSet.has(event.value)) {
            retain(event.value.length);
            shardSet.add(event.value);
            shardFilenames.push(event.value);
            if (shardSet.size > maxShardCount) {
              throw new SafetensorsIndexParseError(
                `Too many shard files (>${maxShardCount}). Maximum supported is ${maxShardCount}.`
              );
            }
          }
          if (weightMap !== void 0) {
            retainedInWeightMap += entryKey.length + event.value.length;
            if (weightMapEntryCount > maxWeightMapEntries || retainedInWeightMap > MAX_WEIGHT_MAP_CHARS) {
              weightMap = void 0;
            } else {
              weightMap[entryKey] = event.value;
            }
          }
        } else if (rootKey === "metadata") {
          metadata ??= {};
          if (Object.keys(metadata).length < MAX_METADATA_ENTRIES) {
            retain(entryKey.length + (typeof event.value === "string" ? event.value.length : 8));
            metadata[entryKey] = event.value;
          }
        }
        entryKey = void 0;
        break;
      }
    }
  }
  if (!sawRootObject) {
    throw new SafetensorsIndexParseError("safetensors index must be a JSON object");
  }
  return { dtype, metadata, shardFilenames, weightMapEntryCount, weightMap };
}

// src/lib/parse-safetensors-metadata.ts
var SAFETENSORS_FILE = "model.safetensors";
var SAFETENSORS_INDEX_FILE = "model.safetensors.index.json";
var DIFFUSERS_SAFETENSORS_FILE = "diffusion_pytorch_model.safetensors";
var DIFFUSERS_SAFETENSORS_INDEX_FILE = "diffusion_pytorch_model.safetensors.index.json";
var DIFFUSERS_WEIGHTS_SUBFOLDERS = ["transformer", "unet"];
var RE_SAFETENSORS_FILE = /\.safetensors$/;
var RE_SAFETENSORS_INDEX_FILE = /\.safetensors\.index\.json$/;
var RE_SAFETENSORS_SHARD_FILE = /^(?<prefix>(?<basePrefix>.*?)[_-])(?<shard>\d{5,6})-of-(?<total>\d{5,6})\.safetensors$/;
function parseSafetensorsShardFilename(filename) {
  const match = RE_SAFETENSORS_SHARD_FILE.exec(filename);
  if (match && match.groups) {
    return {
      prefix: match.groups["prefix"],
      basePrefix: match.groups["basePrefix"],
      shard: match.groups["shard"],
      total: match.groups["total"]
    };
  }
  return null;
}
var PARALLEL_DOWNLOADS = 20;
var MAX_HEADER_LENGTH = 25e6;
var MAX_CONFIG_LENGTH = 1e7;
var MAX_SHARD_COUNT = 1e4;
var MAX_TENSOR_DIM = (/* unused pure expression or super */ null && (2 ** 32));
var GPTQ_QWEIGHT_SUFFIX = "qweight";
var GPTQ_AWQ_AUXILIARY_SUFFIXES = (/* unused pure expression or super */ null && (["qzeros", "g_idx", "scales"]));
var MLX_QUANTIZATION_METHOD = "mlx";
var MLX_QUANTIZATION_MODES = /* @__PURE__ */ new Set(["affine", "mxfp4", "nvfp4", "mxfp8"]);
var MLX_AFFINE_BITS = /* @__PURE__ */ new Set([2, 3, 4, 5, 6, 8]);
var MLX_AFFINE_GROUP_SIZES = /* @__PURE__ */ new Set([32, 64, 128]);
var QUANTIZATION_AUXILIARY_SUFFIXES = (/* unused pure expression or super */ null && ([
  // NB: a bare `.scale` / `.scales` is deliberately absent — some architectures have *learnable*
  // scale parameters under that name, and dropping those would undercount. The block scales that
  // do use it (e.g. DeepSeek-V4's `attn.wkv.scale`) are caught by SCALE_ONLY_DTYPES instead,
  // and GPTQ/AWQ `scales` is already handled by the gptq/awq branch below.
  "weight_scale",
  "weight_scale_inv",
  "weight_scale_2",
  "weight_global_scale",
  "weight_zero_point",
  "input_scale",
  "input_global_scale",
  "input_zero_point",
  "zero_point",
  // compressed-tensors records each packed tensor's logical shape alongside it; it's a 2-element
  // I32 tensor, so it was not only counted but multiplied by the packing factor.
  "weight_shape",
  // Activation-ordering permutation indices, emitted by the pack-quantized compressor whenever
  // `actorder: "group"`. One I32 index per input column, so — like `weight_shape` — it was both
  // counted and scaled by the packing factor.
  "weight_g_idx"
]));
var MXFP4_SCALES_SUFFIX = "_scales";
var BITSANDBYTES_AUXILIARY_SUFFIXES = (/* unused pure expression or super */ null && (["absmax", "quant_map", "nested_absmax", "nested_quant_map"]));
var BITSANDBYTES_QUANT_STATE_PREFIX = "bitsandbytes__";
var SCALE_ONLY_DTYPES = /* @__PURE__ */ new Set(["F8_E8M0", "E8M0", "UE8"]);
var INTEGER_CONTAINER_BITS = {
  U8: 8,
  I8: 8,
  U16: 16,
  I16: 16,
  U32: 32,
  I32: 32
};
var SUB_BYTE_FORMAT_BITS = (/* unused pure expression or super */ null && ([
  ["nvfp4", 4],
  ["mxfp4", 4],
  ["fp4", 4],
  ["int4", 4],
  ["uint4", 4],
  ["nf4", 4],
  ["int2", 2]
]));
function isRoutedExpertTensor(tensorName) {
  return tensorName.includes(".experts.") && !tensorName.includes("shared_experts");
}
function bitsFromFormatString(format) {
  if (typeof format !== "string") {
    return void 0;
  }
  const normalized = format.toLowerCase();
  return SUB_BYTE_FORMAT_BITS.find(([pattern]) => normalized.includes(pattern))?.[1];
}
function packingFactor(dtype, numBits) {
  const containerBits = INTEGER_CONTAINER_BITS[dtype];
  if (!containerBits || !numBits || numBits <= 0 || numBits >= containerBits) {
    return 1;
  }
  return containerBits / numBits;
}
var SafetensorParseError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SafetensorParseError";
  }
};
function validateTensorEntry(path2, tensorName, info, fileSizeBytes) {
  if (!Array.isArray(info.shape) || !Array.isArray(info.data_offsets) || info.data_offsets.length !== 2) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: tensor "${tensorName}" is malformed.`);
  }
  for (const dim of info.shape) {
    if (!Number.isFinite(dim) || !Number.isInteger(dim) || dim < 0) {
      throw new SafetensorParseError(
        `Failed to parse file ${path2}: tensor "${tensorName}" has an invalid dimension (${dim}).`
      );
    }
    if (dim > MAX_TENSOR_DIM) {
      throw new SafetensorParseError(
        `Failed to parse file ${path2}: tensor "${tensorName}" dimension is ${dim}, which exceeds the maximum allowed (${MAX_TENSOR_DIM}).`
      );
    }
  }
  const [begin, end] = info.data_offsets;
  if (!Number.isFinite(begin) || !Number.isFinite(end) || !Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end < begin) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: tensor "${tensorName}" has invalid data_offsets.`);
  }
  if (fileSizeBytes !== void 0 && end > fileSizeBytes) {
    throw new SafetensorParseError(
      `Failed to parse file ${path2}: tensor "${tensorName}" declares data_offsets ending at ${end}, which exceeds the file size (${fileSizeBytes} bytes). The file is malformed.`
    );
  }
}
async function fetchModelConfig(params) {
  try {
    const configBlob = await downloadFile({
      ...params,
      path: "config.json"
    });
    if (!configBlob) {
      return null;
    }
    const config = JSON.parse(await configBlob.slice(0, MAX_CONFIG_LENGTH).text());
    return config;
  } catch (error) {
    return null;
  }
}
async function parseSingleFile(path2, params) {
  const blob = await downloadFile({ ...params, path: path2 });
  if (!blob) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: failed to fetch safetensors header length.`);
  }
  const bufLengthOfHeaderLE = await blob.slice(0, 8).arrayBuffer();
  const lengthOfHeader = new DataView(bufLengthOfHeaderLE).getBigUint64(0, true);
  if (lengthOfHeader <= 0) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: safetensors header is malformed.`);
  }
  if (lengthOfHeader > MAX_HEADER_LENGTH) {
    throw new SafetensorParseError(
      `Failed to parse file ${path2}: safetensor header is too big. Maximum supported size is ${MAX_HEADER_LENGTH} bytes.`
    );
  }
  let header;
  try {
    header = JSON.parse(await blob.slice(8, 8 + Number(lengthOfHeader)).text());
  } catch (err) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: safetensors header is not valid JSON.`);
  }
  const fileSizeBytes = Number.isFinite(blob.size) && blob.size >= 0 ? blob.size : void 0;
  for (const [tensorName, info] of typedEntries(omit(header, "__metadata__"))) {
    validateTensorEntry(path2, tensorName, info, fileSizeBytes);
  }
  return { header, fileSizeBytes };
}
async function parseShardedIndex(path2, params) {
  const indexBlob = await downloadFile({
    ...params,
    path: path2
  });
  if (!indexBlob) {
    throw new SafetensorParseError(`Failed to parse file ${path2}: failed to fetch safetensors index.`);
  }
  try {
    const { dtype, metadata, shardFilenames, weightMap } = await parseSafetensorsIndexStream(indexBlob.stream(), {
      maxShardCount: MAX_SHARD_COUNT
    });
    return {
      index: { dtype, metadata, weight_map: weightMap },
      shardFilenames
    };
  } catch (error) {
    throw new SafetensorParseError(
      `Failed to parse file ${path2}: ${error instanceof Error ? error.message : "not a valid JSON."}`
    );
  }
}
function assertSafeShardFilename(filename) {
  const unsafe = (reason) => {
    throw new SafetensorParseError(`Unsafe shard filename in weight_map: "${filename}" (${reason})`);
  };
  if (!filename) {
    unsafe("empty");
  }
  let decoded = filename;
  for (let i = 0; i < 5; i++) {
    let next;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return unsafe("malformed percent-encoding");
    }
    if (next === decoded) {
      break;
    }
    decoded = next;
  }
  for (const candidate of /* @__PURE__ */ new Set([filename, decoded])) {
    for (let i = 0; i < candidate.length; i++) {
      const code = candidate.charCodeAt(i);
      if (code <= 31 || code === 127) {
        unsafe("control character");
      }
    }
    if (candidate.includes("\\")) {
      unsafe("backslash");
    }
    if (candidate.startsWith("/")) {
      unsafe("absolute path");
    }
    if (candidate.slice(0, candidate.indexOf("/") === -1 ? candidate.length : candidate.indexOf("/")).includes(":")) {
      unsafe("scheme-like first path segment");
    }
    for (const segment of candidate.split("/")) {
      if (segment === "." || segment === "..") {
        unsafe("dot segment");
      }
    }
  }
}
function encodeShardFilename(filename) {
  return filename.split("/").map(encodeURIComponent).join("/");
}
async function fetchAllHeaders(path2, filenames, params) {
  const pathPrefix = path2.slice(0, path2.lastIndexOf("/") + 1);
  if (filenames.length > MAX_SHARD_COUNT) {
    throw new SafetensorParseError(
      `Too many shard files (${filenames.length}). Maximum supported is ${MAX_SHARD_COUNT}.`
    );
  }
  for (const filename of filenames) {
    assertSafeShardFilename(filename);
  }
  const shardedMap = Object.fromEntries(
    (await promisesQueue(
      filenames.map(
        (filename) => async () => [filename, await parseSingleFile(pathPrefix + encodeShardFilename(filename), params)]
      ),
      PARALLEL_DOWNLOADS
    )).map(([filename, { header }]) => [filename, header])
  );
  return shardedMap;
}
function parseTotalParameters(value, computedTotal) {
  if (!value) {
    return void 0;
  }
  const parsed = typeof value === "number" ? value : parseInt(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    return void 0;
  }
  if (computedTotal !== void 0 && parsed > computedTotal) {
    return computedTotal;
  }
  return parsed;
}
var LIBRARY_WEIGHT_CANDIDATES = {
  // diffusers keeps the main module (the diffusion transformer / U-Net) under a subfolder,
  // or at the repo root for single-component repos (ControlNets, standalone VAEs). This matches
  // how a diffusion model's size is conventionally reported: the diffusion transformer / U-Net,
  // not the sum of VAE + text encoders.
  diffusers: [
    ...DIFFUSERS_WEIGHTS_SUBFOLDERS.map((folder) => ({
      single: `${folder}/${DIFFUSERS_SAFETENSORS_FILE}`,
      index: `${folder}/${DIFFUSERS_SAFETENSORS_INDEX_FILE}`
    })),
    { single: DIFFUSERS_SAFETENSORS_FILE, index: DIFFUSERS_SAFETENSORS_INDEX_FILE }
  ]
};
async function parseSafetensorsMetadata(params) {
  const repoId = toRepoId(params.repo);
  if (repoId.type !== "model") {
    throw new TypeError("Only model repos should contain safetensors files.");
  }
  const modelConfig = params.computeParametersCount ? await fetchModelConfig(params) : null;
  const quantConfig = getModelQuantizationConfig(modelConfig) ?? getModelQuantizationConfig(modelConfig?.text_config ?? null);
  const expertDtype = modelConfig?.expert_dtype ?? modelConfig?.text_config?.expert_dtype;
  let location;
  if (params.path) {
    if (RE_SAFETENSORS_FILE.test(params.path)) {
      location = { path: params.path, sharded: false };
    } else if (RE_SAFETENSORS_INDEX_FILE.test(params.path)) {
      location = { path: params.path, sharded: true };
    }
  } else {
    const candidates = [
      { single: SAFETENSORS_FILE, index: SAFETENSORS_INDEX_FILE },
      ...params.library ? LIBRARY_WEIGHT_CANDIDATES[params.library] ?? [] : []
    ];
    for (const { single, index } of candidates) {
      if (await fileExists({ ...params, path: single })) {
        location = { path: single, sharded: false };
        break;
      }
      if (await fileExists({ ...params, path: index })) {
        location = { path: index, sharded: true };
        break;
      }
    }
  }
  if (location && !location.sharded) {
    const { header } = await parseSingleFile(location.path, params);
    const paramStats = params.computeParametersCount ? (() => {
      const parameterCount = computeNumOfParamsByDtypeSingleFile(header, quantConfig, expertDtype);
      return {
        parameterCount,
        /// shortcut: get param count directly from metadata
        parameterTotal: parseTotalParameters(
          header.__metadata__?.total_parameters,
          chunk_AXSL4LYE_sum(Object.values(parameterCount))
        )
      };
    })() : void 0;
    return {
      sharded: false,
      header,
      ...paramStats,
      filepaths: [location.path]
    };
  } else if (location) {
    const path2 = location.path;
    const { index, shardFilenames } = await parseShardedIndex(path2, params);
    const shardedMap = await fetchAllHeaders(path2, shardFilenames, params);
    const pathPrefix = path2.slice(0, path2.lastIndexOf("/") + 1);
    const paramStats = params.computeParametersCount ? (() => {
      const parameterCount = computeNumOfParamsByDtypeSharded(shardedMap, quantConfig, expertDtype);
      return {
        parameterCount,
        /// shortcut: get param count directly from metadata
        parameterTotal: parseTotalParameters(index.metadata?.total_parameters, chunk_AXSL4LYE_sum(Object.values(parameterCount)))
      };
    })() : void 0;
    return {
      sharded: true,
      index,
      headers: shardedMap,
      ...paramStats,
      filepaths: [path2, ...Object.keys(shardedMap).map((filename) => pathPrefix + filename)]
    };
  } else {
    throw new Error("model id does not seem to contain safetensors weights");
  }
}
function getQuantizationMethod(quantConfig) {
  return typeof quantConfig?.quant_method === "string" ? quantConfig.quant_method.toLowerCase() : void 0;
}
var MLX_MODE_DEFAULTS = {
  affine: { bits: 4, groupSize: 64 },
  mxfp4: { bits: 4, groupSize: 32 },
  nvfp4: { bits: 4, groupSize: 16 },
  mxfp8: { bits: 8, groupSize: 32 }
};
function parseMlxQuantizationParameters(bits, groupSize, mode) {
  if (mode !== void 0 && typeof mode !== "string") {
    return void 0;
  }
  const normalizedMode = (mode ?? "affine").toLowerCase();
  if (!MLX_QUANTIZATION_MODES.has(normalizedMode)) {
    return void 0;
  }
  const defaults = MLX_MODE_DEFAULTS[normalizedMode];
  const resolvedBits = bits ?? defaults.bits;
  const resolvedGroupSize = groupSize ?? defaults.groupSize;
  if (typeof resolvedBits !== "number" || !Number.isInteger(resolvedBits) || typeof resolvedGroupSize !== "number" || !Number.isInteger(resolvedGroupSize)) {
    return void 0;
  }
  const valid = normalizedMode === "affine" && MLX_AFFINE_BITS.has(resolvedBits) && MLX_AFFINE_GROUP_SIZES.has(resolvedGroupSize) || normalizedMode === "mxfp4" && resolvedBits === 4 && resolvedGroupSize === 32 || normalizedMode === "nvfp4" && resolvedBits === 4 && resolvedGroupSize === 16 || normalizedMode === "mxfp8" && resolvedBits === 8 && resolvedGroupSize === 32;
  return valid ? { bits: resolvedBits, groupSize: resolvedGroupSize, mode: normalizedMode } : void 0;
}
function hasMlxParameterFields(value) {
  return "bits" in value || "group_size" in value || "mode" in value;
}
function hasValidMlxConfiguration(quantConfig) {
  if (hasMlxParameterFields(quantConfig) && parseMlxQuantizationParameters(quantConfig.bits, quantConfig.group_size, quantConfig.mode)) {
    return true;
  }
  return Object.values(quantConfig).some(
    (value) => typeof value === "object" && value !== null && hasMlxParameterFields(value) && Boolean(
      parseMlxQuantizationParameters(
        value.bits,
        value.group_size,
        value.mode
      )
    )
  );
}
function getModelQuantizationConfig(modelConfig) {
  const mlxConfig = modelConfig?.quantization;
  const mlxMethod = getQuantizationMethod(mlxConfig);
  if (mlxConfig && (mlxConfig.quant_method === void 0 || mlxMethod === MLX_QUANTIZATION_METHOD) && hasValidMlxConfiguration(mlxConfig)) {
    return {
      ...mlxConfig,
      quant_method: MLX_QUANTIZATION_METHOD,
      mode: mlxConfig.mode ?? "affine"
    };
  }
  const quantConfig = modelConfig?.quantization_config;
  const quantMethod = getQuantizationMethod(quantConfig);
  if (quantConfig && (quantConfig.quant_method === void 0 || quantMethod === MLX_QUANTIZATION_METHOD)) {
    const mode = quantConfig.mode ?? "affine";
    if (hasValidMlxConfiguration(quantConfig)) {
      return { ...quantConfig, mode, quant_method: MLX_QUANTIZATION_METHOD };
    }
  }
  return quantConfig;
}
function getMlxQuantizationParameters(tensorName, quantConfig) {
  const moduleName = getTensorModuleName(tensorName);
  const moduleConfig = quantConfig[moduleName];
  if (moduleConfig === false) {
    return void 0;
  }
  const override = typeof moduleConfig === "object" && moduleConfig !== null ? moduleConfig : void 0;
  return override ? parseMlxQuantizationParameters(override.bits, override.group_size, override.mode) : parseMlxQuantizationParameters(quantConfig.bits, quantConfig.group_size, quantConfig.mode);
}
function getTensorModuleName(tensorName) {
  const suffixIndex = tensorName.lastIndexOf(".");
  return suffixIndex === -1 ? tensorName : tensorName.slice(0, suffixIndex);
}
function getMlxQuantizedModules(headers, quantConfig) {
  if (!quantConfig || getQuantizationMethod(quantConfig) !== MLX_QUANTIZATION_METHOD) {
    return void 0;
  }
  const modulesWithScales = /* @__PURE__ */ new Set();
  const modulesWithBiases = /* @__PURE__ */ new Set();
  const modulesWithU32Weights = /* @__PURE__ */ new Set();
  for (const header of headers) {
    for (const [tensorName, info] of typedEntries(omit(header, "__metadata__"))) {
      const suffix = getTensorSuffix(tensorName);
      if (suffix === "scales") {
        modulesWithScales.add(getTensorModuleName(tensorName));
      } else if (suffix === "biases") {
        modulesWithBiases.add(getTensorModuleName(tensorName));
      } else if (suffix === "weight" && info.dtype === "U32") {
        modulesWithU32Weights.add(getTensorModuleName(tensorName));
      }
    }
  }
  const quantizedModules = /* @__PURE__ */ new Set();
  for (const moduleName of modulesWithU32Weights) {
    const params = getMlxQuantizationParameters(`${moduleName}.weight`, quantConfig);
    if (params && modulesWithScales.has(moduleName) && (params.mode !== "affine" || modulesWithBiases.has(moduleName))) {
      quantizedModules.add(moduleName);
    }
  }
  return quantizedModules;
}
function globMatch(pattern, str) {
  const parts = pattern.split("*");
  if (parts.length === 1) {
    return pattern === str;
  }
  if (!str.startsWith(parts[0])) {
    return false;
  }
  let pos = parts[0].length;
  const lastPart = parts[parts.length - 1];
  if (!str.endsWith(lastPart)) {
    return false;
  }
  const end = str.length - lastPart.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const idx = str.indexOf(parts[i], pos);
    if (idx === -1 || idx + parts[i].length > end) {
      return false;
    }
    pos = idx + parts[i].length;
  }
  return pos <= end;
}
function isQuantizedTensor(tensorName, quantConfig, mlxQuantizedModules) {
  if (!quantConfig) {
    return false;
  }
  if (getQuantizationMethod(quantConfig) === MLX_QUANTIZATION_METHOD) {
    return getMlxQuantizationParameters(tensorName, quantConfig) !== void 0 && (mlxQuantizedModules === void 0 || mlxQuantizedModules.has(getTensorModuleName(tensorName)));
  }
  if (quantConfig.ignore?.length) {
    const suffixIndex = tensorName.lastIndexOf(".weight");
    const moduleName = suffixIndex === -1 ? tensorName : tensorName.slice(0, suffixIndex);
    if (quantConfig.ignore.some((target) => matchesCompressedTensorsTarget(target, moduleName))) {
      return false;
    }
  }
  const patterns = quantConfig.modules_to_not_convert;
  if (!patterns?.length) {
    return true;
  }
  return !patterns.some(
    (pattern) => pattern.includes("*") ? globMatch(pattern, tensorName) : tensorName.includes(pattern)
  );
}
function matchesCompressedTensorsTarget(target, moduleName) {
  if (!target.startsWith("re:")) {
    return target === moduleName;
  }
  let pattern = target.slice(3);
  if (pattern.startsWith("^")) {
    pattern = pattern.slice(1);
  }
  if (pattern.endsWith("$")) {
    pattern = pattern.slice(0, -1);
  } else {
    pattern += ".*";
  }
  const glob = pattern.replaceAll(".*", "*").replaceAll("\\.", ".");
  if (/[\\+?()[\]{}|^$]/.test(glob)) {
    return false;
  }
  return globMatch(glob, moduleName);
}
function getQuantizationMultiplier(tensorName, dtype, quantConfig, expertDtype, mlxQuantizedModules) {
  if (!quantConfig || !isQuantizedTensor(tensorName, quantConfig, mlxQuantizedModules)) {
    return 1;
  }
  const quantMethod = getQuantizationMethod(quantConfig);
  switch (quantMethod) {
    case MLX_QUANTIZATION_METHOD: {
      if (dtype !== "U32" || getTensorSuffix(tensorName) !== "weight") {
        return 1;
      }
      return packingFactor(dtype, getMlxQuantizationParameters(tensorName, quantConfig)?.bits);
    }
    case "mxfp4":
      if (dtype === "U8" && tensorName.includes("_blocks")) {
        return 2;
      }
      return 1;
    case "gptq":
    case "awq":
      if (getTensorSuffix(tensorName) === GPTQ_QWEIGHT_SUFFIX) {
        const bits = quantConfig.bits && quantConfig.bits > 0 ? quantConfig.bits : 4;
        return Math.max(1, Math.floor(32 / bits));
      }
      if (quantConfig.bits === 4 && dtype === "U8") {
        return 2;
      }
      if (quantConfig.bits === 2 && dtype === "U8") {
        return 4;
      }
      return 1;
    case "compressed-tensors": {
      if (!INTEGER_CONTAINER_BITS[dtype]) {
        return 1;
      }
      const groups = Object.values(quantConfig.config_groups ?? {});
      const suffixIndex = tensorName.lastIndexOf(".weight");
      const moduleName = suffixIndex === -1 ? tensorName : tensorName.slice(0, suffixIndex);
      const group = groups.find((g) => g.targets?.some((target) => matchesCompressedTensorsTarget(target, moduleName)));
      const format = (group?.format ?? quantConfig.format)?.toLowerCase();
      if (!format?.endsWith("pack-quantized")) {
        return 1;
      }
      const numBits = group?.weights?.num_bits ?? groups.find((g) => g.weights?.num_bits)?.weights?.num_bits ?? // the format string itself carries the width when num_bits is absent
      bitsFromFormatString(format) ?? 4;
      return packingFactor(dtype, numBits);
    }
    case "fp8": {
      if (!isRoutedExpertTensor(tensorName)) {
        return 1;
      }
      return packingFactor(
        dtype,
        bitsFromFormatString(quantConfig.expert_dtype ?? expertDtype ?? quantConfig.store_dtype)
      );
    }
    case "bitsandbytes":
      if (quantConfig.load_in_4bit && dtype === "U8") {
        return 2;
      }
      return 1;
    default:
      if (dtype === "U8" && (quantConfig.load_in_4bit || quantConfig.bits === 4)) {
        return 2;
      }
      return 1;
  }
}
function computeNumOfParamsByDtypeSingleFile(header, quantConfig, expertDtype) {
  return computeNumOfParamsByDtypeForHeader(
    header,
    quantConfig,
    expertDtype,
    getMlxQuantizedModules([header], quantConfig)
  );
}
function computeNumOfParamsByDtypeForHeader(header, quantConfig, expertDtype, mlxQuantizedModules) {
  const counter = {};
  const tensors = omit(header, "__metadata__");
  for (const [tensorName, v] of typedEntries(tensors)) {
    if (shouldSkipTensor(tensorName, v.dtype, quantConfig, mlxQuantizedModules)) {
      continue;
    }
    if (v.shape.length === 0) {
      continue;
    }
    const elements = v.shape.reduce((a, b) => a * b);
    if (!Number.isFinite(elements)) {
      continue;
    }
    const multiplier = quantConfig ? getQuantizationMultiplier(tensorName, v.dtype, quantConfig, expertDtype, mlxQuantizedModules) : 1;
    if (multiplier === 0) {
      continue;
    }
    counter[v.dtype] = (counter[v.dtype] ?? 0) + Math.round(elements * multiplier);
  }
  return counter;
}
function computeNumOfParamsByDtypeSharded(shardedMap, quantConfig, expertDtype) {
  const counter = {};
  const headers = Object.values(shardedMap);
  const mlxQuantizedModules = getMlxQuantizedModules(headers, quantConfig);
  for (const header of headers) {
    for (const [k, v] of typedEntries(
      computeNumOfParamsByDtypeForHeader(header, quantConfig, expertDtype, mlxQuantizedModules)
    )) {
      counter[k] = (counter[k] ?? 0) + (v ?? 0);
    }
  }
  return counter;
}
function getTensorSuffix(tensorName) {
  const lastDotIndex = tensorName.lastIndexOf(".");
  return lastDotIndex === -1 ? tensorName : tensorName.slice(lastDotIndex + 1);
}
function shouldSkipTensor(tensorName, dtype, quantConfig, mlxQuantizedModules) {
  if (SCALE_ONLY_DTYPES.has(dtype)) {
    return true;
  }
  if (!quantConfig) {
    return false;
  }
  if (QUANTIZATION_AUXILIARY_SUFFIXES.includes(getTensorSuffix(tensorName))) {
    return true;
  }
  const quantMethod = getQuantizationMethod(quantConfig);
  if (quantMethod === MLX_QUANTIZATION_METHOD && isQuantizedTensor(tensorName, quantConfig, mlxQuantizedModules)) {
    const suffix2 = getTensorSuffix(tensorName);
    const mode = getMlxQuantizationParameters(tensorName, quantConfig)?.mode;
    return suffix2 === "scales" || suffix2 === "biases" && mode === "affine";
  }
  if (quantMethod === "mxfp4") {
    return dtype === "U8" && getTensorSuffix(tensorName).endsWith(MXFP4_SCALES_SUFFIX);
  }
  if (quantMethod === "bitsandbytes") {
    const bnbSuffix = getTensorSuffix(tensorName);
    return BITSANDBYTES_AUXILIARY_SUFFIXES.includes(bnbSuffix) || bnbSuffix.startsWith(BITSANDBYTES_QUANT_STATE_PREFIX);
  }
  if (quantMethod !== "gptq" && quantMethod !== "awq") {
    return false;
  }
  if (!isQuantizedTensor(tensorName, quantConfig)) {
    return false;
  }
  const suffix = getTensorSuffix(tensorName);
  return suffix !== GPTQ_QWEIGHT_SUFFIX && GPTQ_AWQ_AUXILIARY_SUFFIXES.includes(suffix);
}

// src/lib/repo-exists.ts
async function repoExists(params) {
  const repoId = toRepoId(params.repo);
  const res = await (params.fetch ?? fetch)(
    `${params.hubUrl ?? HUB_URL}/api/${repoId.type}s/${repoId.name}?expand[]=likes`,
    {
      method: "GET",
      headers: {
        ...params.accessToken && {
          Authorization: `Bearer ${params.accessToken}`
        }
      }
    }
  );
  if (res.status === 404 || res.status === 401) {
    return false;
  }
  if (!res.ok) {
    throw await createApiError(res);
  }
  return true;
}

// src/lib/space-info.ts
async function spaceInfo(params) {
  const accessToken = params && checkCredentials(params);
  const search = new URLSearchParams([
    ...SPACE_EXPAND_KEYS.map((val) => ["expand", val]),
    ...params?.additionalFields?.map((val) => ["expand", val]) ?? []
  ]).toString();
  const response = await (params.fetch || fetch)(
    `${params?.hubUrl || HUB_URL}/api/spaces/${params.name}/revision/${encodeURIComponent(
      params.revision ?? "HEAD"
    )}?${search.toString()}`,
    {
      headers: {
        ...accessToken ? { Authorization: `Bearer ${accessToken}` } : {}
      }
    }
  );
  if (!response.ok) {
    throw await createApiError(response);
  }
  const data = await response.json();
  return {
    ...params?.additionalFields && pick(data, params.additionalFields),
    id: data._id,
    name: data.id,
    sdk: data.sdk,
    likes: data.likes,
    private: data.private,
    updatedAt: new Date(data.lastModified)
  };
}

// src/lib/snapshot-download.ts


var DEFAULT_REVISION = "main";
async function snapshotDownload(params) {
  let cacheDir;
  if (params.cacheDir) {
    cacheDir = params.cacheDir;
  } else {
    cacheDir = getHFHubCachePath();
  }
  let revision;
  if (params.revision) {
    revision = params.revision;
  } else {
    revision = DEFAULT_REVISION;
  }
  const repoId = toRepoId(params.repo);
  const storageFolder = join3(cacheDir, getRepoFolderName(repoId));
  let repoInfo;
  switch (repoId.type) {
    case "space":
      repoInfo = await spaceInfo({
        ...params,
        name: repoId.name,
        additionalFields: ["sha"],
        revision
      });
      break;
    case "dataset":
      repoInfo = await datasetInfo({
        ...params,
        name: repoId.name,
        additionalFields: ["sha"],
        revision
      });
      break;
    case "model":
      repoInfo = await modelInfo({
        ...params,
        name: repoId.name,
        additionalFields: ["sha"],
        revision
      });
      break;
    default:
      throw new Error(
        `Unsupported repository type: ${repoId.type}. snapshotDownload is not supported for bucket repos.`
      );
  }
  const commitHash = repoInfo.sha;
  if (revision !== commitHash) {
    const refPath = join3(storageFolder, "refs", revision);
    await mkdir2(dirname3(refPath), { recursive: true });
    await writeFile(refPath, commitHash);
  }
  const snapshotFolder = join3(storageFolder, "snapshots", commitHash);
  const cursor = listFiles({
    ...params,
    repo: params.repo,
    recursive: true,
    revision: commitHash
  });
  for await (const entry of cursor) {
    switch (entry.type) {
      case "file":
        await downloadFileToCacheDir({
          ...params,
          path: entry.path,
          revision: commitHash,
          cacheDir
        });
        break;
      case "directory":
        validateRelativeFilename(entry.path);
        await mkdir2(join3(snapshotFolder, entry.path), { recursive: true });
        break;
      default:
        throw new Error(`unknown entry type: ${entry.type}`);
    }
  }
  return snapshotFolder;
}

// src/lib/upload-file.ts
function uploadFile(params) {
  const path2 = params.file instanceof URL ? params.file.pathname.split("/").at(-1) ?? "file" : "path" in params.file ? params.file.path : params.file.name;
  const operation = typeof params.file === "object" && "edits" in params.file ? {
    operation: "edit",
    path: path2,
    originalContent: params.file.originalContent,
    edits: params.file.edits
  } : {
    operation: "addOrUpdate",
    path: path2,
    content: "content" in params.file ? params.file.content : params.file
  };
  return commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.repo,
    operations: [operation],
    title: params.commitTitle ?? `${operation.operation === "edit" ? "Edit" : "Add"} ${path2}`,
    description: params.commitDescription,
    hubUrl: params.hubUrl,
    branch: params.branch,
    isPullRequest: params.isPullRequest,
    parentCommit: params.parentCommit,
    fetch: params.fetch,
    useWebWorkers: params.useWebWorkers,
    abortSignal: params.abortSignal,
    useXet: params.useXet,
    rangeEditCache: params.rangeEditCache
  });
}

// src/lib/upload-files.ts
function uploadFiles(params) {
  const operations = params.files.map((file) => {
    const path2 = file instanceof URL ? file.pathname.split("/").at(-1) ?? "file" : "path" in file ? file.path : file.name;
    if (typeof file === "object" && "edits" in file) {
      return {
        operation: "edit",
        path: path2,
        originalContent: file.originalContent,
        edits: file.edits
      };
    }
    return {
      operation: "addOrUpdate",
      path: path2,
      content: "content" in file ? file.content : file
    };
  });
  return commit({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.repo,
    operations,
    title: params.commitTitle ?? `Add ${params.files.length} files`,
    description: params.commitDescription,
    hubUrl: params.hubUrl,
    branch: params.branch,
    isPullRequest: params.isPullRequest,
    parentCommit: params.parentCommit,
    fetch: params.fetch,
    useWebWorkers: params.useWebWorkers,
    abortSignal: params.abortSignal,
    useXet: params.useXet,
    rangeEditCache: params.rangeEditCache
  });
}

// src/lib/upload-files-with-progress.ts
var multipartUploadTracking = /* @__PURE__ */ new WeakMap();
async function* uploadFilesWithProgress(params) {
  const operations = params.files.map((file) => {
    const path2 = file instanceof URL ? file.pathname.split("/").at(-1) ?? "file" : "path" in file ? file.path : file.name;
    if (typeof file === "object" && "edits" in file) {
      return {
        operation: "edit",
        path: path2,
        originalContent: file.originalContent,
        edits: file.edits
      };
    }
    return {
      operation: "addOrUpdate",
      path: path2,
      content: "content" in file ? file.content : file
    };
  });
  return yield* commitIter({
    ...params.accessToken ? { accessToken: params.accessToken } : { credentials: params.credentials },
    repo: params.repo,
    operations,
    title: params.commitTitle ?? `Add ${params.files.length} files`,
    description: params.commitDescription,
    hubUrl: params.hubUrl,
    branch: params.branch,
    isPullRequest: params.isPullRequest,
    parentCommit: params.parentCommit,
    useWebWorkers: params.useWebWorkers,
    abortSignal: params.abortSignal,
    useXet: params.useXet,
    rangeEditCache: params.rangeEditCache,
    fetch: async (input, init) => {
      if (!init) {
        return fetch(input);
      }
      if (!typedInclude(["PUT", "POST"], init.method) || !("progressHint" in init) || !init.progressHint || typeof XMLHttpRequest === "undefined" || typeof input !== "string" || !(init.body instanceof ArrayBuffer) && !(init.body instanceof Blob) && !(init.body instanceof File) && typeof init.body !== "string") {
        return fetch(input, init);
      }
      const progressHint = init.progressHint;
      const progressCallback = progressHint.progressCallback;
      const xhr = new XMLHttpRequest();
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) {
          if (progressHint.part !== void 0) {
            let tracking = multipartUploadTracking.get(progressCallback);
            if (!tracking) {
              tracking = { numParts: progressHint.numParts, partsProgress: {} };
              multipartUploadTracking.set(progressCallback, tracking);
            }
            tracking.partsProgress[progressHint.part] = event.loaded / event.total;
            let totalProgress = 0;
            for (const partProgress of Object.values(tracking.partsProgress)) {
              totalProgress += partProgress;
            }
            if (totalProgress === tracking.numParts) {
              progressCallback(0.9999999999);
            } else {
              progressCallback(totalProgress / tracking.numParts);
            }
          } else {
            if (event.loaded === event.total) {
              progressCallback(0.9999999999);
            } else {
              progressCallback(event.loaded / event.total);
            }
          }
        }
      });
      xhr.open(init.method, input, true);
      if (init.headers) {
        const headers = new Headers(init.headers);
        headers.forEach((value, key) => {
          xhr.setRequestHeader(key, value);
        });
      }
      init.signal?.throwIfAborted();
      xhr.send(init.body);
      return new Promise((resolve3, reject) => {
        xhr.addEventListener("load", () => {
          resolve3(
            new Response(xhr.responseText, {
              status: xhr.status,
              statusText: xhr.statusText,
              headers: Object.fromEntries(
                xhr.getAllResponseHeaders().trim().split("\n").map((header) => [
                  header.slice(0, header.indexOf(":")),
                  header.slice(header.indexOf(":") + 1).trim()
                ])
              )
            })
          );
        });
        xhr.addEventListener("error", () => {
          reject(new Error(xhr.statusText));
        });
        if (init.signal) {
          init.signal.addEventListener("abort", () => {
            xhr.abort();
            try {
              init.signal?.throwIfAborted();
            } catch (err) {
              reject(err);
            }
          });
        }
      });
    }
  });
}

// src/lib/who-am-i.ts
async function whoAmI(params) {
  const accessToken = checkCredentials(params);
  const res = await (params.fetch ?? fetch)(`${params.hubUrl ?? HUB_URL}/api/whoami-v2`, {
    headers: {
      Authorization: `Bearer ${accessToken}`
    }
  });
  if (!res.ok) {
    throw await createApiError(res);
  }
  const response = await res.json();
  if (typeof response.auth.accessToken?.createdAt === "string") {
    response.auth.accessToken.createdAt = new Date(response.auth.accessToken.createdAt);
  }
  return response;
}



// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/chunk-FFYIGW52.mjs
var chunk_FFYIGW52 = __nccwpck_require__(590);
;// CONCATENATED MODULE: ./node_modules/@huggingface/hub/dist/index.mjs




;// CONCATENATED MODULE: ./src/engine/io/byte-source.ts
// A byte source is a file we can read at any offset: a local file, an HTTP resource read by
// ranges, or bytes in memory. Parsers take a ByteSource and never care where bytes come from.

/** Throws unless [offset, offset + length) lies inside the source. */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new RangeError(`${source.name}: invalid read span offset=${offset} length=${length}`);
    }
    if (offset + length > source.size) {
        throw new MalformedInputError({ file: source.name }, `read of ${length} bytes at offset ${offset} runs past the end of the file (${source.size} bytes)`);
    }
}
/** Bytes already in memory (tests, small files read whole). */
class MemorySource {
    name;
    bytes;
    size;
    constructor(name, bytes) {
        this.name = name;
        this.bytes = bytes;
        this.size = bytes.byteLength;
    }
    read(offset, length) {
        checkSpan(this, offset, length);
        return Promise.resolve(this.bytes.subarray(offset, offset + length));
    }
}

;// CONCATENATED MODULE: ./src/engine/io/http-body.ts
// Response bodies: counted as the caller reads them, guarded against a server that goes silent,
// and read to an exact length. A body that ends early is retryable (IncompleteBodyError); one that
// runs long is a protocol violation.

/** A body ended early or broke mid-way: re-requesting the same bytes may succeed. */
class IncompleteBodyError extends NetworkError {
    constructor(url, message, cause) {
        super({ url, retryable: true, cause }, message);
        this.name = "IncompleteBodyError";
    }
}
/** The abort reason when a server goes silent; its message is what the user sees. */
class RequestTimeout extends Error {
    constructor(ms) {
        super(`no response within ${ms} ms`);
        this.name = "RequestTimeout";
    }
}
function watchdog(ms, callerSignal) {
    const abort = new AbortController();
    let timer;
    const stop = () => clearTimeout(timer);
    return {
        signal: callerSignal ? AbortSignal.any([callerSignal, abort.signal]) : abort.signal,
        stop,
        arm() {
            stop();
            timer = setTimeout(() => abort.abort(new RequestTimeout(ms)), ms);
            // An abandoned body must not keep a finished command alive for the whole timeout.
            timer.unref();
        },
    };
}
/** Re-wraps the body so the bytes the caller reads are counted and a stalled body times out. */
function countedResponse(res, dog, onBytes) {
    if (res.body === null)
        return res;
    const reader = res.body.getReader();
    let finished = false;
    const finish = () => {
        finished = true;
        dog.stop();
    };
    const body = new ReadableStream({
        start(controller) {
            const onAbort = () => {
                if (finished)
                    return;
                finish();
                controller.error(dog.signal.reason);
                reader.cancel(dog.signal.reason).catch(() => undefined);
            };
            dog.signal.addEventListener("abort", onAbort, { once: true });
        },
        async pull(controller) {
            dog.arm();
            let chunk;
            try {
                chunk = await reader.read();
            }
            catch (err) {
                if (!finished)
                    controller.error(err);
                finish();
                return;
            }
            dog.stop();
            if (finished)
                return;
            if (chunk.done) {
                finish();
                controller.close();
                return;
            }
            onBytes(chunk.value.byteLength);
            controller.enqueue(chunk.value);
        },
        cancel(reason) {
            finish();
            return reader.cancel(reason);
        },
    }, 
    // Pull only when the caller reads: bytes are counted as consumed, never read ahead.
    { highWaterMark: 0 });
    const out = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    return withUrl(out, res.url);
}
/** Response.url is read-only and empty on constructed responses; callers (and the Hub library's
 * errors) need the URL that answered. */
function withUrl(res, url) {
    if (res.url !== url)
        Object.defineProperty(res, "url", { value: url });
    return res;
}
async function discard(res) {
    await res.body?.cancel().catch(() => undefined);
}
/** Reads a body that must hold exactly `expected` bytes: fewer is retryable, more is not. */
async function readExact(res, expected, url) {
    if (res.body === null) {
        throw new IncompleteBodyError(url, `${url}: answer has no body, expected ${expected} bytes`);
    }
    const out = new Uint8Array(expected);
    const reader = res.body.getReader();
    let got = 0;
    for (;;) {
        let chunk;
        try {
            chunk = await reader.read();
        }
        catch (err) {
            const msg = `${url}: body broke off after ${got} of ${expected} bytes`;
            throw new IncompleteBodyError(url, msg, err);
        }
        if (chunk.done)
            break;
        if (got + chunk.value.byteLength > expected) {
            await reader.cancel().catch(() => undefined);
            const msg = `${url}: body is longer than the ${expected} bytes asked for`;
            throw new NetworkError({ url, status: res.status, retryable: false }, msg);
        }
        out.set(chunk.value, got);
        got += chunk.value.byteLength;
    }
    if (got < expected) {
        throw new IncompleteBodyError(url, `${url}: body ended after ${got} of ${expected} bytes`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/io/http-source.ts
// A file on an HTTP server read by byte ranges. Servers and CDNs get ranges wrong in quiet ways
// (ignore the header, answer a different span, cut the body short), so every answer is checked
// against exactly what was asked before a byte reaches a parser.



const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;
class HttpRangeSource {
    name;
    size;
    url;
    transport;
    mapError;
    constructor(options) {
        if (!Number.isSafeInteger(options.size) || options.size < 0) {
            throw new RangeError(`${options.name}: invalid size ${options.size}`);
        }
        this.name = options.name;
        this.size = options.size;
        this.url = options.url;
        this.transport = options.transport;
        this.mapError = options.mapError ?? unexpectedStatus;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        if (length === 0)
            return new Uint8Array(0);
        const range = `bytes=${offset}-${offset + length - 1}`;
        return this.transport.retryBody(this.url, async () => {
            const res = await this.transport(this.url, {
                // Identity encoding: a compressed answer would not match the byte range we asked for.
                headers: { range, "accept-encoding": "identity" },
            });
            if (res.status === 206) {
                this.checkContentRange(res, range, offset, length);
                return readExact(res, length, this.url);
            }
            if (res.status === 200 && offset === 0 && length === this.size)
                return readExact(res, length, this.url);
            await discard(res);
            if (res.status === 200) {
                const msg = `server ignored the Range header (answered 200 to ${range} of ${this.url})`;
                throw new NetworkError({ url: this.url, status: 200, retryable: false }, msg);
            }
            if (res.status === 416)
                throw this.unsatisfiable(res, range);
            throw await this.mapError(res, this.url);
        });
    }
    /** The whole file in one plain GET, for small files (configs, tokenizers, indexes). */
    async readAll(maxBytes) {
        if (this.size > maxBytes) {
            const msg = `is ${this.size} bytes, more than the ${maxBytes} bytes allowed for a file read whole`;
            throw new MalformedInputError({ file: this.name }, msg);
        }
        if (this.size === 0)
            return new Uint8Array(0);
        return this.transport.retryBody(this.url, async () => {
            const res = await this.transport(this.url, { headers: { "accept-encoding": "identity" } });
            if (res.status === 200)
                return readExact(res, this.size, this.url);
            await discard(res);
            if (res.status === 206) {
                const msg = `${this.url} answered 206 (partial content) to a request for the whole file`;
                throw new NetworkError({ url: this.url, status: 206, retryable: false }, msg);
            }
            throw await this.mapError(res, this.url);
        });
    }
    checkContentRange(res, range, offset, length) {
        const value = res.headers.get("content-range");
        const m = value === null ? null : CONTENT_RANGE.exec(value);
        const expected = `bytes ${offset}-${offset + length - 1}/${this.size}`;
        if (m !== null && `bytes ${m[1]}-${m[2]}/${m[3]}` === expected)
            return;
        void discard(res);
        const got = value === null ? "no Content-Range" : `Content-Range "${value}"`;
        const msg = `${this.url} answered ${range} with ${got}, expected "${expected}"`;
        throw new NetworkError({ url: this.url, status: 206, retryable: false }, msg);
    }
    unsatisfiable(res, range) {
        const said = res.headers.get("content-range");
        const theirs = said === null ? "" : ` (server says ${said})`;
        const msg = `${this.url}: range ${range} not satisfiable${theirs}; the file list gives its size as ${this.size} bytes`;
        return new NetworkError({ url: this.url, status: 416, retryable: false }, msg);
    }
}
function unexpectedStatus(res, url) {
    const retryable = res.status >= 500 || res.status === 429;
    return new NetworkError({ url, status: res.status, retryable }, `GET ${url} answered HTTP ${res.status}`);
}

;// CONCATENATED MODULE: ./src/engine/io/http-transport.ts
// Every HTTP request goes through one transport: library calls (@huggingface/hub) and our range
// reads. It counts requests and bytes, retries transient failures with backoff, follows redirects
// itself so it can refuse plain-HTTP targets and keep the Hub token away from other origins
// (design §12), and keeps the token out of every message it writes.



/** Hops per request: the Hub → storage is one, a renamed repo adds one; more smells like a loop. */
const MAX_REDIRECTS = 5;
/** Longest Retry-After we honour: a CI job should rather fail and say so than sleep for minutes. */
const MAX_RETRY_AFTER_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRIES = 4;
/** 4 retries wait about 0.5 + 1 + 2 + 4 s: long enough for a rate limit window or a deploy. */
const DEFAULT_BACKOFF = { baseMs: 500, maxMs: 16_000 };
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Failures that another attempt cannot fix (bad host name, bad certificate). */
const PERMANENT_CODES = new Set([
    "ENOTFOUND",
    "ERR_INVALID_URL",
    "CERT_HAS_EXPIRED",
    "ERR_TLS_CERT_ALTNAME_INVALID",
]);
function isLoopbackHost(hostname) {
    return (hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname));
}
/** HTTPS, or plain HTTP to this machine (test servers). */
function isSecureUrl(url) {
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
}
function createTransport(options) {
    const hubOrigin = new URL(options.hubOrigin).origin;
    const token = options.token === "" ? undefined : options.token;
    if (token !== undefined)
        checkToken(token, hubOrigin);
    const cfg = {
        fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        hubOrigin,
        token,
        stats: options.stats,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retries: options.retries ?? DEFAULT_RETRIES,
        backoff: options.backoff ?? DEFAULT_BACKOFF,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        random: options.random ?? Math.random,
        now: options.now ?? Date.now,
    };
    const scrub = (text) => (token === undefined ? text : text.split(token).join("***"));
    // Signed storage URLs carry a credential in their query: messages show it only for the Hub.
    const safeUrl = (url) => url.origin === hubOrigin
        ? `${url.origin}${url.pathname}${url.search}`
        : `${url.origin}${url.pathname}${url.search === "" ? "" : "?…"}`;
    const delay = (attempt) => {
        const cap = Math.min(cfg.backoff.maxMs, cfg.backoff.baseMs * 2 ** (attempt - 1));
        return Math.round(cap / 2 + (cfg.random() * cap) / 2);
    };
    const ctx = { ...cfg, scrub, safeUrl, delay };
    const transport = async (input, init) => withRetries(ctx, outgoing(input, init ?? {}));
    return Object.assign(transport, {
        retryBody: (url, read) => retryBody(ctx, url, read),
    });
}
/** Refuses a token we would leak (plain HTTP) or that would fail inside a header (stray newline). */
function checkToken(token, hubOrigin) {
    if (!isSecureUrl(new URL(hubOrigin))) {
        const msg = `refusing to send the Hub token over plain HTTP to ${hubOrigin}: use an https:// endpoint`;
        throw new ConfigError({}, msg);
    }
    if (!/^[\x21-\x7e]+$/.test(token)) {
        const msg = "the Hub token holds a space, a line break or a non-ASCII character: copy it again without them";
        throw new ConfigError({}, msg);
    }
}
function outgoing(input, init) {
    const base = input instanceof Request ? input : undefined;
    const url = new URL(base ? base.url : input.toString());
    const method = (init.method ?? base?.method ?? "GET").toUpperCase();
    if (method !== "GET" && method !== "HEAD") {
        throw new TypeError(`the transport is read-only: it sends GET and HEAD, not ${method}`);
    }
    const headers = new Headers(base?.headers);
    new Headers(init.headers).forEach((value, key) => headers.set(key, value));
    return { url, method, headers, signal: init.signal ?? base?.signal ?? undefined };
}
async function withRetries(ctx, req) {
    const attempts = ctx.retries + 1;
    const what = `${req.method} ${ctx.safeUrl(req.url)}`;
    for (let attempt = 1;; attempt++) {
        let res;
        try {
            res = await attemptOnce(ctx, req);
        }
        catch (err) {
            if (err instanceof NetworkError || req.signal?.aborted === true)
                throw err;
            const retryable = !PERMANENT_CODES.has(errorCode(err) ?? "");
            if (!retryable || attempt === attempts) {
                const tries = attempt === 1 ? "" : ` after ${attempt} attempts`;
                const msg = ctx.scrub(`${what} failed${tries}: ${http_transport_describe(err)}`);
                throw new NetworkError({ url: ctx.safeUrl(req.url), retryable, cause: err }, msg);
            }
            ctx.stats.retries += 1;
            await ctx.sleep(ctx.delay(attempt));
            continue;
        }
        if (!RETRY_STATUSES.has(res.status))
            return res;
        await discard(res);
        const details = { url: ctx.safeUrl(req.url), status: res.status, retryable: true };
        if (attempt === attempts) {
            const msg = `${what} answered HTTP ${res.status} ${attempts} times (${ctx.retries} retries); giving up`;
            throw new NetworkError(details, msg);
        }
        const asked = retryAfterMs(res.headers.get("retry-after"), ctx.now());
        if (asked !== undefined && asked > MAX_RETRY_AFTER_MS) {
            const msg = `${what} answered HTTP ${res.status} asking to retry after ${Math.ceil(asked / 1000)} s, longer than the ${MAX_RETRY_AFTER_MS / 1000} s we wait: try again later`;
            throw new NetworkError(details, msg);
        }
        ctx.stats.retries += 1;
        await ctx.sleep(asked ?? ctx.delay(attempt));
    }
}
async function attemptOnce(ctx, req) {
    const dog = watchdog(ctx.timeoutMs, req.signal);
    dog.arm();
    try {
        const res = await followRedirects(ctx, req, dog.signal);
        dog.stop();
        return countedResponse(res, dog, (n) => (ctx.stats.bytes += n));
    }
    catch (err) {
        dog.stop();
        throw err;
    }
}
async function followRedirects(ctx, req, signal) {
    let url = req.url;
    for (let hop = 0;; hop++) {
        ctx.stats.requests += 1;
        const res = await ctx.fetch(url.href, {
            method: req.method,
            headers: headersFor(ctx, req, url),
            redirect: "manual",
            signal,
        });
        if (!REDIRECT_STATUSES.has(res.status))
            return withUrl(res, url.href);
        const location = res.headers.get("location");
        await discard(res);
        const from = `${req.method} ${ctx.safeUrl(url)}`;
        const details = { url: ctx.safeUrl(url), status: res.status, retryable: false };
        if (location === null) {
            throw new NetworkError(details, `${from} answered ${res.status} without a Location`);
        }
        if (hop === MAX_REDIRECTS) {
            throw new NetworkError(details, `${from}: more than ${MAX_REDIRECTS} redirects (MAX_REDIRECTS)`);
        }
        const next = new URL(location, url);
        if (!isSecureUrl(next)) {
            throw new NetworkError(details, `${from} redirected to ${ctx.safeUrl(next)}: refusing a non-HTTPS redirect`);
        }
        url = next;
    }
}
/** The caller's credentials stay on the first origin; the token goes to the Hub origin only. */
function headersFor(ctx, req, url) {
    const headers = new Headers(req.headers);
    if (url.origin !== req.url.origin) {
        headers.delete("authorization");
        headers.delete("cookie");
    }
    if (ctx.token !== undefined && url.origin === ctx.hubOrigin) {
        headers.set("authorization", `Bearer ${ctx.token}`);
    }
    return headers;
}
async function retryBody(ctx, url, read) {
    for (let attempt = 1;; attempt++) {
        try {
            return await read();
        }
        catch (err) {
            if (!(err instanceof IncompleteBodyError))
                throw err;
            if (attempt > ctx.retries) {
                const msg = `${err.message}; giving up after ${attempt} attempts`;
                throw new NetworkError({ url, retryable: true, cause: err }, ctx.scrub(msg));
            }
            ctx.stats.retries += 1;
            await ctx.sleep(ctx.delay(attempt));
        }
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value, now) {
    const v = value?.trim();
    if (v === undefined || v === "")
        return undefined;
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function errorCode(err) {
    const cause = err instanceof Error ? err.cause : undefined;
    const code = (cause ?? err);
    return typeof code?.code === "string" ? code.code : undefined;
}
function http_transport_describe(err) {
    if (err instanceof RequestTimeout)
        return err.message;
    if (!(err instanceof Error))
        return String(err);
    const cause = err.cause instanceof Error ? err.cause : undefined;
    const code = errorCode(err);
    const text = cause ? `${err.message}: ${cause.message}` : err.message;
    return code === undefined || text.includes(code) ? text : `${text} (${code})`;
}

;// CONCATENATED MODULE: ./src/engine/io/stats.ts
// What a read cost. Every byte source and the HTTP transport add to one of these, so a command
// can report (and a test can assert) how many requests and bytes it took.
function newIoStats() {
    return { requests: 0, bytes: 0, retries: 0 };
}
function addIoStats(into, from) {
    into.requests += from.requests;
    into.bytes += from.bytes;
    into.retries += from.retries;
}

;// CONCATENATED MODULE: ./src/engine/hub/hub-ref.ts
// Hugging Face model references: "org/name", "org/name@rev", "hf://org/name[@rev]". The repo id
// ends up in URL paths, so it is checked against the Hub's own rules before any request is made.

const hub_ref_DEFAULT_REVISION = "main";
const HF_SCHEME = "hf://";
/** The Hub's limit for each part of a repo id (huggingface_hub's validate_repo_id). */
const MAX_REPO_PART_LENGTH = 96;
/** Git allows longer ref names, but no real branch or tag comes near this; it bounds URL size. */
const MAX_REVISION_LENGTH = 256;
const EXAMPLE = "write it as org/name or org/name@revision, e.g. openai-community/gpt2@main";
/** Letters, digits, "_", "-", "."; starts and ends with a letter, digit or "_". */
const REPO_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
const COMMIT_SHA = /^[0-9a-f]{40}$/i;
function isCommitSha(revision) {
    return COMMIT_SHA.test(revision);
}
/** Parses a Hub model reference; throws ConfigError naming the value and the fix. */
function parseHubRef(text, where = {}) {
    const trimmed = text.trim();
    const body = trimmed.startsWith(HF_SCHEME) ? trimmed.slice(HF_SCHEME.length) : trimmed;
    const at = body.indexOf("@");
    const repo = at === -1 ? body : body.slice(0, at);
    const revision = at === -1 ? hub_ref_DEFAULT_REVISION : body.slice(at + 1);
    validateRepoId(repo, text, where);
    validateRevision(revision, text, where);
    return { repo, revision };
}
/** Throws unless `repo` is a valid "org/name" model id. `ref` is the user's text, for the message. */
function validateRepoId(repo, ref = repo, where = {}) {
    const fail = (why) => {
        throw new ConfigError(where, `model reference "${ref}": ${why}; ${EXAMPLE}`);
    };
    if (repo === "")
        fail("the repo id is empty");
    const parts = repo.split("/");
    const [first] = parts;
    if (parts.length === 3 && (first === "datasets" || first === "spaces")) {
        fail(`"${repo}" is not a model repository (only models can be checked)`);
    }
    if (parts.length !== 2) {
        fail(`"${repo}" is not of the form org/name (a model id without its organisation needs it, e.g. openai-community/gpt2)`);
    }
    for (const part of parts) {
        if (part.length > MAX_REPO_PART_LENGTH) {
            fail(`"${part}" is ${part.length} characters long, more than the Hub's ${MAX_REPO_PART_LENGTH}`);
        }
        if (!REPO_PART.test(part)) {
            fail(`"${part}" may hold only letters, digits, "_", "-" and ".", and must start and end with a letter, digit or "_"`);
        }
        if (part.includes("--") || part.includes(".."))
            fail(`"${part}" must not contain "--" or ".."`);
    }
    if (repo.endsWith(".git"))
        fail(`"${repo}" must not end with ".git"`);
}
/** Git ref-name rules, enough to keep a revision from reshaping the URLs it goes into. */
function validateRevision(revision, ref = revision, where = {}) {
    const fail = (why) => {
        throw new ConfigError(where, `model reference "${ref}": revision ${why}; ${EXAMPLE}`);
    };
    if (revision === "")
        fail('is empty after "@" (give a branch, tag or commit sha, or drop the "@")');
    if (revision.length > MAX_REVISION_LENGTH) {
        fail(`is ${revision.length} characters long, more than ${MAX_REVISION_LENGTH}`);
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(revision)) {
        fail(`"${revision}" contains a space, a control character or one of ~ ^ : ? * [ \\`);
    }
    if (revision.includes("..") || revision.includes("@{") || revision.includes("//")) {
        fail(`"${revision}" contains "..", "@{" or "//"`);
    }
    if (/^[/.-]|[/.]$|\.lock$/.test(revision)) {
        fail(`"${revision}" must not start with "/", "." or "-", nor end with "/", "." or ".lock"`);
    }
}

;// CONCATENATED MODULE: ./src/engine/hub/hub-source.ts
// A Hub model pinned to one commit: the revision the user named is resolved to its sha once, the
// file list (sizes, sha256) is read at that sha, and every read goes to a resolve URL at that sha,
// so a branch that moves mid-run cannot mix two versions of a model.






/** Model repos hold tens of files, large ones a few thousand; more is not a model we can check. */
const MAX_HUB_FILES = 20_000;
/** The one place resolve URLs are built: each path segment encoded, the revision pinned. */
function resolveUrl(hubUrl, repo, revision, path) {
    const encoded = path.split("/").map(encodeURIComponent).join("/");
    return `${hubUrl}/${repo}/resolve/${encodeURIComponent(revision)}/${encoded}`;
}
async function openHubModel(options) {
    validateRepoId(options.repo);
    validateRevision(options.revision);
    const hubUrl = normaliseHubUrl(options.hubUrl);
    const stats = options.stats ?? newIoStats();
    const transport = createTransport({
        hubOrigin: new URL(hubUrl).origin,
        stats,
        ...(options.token === undefined ? {} : { token: options.token }),
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retries === undefined ? {} : { retries: options.retries }),
        ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    });
    const base = {
        repo: options.repo,
        hubUrl,
        tokenGiven: options.token !== undefined && options.token !== "",
    };
    const sha = await resolveSha(transport, { ...base, revision: options.revision });
    const files = await listModelFiles(transport, { ...base, revision: sha });
    return new HubModelSource({ ...base, requestedRevision: options.revision, sha, files, stats, transport });
}
function normaliseHubUrl(hubUrl) {
    const protocol = URL.canParse(hubUrl) ? new URL(hubUrl).protocol : undefined;
    if (protocol !== "https:" && protocol !== "http:") {
        const msg = `Hub endpoint "${hubUrl}" is not an http(s) URL: give one like https://huggingface.co`;
        throw new ConfigError({}, msg);
    }
    return hubUrl.replace(/\/+$/, "");
}
async function resolveSha(transport, c) {
    const info = await callHub(c, () => modelInfo({
        name: c.repo,
        revision: c.revision,
        hubUrl: c.hubUrl,
        additionalFields: ["sha"],
        fetch: hubFetch(transport, c),
    }));
    const sha = info.sha;
    const where = { file: `${c.hubUrl}/api/models/${c.repo}/revision/${c.revision}`, field: "sha" };
    if (typeof sha !== "string" || !isCommitSha(sha)) {
        throw new MalformedInputError(where, `the Hub answered ${JSON.stringify(sha)}, not a 40-hex commit sha`);
    }
    if (isCommitSha(c.revision) && sha.toLowerCase() !== c.revision.toLowerCase()) {
        throw new MalformedInputError(where, `asked for commit ${c.revision}, the Hub answered ${sha}`);
    }
    return sha.toLowerCase();
}
async function listModelFiles(transport, c) {
    const where = `${c.repo}@${c.revision}`;
    const files = new Map();
    let entries = 0;
    await callHub(c, async () => {
        const listing = listFiles({
            repo: { type: "model", name: c.repo },
            revision: c.revision,
            recursive: true,
            hubUrl: c.hubUrl,
            fetch: hubFetch(transport, c),
        });
        for await (const entry of listing) {
            if (++entries > MAX_HUB_FILES) {
                throw new MalformedInputError({ file: where }, `the file list has more than ${MAX_HUB_FILES} entries (MAX_HUB_FILES)`);
            }
            if (entry.type !== "file")
                continue;
            const file = toModelFile(entry, where);
            if (files.has(file.path)) {
                throw new MalformedInputError({ file: where, field: file.path }, "listed twice");
            }
            files.set(file.path, file);
        }
    });
    return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** The listing is input like any other: paths, sizes and hashes are checked before use. */
function toModelFile(entry, where) {
    const { path, size } = entry;
    if (typeof path !== "string" || !isSafeRelativePath(path)) {
        throw new MalformedInputError({ file: where }, `file list holds an unsafe path ${JSON.stringify(path)}`);
    }
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
        throw new MalformedInputError({ file: where, field: path }, `invalid size ${JSON.stringify(size)}`);
    }
    if (entry.lfs === undefined || entry.lfs === null)
        return { path, size };
    const oid = entry.lfs.oid;
    if (typeof oid !== "string" || !/^[0-9a-f]{64}$/.test(oid)) {
        throw new MalformedInputError({ file: where, field: path }, `lfs.oid ${JSON.stringify(oid)} is not a sha256`);
    }
    return { path, size, sha256: oid };
}
function isSafeRelativePath(path) {
    if (path === "" || path.startsWith("/") || path.includes("\\") || path.includes("\0"))
        return false;
    return path.split("/").every((seg) => seg !== "" && seg !== "." && seg !== "..");
}
/** The transport, with the Hub's error answers turned into our errors before the library sees them
 * (the library's HubApiError drops the X-Error-Code header that tells them apart). */
function hubFetch(transport, c) {
    return async (input, init) => {
        const res = await transport(input, init);
        if (res.status === 401 || res.status === 403 || res.status === 404) {
            await res.body?.cancel().catch(() => undefined);
            throw hubError(res, c);
        }
        return res;
    };
}
/** Runs a library call, turning its HubApiError (other failed answers) into a NetworkError. */
async function callHub(c, call) {
    try {
        return await call();
    }
    catch (err) {
        if (err instanceof ProvenanceError || !(err instanceof HubApiError))
            throw err;
        const retryable = err.statusCode >= 500 || err.statusCode === 429;
        const msg = `${c.repo}@${c.revision}: the Hub answered HTTP ${err.statusCode}: ${err.message}`;
        const url = shownUrl(err.url, c.hubUrl);
        throw new NetworkError({ url, status: err.statusCode, retryable, cause: err }, msg);
    }
}
/** A storage host's signed URL carries a credential in its query: show it without. */
function shownUrl(url, hubUrl) {
    if (!URL.canParse(url) || new URL(url).origin === new URL(hubUrl).origin)
        return url;
    const u = new URL(url);
    return `${u.origin}${u.pathname}${u.search === "" ? "" : "?…"}`;
}
function hubError(res, c) {
    const at = `${c.repo}@${c.revision}`;
    const code = res.headers.get("x-error-code") ?? undefined;
    const url = shownUrl(res.url, c.hubUrl);
    const details = { url, status: res.status };
    if (code === "GatedRepo") {
        const who = c.tokenGiven
            ? "a token of the account that accepted them"
            : "a token with --token or HF_TOKEN";
        return new AccessDeniedError(details, `${c.repo} is gated: accept the model's conditions on ${c.hubUrl}/${c.repo} and pass ${who}`);
    }
    if (res.status === 401) {
        const fix = c.tokenGiven
            ? "the token given was refused: pass a token with read access to it"
            : "pass a token with --token or HF_TOKEN (a token with read access)";
        return new AccessDeniedError(details, `${at} is private or gated, or does not exist: ${fix}`);
    }
    if (res.status === 403) {
        return new AccessDeniedError(details, `${at}: access denied (HTTP 403${code ? ` ${code}` : ""}): pass a token with read access to it`);
    }
    if (res.status !== 404) {
        const retryable = res.status >= 500 || res.status === 429;
        return new NetworkError({ ...details, retryable }, `${at}: ${url} answered HTTP ${res.status}`);
    }
    if (code === "RepoNotFound") {
        return new NotFoundError(details, `model repository ${c.repo} not found on ${c.hubUrl} (check the id; a private repository also needs a token)`);
    }
    if (code === "RevisionNotFound") {
        return new NotFoundError(details, `revision "${c.revision}" not found in ${c.repo} (check the branch, tag or commit sha)`);
    }
    if (code === "EntryNotFound" && c.path !== undefined) {
        return new NotFoundError(details, `file "${c.path}" not found in ${at}`);
    }
    return new NotFoundError(details, `${at}${c.path === undefined ? "" : `:${c.path}`} not found (HTTP 404 from ${url})`);
}
class HubModelSource {
    init;
    kind = "hub";
    ref;
    repo;
    requestedRevision;
    revision;
    files;
    stats;
    byPath;
    constructor(init) {
        this.init = init;
        this.repo = init.repo;
        this.requestedRevision = init.requestedRevision;
        this.revision = init.sha;
        this.ref = `${init.repo}@${init.sha}`;
        this.files = init.files;
        this.stats = init.stats;
        this.byPath = new Map(init.files.map((f) => [f.path, f]));
    }
    file(path) {
        return this.byPath.get(path);
    }
    async readFile(path, maxBytes) {
        return this.source(path).readAll(maxBytes);
    }
    open(path) {
        return this.source(path);
    }
    close() {
        return Promise.resolve();
    }
    source(path) {
        const { repo, hubUrl, sha, transport, tokenGiven } = this.init;
        const url = resolveUrl(hubUrl, repo, sha, path);
        const entry = this.byPath.get(path);
        if (entry === undefined)
            throw new NotFoundError({ url }, `file "${path}" not found in ${this.ref}`);
        const c = { repo, revision: sha, hubUrl, tokenGiven, path };
        const mapError = (res) => hubError(res, c);
        return new HttpRangeSource({ name: `${this.ref}:${path}`, url, size: entry.size, transport, mapError });
    }
}

;// CONCATENATED MODULE: ./src/engine/io/file-source.ts
// Local files read by offset through one shared file handle per file.


class FileSource {
    name;
    path;
    size;
    stats;
    handle;
    constructor(name, path, size, stats) {
        this.name = name;
        this.path = path;
        this.size = size;
        this.stats = stats;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        this.handle ??= (0,promises_namespaceObject.open)(this.path, "r");
        const fh = await this.handle;
        const out = new Uint8Array(length);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await fh.read(out, done, length - done, offset + done);
            if (bytesRead === 0)
                throw new Error(`${this.name}: file shrank while reading at offset ${offset + done}`);
            done += bytesRead;
        }
        this.stats.requests += 1;
        this.stats.bytes += length;
        return out;
    }
    async close() {
        const h = this.handle;
        this.handle = undefined;
        if (h)
            await (await h).close();
    }
}

;// CONCATENATED MODULE: ./src/engine/model/local-source.ts
// A model in a local folder. Files are listed once, recursively; links that leave the folder
// are refused, since a manifest under review could point a link at any file on the runner.





/** A model folder with more files than this is not a model folder (a home directory, say). */
const MAX_LOCAL_FILES = 10_000;
/** Folders are walked this deep at most; HF snapshots nest a few levels (e.g. onnx/, original/). */
const MAX_LOCAL_DEPTH = 8;
const SKIPPED_DIRS = new Set([".git", ".cache", "node_modules"]);
async function openLocalModel(folder) {
    const root = external_node_path_default().resolve(folder);
    const st = await (0,promises_namespaceObject.stat)(root).catch(() => undefined);
    if (!st?.isDirectory()) {
        throw new ConfigError({}, `model folder ${root} does not exist or is not a folder: give a folder that holds config.json and the weights`);
    }
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const files = await local_source_listFiles(realRoot);
    return new LocalSource(root, files);
}
async function local_source_listFiles(root) {
    const out = [];
    const walk = async (dir, depth) => {
        for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).join("/");
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name) && depth < MAX_LOCAL_DEPTH)
                    await walk(abs, depth + 1);
                continue;
            }
            let size;
            if (entry.isSymbolicLink()) {
                const target = await (0,promises_namespaceObject.realpath)(abs).catch(() => undefined);
                if (!target || !linkAllowed(root, target)) {
                    throw new MalformedInputError({ file: abs }, `symbolic link points outside the model folder (to ${target ?? "nothing"}); copy the file in instead`);
                }
                const tst = await (0,promises_namespaceObject.stat)(target);
                if (!tst.isFile())
                    continue;
                size = tst.size;
            }
            else if (entry.isFile()) {
                size = (await (0,promises_namespaceObject.lstat)(abs)).size;
            }
            else {
                continue;
            }
            out.push({ path: rel, size });
            if (out.length > MAX_LOCAL_FILES) {
                throw new ConfigError({}, `${root} holds more than ${MAX_LOCAL_FILES} files; point at the model's own folder`);
            }
        }
    };
    await walk(root, 0);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * A link may point inside the folder; in a Hugging Face cache snapshot
 * (models--org--name/snapshots/<sha>/) it may also point into that repo's blobs/.
 */
function linkAllowed(root, target) {
    if (target.startsWith(root + (external_node_path_default()).sep))
        return true;
    const snapshots = external_node_path_default().dirname(root);
    if (external_node_path_default().basename(snapshots) !== "snapshots")
        return false;
    return target.startsWith(external_node_path_default().join(external_node_path_default().dirname(snapshots), "blobs") + (external_node_path_default()).sep);
}
class LocalSource {
    ref;
    files;
    kind = "local";
    stats = newIoStats();
    byPath;
    open_ = new Map();
    constructor(ref, files) {
        this.ref = ref;
        this.files = files;
        this.byPath = new Map(files.map((f) => [f.path, f]));
    }
    file(p) {
        return this.byPath.get(p);
    }
    async readFile(p, maxBytes) {
        const f = this.require(p);
        if (f.size > maxBytes) {
            throw new MalformedInputError({ file: this.name(p) }, `file is ${f.size} bytes, over the ${maxBytes}-byte limit for this kind of file`);
        }
        return this.open(p).read(0, f.size);
    }
    open(p) {
        let src = this.open_.get(p);
        if (!src) {
            const f = this.require(p);
            src = new FileSource(this.name(p), external_node_path_default().join(this.ref, ...p.split("/")), f.size, this.stats);
            this.open_.set(p, src);
        }
        return src;
    }
    async close() {
        await Promise.all([...this.open_.values()].map((s) => s.close()));
        this.open_.clear();
    }
    name(p) {
        return external_node_path_default().join(this.ref, p);
    }
    require(p) {
        const f = this.byPath.get(p);
        if (!f)
            throw new MalformedInputError({ file: this.name(p) }, "no such file in the model folder");
        return f;
    }
}

;// CONCATENATED MODULE: ./src/engine/model/open-model.ts
// Model references → a ModelSource. "hf://org/name@rev" is always the Hub; a path that starts
// with ".", "/" or "~", or names an existing folder, is local (as the reference tool decides);
// anything else is a Hub repo id, "org/name[@rev]".






const DEFAULT_HUB_URL = "https://huggingface.co";
async function classifyRef(ref, cwd, home) {
    const trimmed = ref.trim();
    if (trimmed === "")
        throw new ConfigError({}, "empty model reference: give a Hub repo id (org/name[@rev]) or a folder");
    if (trimmed.startsWith("hf://"))
        return { kind: "hub", ref: trimmed };
    if (trimmed.startsWith("~/") || trimmed === "~") {
        if (!home)
            throw new ConfigError({}, `cannot expand "~" in ${trimmed}: no home folder is known; give an absolute path`);
        return { kind: "local", folder: external_node_path_default().join(home, trimmed.slice(1)) };
    }
    const folder = external_node_path_default().resolve(cwd, trimmed);
    if (/^\.{1,2}(\/|$)/.test(trimmed) || external_node_path_default().isAbsolute(trimmed))
        return { kind: "local", folder };
    const st = await (0,promises_namespaceObject.stat)(folder).catch(() => undefined);
    return st?.isDirectory() ? { kind: "local", folder } : { kind: "hub", ref: trimmed };
}
async function openModel(ref, options) {
    const parsed = await classifyRef(ref, options.cwd, options.home);
    if (parsed.kind === "local")
        return openLocalModel(parsed.folder);
    const { repo, revision } = parseHubRef(parsed.ref);
    return openHubModel({
        repo,
        revision,
        hubUrl: options.hubUrl ?? DEFAULT_HUB_URL,
        ...(options.token === undefined ? {} : { token: options.token }),
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        ...(options.stats === undefined ? {} : { stats: options.stats }),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.retries === undefined ? {} : { retries: options.retries }),
    });
}

;// CONCATENATED MODULE: ./src/cli/context.ts
// What every CLI command receives: its parsed arguments, the process's I/O, and how to open models.

function modelOptions(common, io) {
    const token = common.token ?? io.env.HF_TOKEN ?? io.env.HUGGING_FACE_HUB_TOKEN;
    const home = io.env.HOME;
    return {
        hubUrl: common.hubUrl ?? io.env.HF_ENDPOINT ?? DEFAULT_HUB_URL,
        cwd: io.cwd,
        ...(token ? { token } : {}),
        ...(home ? { home } : {}),
        ...(io.fetch ? { fetch: io.fetch } : {}),
    };
}
function printJson(io, value) {
    io.stdout(JSON.stringify(value, null, 2) + "\n");
}

;// CONCATENATED MODULE: ./src/cli/format.ts
// Small text formatting helpers for human output.
const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function format_formatBytes(n) {
    let v = n;
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u += 1;
    }
    return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${UNITS[u]}`;
}
function formatCount(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(2)} B`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(2)} M`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} K`;
    return String(n);
}
/** Left-aligned columns; numeric columns (given by index) right-aligned. */
function table(header, rows, numeric = []) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const line = (cells) => cells
        .map((c, i) => (numeric.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
    return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

;// CONCATENATED MODULE: ./src/cli/commands/compare.ts





const compareCommand = async ({ args, json, plain, profile, io, modelOptions }) => {
    const a = await openModel(args[0], modelOptions);
    try {
        const b = await openModel(args[1], modelOptions);
        try {
            const result = compareFingerprints(await fingerprintModel(a, profile), await fingerprintModel(b, profile));
            if (json)
                printJson(io, result);
            else
                io.stdout((plain ? renderComparePlain(result) : renderCompare(result)) + "\n");
            return 0;
        }
        finally {
            await b.close();
        }
    }
    finally {
        await a.close();
    }
};
const fmt = (v) => (v === null ? "n/a" : v.toFixed(4));
function renderCompare(r) {
    const s = r.signals;
    const rows = [
        ["MFI", `${fmt(r.mfi.score)} (tier ${r.mfi.tier}, ${r.mfi.match_type})`],
        ["TFV", fmt(s.tfv)],
        ["VOA", fmt(s.voa)],
        ["tokenizer score", fmt(r.tokenizer_score)],
        ["EAS", fmt(s.eas)],
        ["NLF", fmt(s.nlf)],
        ["LEP", fmt(s.lep)],
        ["END", fmt(s.end)],
        ["WVC", fmt(s.wvc)],
        ["identity score", fmt(r.identity_score)],
    ];
    return [
        `a  ${r.a.ref}`,
        `b  ${r.b.ref}`,
        "",
        table(["signal", "value"], rows),
        "",
        `verdict  ${r.verdict.label} (${r.verdict.basis})`,
        ...r.warnings.map((w) => `warning  ${w}`),
        `read     a: ${r.requests.a} request(s), ${format_formatBytes(r.bytes_read.a)}, ${r.seconds.a.toFixed(2)} s; b: ${r.requests.b} request(s), ${format_formatBytes(r.bytes_read.b)}, ${r.seconds.b.toFixed(2)} s`,
    ].join("\n");
}
/** One "key: value" per line (reference §9.3 layout, our fields), for scripts that grep. */
function renderComparePlain(r) {
    const line = (k, v) => `${`${k}:`.padEnd(17)}${v}`;
    const s = r.signals;
    return [
        line("model_a", r.a.ref),
        line("model_b", r.b.ref),
        line("revision_a", r.a.revision ?? "local"),
        line("revision_b", r.b.revision ?? "local"),
        line("verdict", r.verdict.label),
        line("related", String(r.verdict.related)),
        line("identity_score", plainNum(r.identity_score)),
        line("mfi_score", plainNum(r.mfi.score)),
        line("mfi_tier", r.mfi.tier),
        line("mfi_match", r.mfi.match_type),
        line("tokenizer_score", plainNum(r.tokenizer_score)),
        ...["eas", "nlf", "lep", "end", "wvc", "tfv", "voa"].map((k) => line(k, plainNum(s[k]))),
        line("bytes_read_a", r.bytes_read.a),
        line("bytes_read_b", r.bytes_read.b),
        line("seconds_a", r.seconds.a.toFixed(3)),
        line("seconds_b", r.seconds.b.toFixed(3)),
    ].join("\n");
}
const plainNum = (v) => (v === null ? "N/A" : v.toFixed(4));

;// CONCATENATED MODULE: ./src/engine/reference/db-fs.ts
// File access for reference databases. A database is hostile input like any model: every path
// written inside its JSON must stay inside the database root, by its text (relative, no "..",
// no backslashes) and after links are resolved (a link may not lead out of the root).


const nodeDatabaseFs = {
    realpath: (p) => (0,promises_namespaceObject.realpath)(p),
    async fileSize(p) {
        const st = await (0,promises_namespaceObject.stat)(p);
        return st.isFile() ? st.size : null;
    },
    async readFile(p, maxBytes) {
        const fh = await (0,promises_namespaceObject.open)(p, "r");
        try {
            // Sized by the file as it is now, but read to EOF: a file that grows meanwhile is still
            // caught by the cap instead of being silently cut.
            const size = (await fh.stat()).size;
            let buf = new Uint8Array(Math.min(size, maxBytes) + 1);
            let done = 0;
            for (;;) {
                if (done === buf.length) {
                    if (buf.length > maxBytes)
                        break;
                    const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
                    bigger.set(buf);
                    buf = bigger;
                }
                const { bytesRead } = await fh.read(buf, done, buf.length - done, done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return buf.subarray(0, done);
        }
        finally {
            await fh.close();
        }
    },
};
/** Longer relative paths are not database paths (the shipped ones are < 120 characters). */
const MAX_DB_PATH_LENGTH = 1024;
/**
 * Why a path written in database JSON is refused, or null when its text is acceptable: it must
 * be relative, "/"-separated, without empty, "." or ".." segments, backslashes or control
 * characters. The reference resolves ".." and then checks containment; we refuse it outright.
 */
function pathTextProblem(rel) {
    if (rel.length === 0)
        return "is empty";
    if (rel.length > MAX_DB_PATH_LENGTH)
        return `is longer than ${MAX_DB_PATH_LENGTH} characters (MAX_DB_PATH_LENGTH)`;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f]/.test(rel))
        return "contains a control character";
    if (rel.includes("\\"))
        return "contains a backslash; database paths use /";
    if (rel.startsWith("/") || /^[A-Za-z]:/.test(rel))
        return "is absolute; database paths are relative to its root";
    for (const seg of rel.split("/")) {
        if (seg === "")
            return "has an empty segment";
        if (seg === "." || seg === "..")
            return `has a "${seg}" segment`;
    }
    return null;
}
/**
 * A database-relative path → the real file path, checked to lie inside `realRoot` after every
 * link is resolved. `realRoot` must itself be a realpath.
 */
async function db_fs_resolveInside(fs, realRoot, rel) {
    const bad = pathTextProblem(rel);
    if (bad !== null)
        return { ok: false, missing: false, reason: `path "${rel}" is refused: it ${bad}` };
    let real;
    try {
        real = await fs.realpath(external_node_path_default().join(realRoot, ...rel.split("/")));
    }
    catch (err) {
        const code = err.code;
        if (code === "ENOENT" || code === "ENOTDIR")
            return { ok: false, missing: true, reason: `file not found: ${rel}` };
        return { ok: false, missing: false, reason: `cannot resolve ${rel} (${code ?? err.message})` };
    }
    if (!real.startsWith(realRoot + (external_node_path_default()).sep)) {
        return {
            ok: false,
            missing: false,
            reason: `path "${rel}" is refused: a symbolic link leads outside the database root (to ${real})`,
        };
    }
    return { ok: true, path: real };
}

;// CONCATENATED MODULE: ./src/engine/reference/db-fields.ts
// Typed reads of database JSON fields with the reference's pydantic defaults (spec §7): a missing
// field takes its default silently, a field of the wrong type is a problem and takes the default.


class FieldReader {
    obj;
    file;
    at;
    problems;
    constructor(obj, file, 
    /** JSON path of `obj` inside the file ("assets[2]"), "" at the top level. */
    at, problems) {
        this.obj = obj;
        this.file = file;
        this.at = at;
        this.problems = problems;
    }
    field(key) {
        return this.at === "" ? key : `${this.at}.${key}`;
    }
    bad(key, want, v) {
        this.problems.add(this.file, this.field(key), `expected ${want}, found ${describe(v)}`);
    }
    /** A string with a default; null and other types are problems. */
    string(key, fallback = "") {
        const v = ownValue(this.obj, key);
        if (v === undefined)
            return fallback;
        if (typeof v === "string")
            return v;
        this.bad(key, "a string", v);
        return fallback;
    }
    /** A string that must be there and non-empty (ids); null when it is not. */
    id(key) {
        const v = ownValue(this.obj, key);
        if (typeof v === "string" && v.length > 0)
            return v;
        if (v === undefined)
            this.problems.add(this.file, this.field(key), "missing");
        else
            this.bad(key, "a non-empty string", v);
        return null;
    }
    stringList(key) {
        const v = ownValue(this.obj, key);
        if (v === undefined)
            return [];
        if (Array.isArray(v) && v.every((s) => typeof s === "string"))
            return [...v];
        this.bad(key, "a list of strings", v);
        return [];
    }
    /** A non-negative integer, or null when absent or wrong. */
    count(key) {
        const v = ownValue(this.obj, key);
        if (v === undefined)
            return null;
        if (v instanceof py_json_PyNumber &&
            v.kind === "int" &&
            Number.isSafeInteger(v.toNumber()) &&
            v.toNumber() >= 0) {
            return v.toNumber();
        }
        this.bad(key, "a non-negative integer", v);
        return null;
    }
    object(key) {
        const v = ownValue(this.obj, key);
        if (v === undefined)
            return {};
        if (isConfigObject(v))
            return v;
        this.bad(key, "an object", v);
        return {};
    }
    list(key) {
        const v = ownValue(this.obj, key);
        if (v === undefined)
            return [];
        if (Array.isArray(v))
            return v;
        this.bad(key, "a list", v);
        return [];
    }
    /** An object of string values (checksums). */
    stringMap(key) {
        const obj = this.object(key);
        const out = {};
        for (const k of Object.keys(obj)) {
            const v = obj[k];
            if (typeof v === "string")
                Object.defineProperty(out, k, { value: v, enumerable: true });
            else
                this.problems.add(this.file, `${this.field(key)}.${k}`, `expected a string, found ${describe(v)}`);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/engine/reference/problems.ts
// What is wrong with a reference database, entry by entry. A bad shard or bundle is reported and
// skipped, never thrown: one broken file must not hide the rest of a database.



/** A hostile database could produce a problem per entry; past this many, only a count is kept. */
const MAX_PROBLEMS = 1000;
class ProblemList {
    items = [];
    dropped = 0;
    add(file, field, message) {
        if (this.items.length < MAX_PROBLEMS)
            this.items.push({ file, field, message });
        else
            this.dropped += 1;
    }
    /** The problems, with a last line counting those left out. */
    list() {
        if (this.dropped === 0)
            return [...this.items];
        const more = {
            file: "",
            field: null,
            message: `${this.dropped} more problems not listed (MAX_PROBLEMS)`,
        };
        return [...this.items, more];
    }
}
/**
 * Reads a database JSON object by relative path with a size cap. `inFile` tells whether the
 * failure is in the file's content (report it at the file) or in reaching it (report it where
 * the path was written).
 */
async function readDbJson(db, rel, limit, limitName) {
    const resolved = await db_fs_resolveInside(db.fs, db.realRoot, rel);
    if (!resolved.ok)
        return { ok: false, missing: resolved.missing, message: resolved.reason, inFile: false };
    const size = await db.fs.fileSize(resolved.path).catch(() => null);
    if (size === null)
        return { ok: false, missing: false, message: `${rel} is not a regular file`, inFile: false };
    const over = (n) => `file is ${n} bytes, over the ${limit}-byte limit (${limitName})`;
    if (size > limit)
        return { ok: false, missing: false, message: over(size), inFile: true };
    let bytes;
    try {
        bytes = await db.fs.readFile(resolved.path, limit);
    }
    catch (err) {
        return {
            ok: false,
            missing: false,
            message: `cannot read ${rel} (${err.message})`,
            inFile: false,
        };
    }
    if (bytes.length > limit)
        return { ok: false, missing: false, message: over(bytes.length), inFile: true };
    try {
        const value = parseLosslessJson(bytes, rel);
        if (isConfigObject(value))
            return { ok: true, value };
        return {
            ok: false,
            missing: false,
            message: `expected a JSON object, found ${describe(value)}`,
            inFile: true,
        };
    }
    catch (err) {
        // parseLosslessJson prefixes the file name; the problem record carries it separately.
        const msg = err instanceof MalformedInputError ? err.message.slice(rel.length + 2) : err.message;
        return { ok: false, missing: false, message: msg, inFile: true };
    }
}

;// CONCATENATED MODULE: ./src/engine/reference/catalog.ts
// Reading a reference database's catalog (spec §7.1–§7.2): the manifest lists family shards in
// order, each shard names its family and assets. Assets keep catalog order (scan ties are broken
// by it). Only a missing or broken manifest is fatal; every other fault is a problem and skipped.






/** The manifest lists shard references only; the shipped one is 5 KB for 39 shards. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** A shard lists one family's assets (the shipped ones are ≤ 4 KB). */
const MAX_SHARD_BYTES = 16 * 1024 * 1024;
/** Ten times the 1,000 families a large database might hold. */
const catalog_MAX_SHARDS = 10_000;
/** Ten times the 10,000 entries scan is budgeted for (design §11). */
const MAX_ASSETS = 100_000;
const MANIFEST_PATH = "catalog/manifest.json";
async function loadReferenceDatabase(root, fs = nodeDatabaseFs) {
    const absRoot = external_node_path_default().resolve(root);
    const manifestFile = external_node_path_default().join(absRoot, ...MANIFEST_PATH.split("/"));
    const notADatabase = () => new ConfigError({ file: manifestFile }, `not a reference database: ${MANIFEST_PATH} is missing; point at the folder that holds catalog/ and features/`);
    const realRoot = await fs.realpath(absRoot).catch(() => null);
    if (realRoot === null)
        throw notADatabase();
    const loc = { fs, realRoot };
    const read = await readDbJson(loc, MANIFEST_PATH, MAX_MANIFEST_BYTES, "MAX_MANIFEST_BYTES");
    if (!read.ok && read.missing)
        throw notADatabase();
    if (!read.ok)
        throw new MalformedInputError({ file: manifestFile }, read.message);
    const problems = new ProblemList();
    const manifest = parseManifest(read.value, manifestFile, problems);
    const families = new Map();
    const assets = new Map();
    for (const [i, ref] of manifest.shards.entries()) {
        await loadShard(loc, ref, `shards[${i}]`, { families, assets, problems });
    }
    return {
        root: absRoot,
        fs,
        realRoot,
        manifest,
        families,
        assets: [...assets.values()],
        problems: problems.list(),
    };
}
/** A manifest whose top level or shard list has the wrong type is broken: fatal. */
function parseManifest(obj, manifestFile, problems) {
    const strict = new ProblemList();
    const top = new FieldReader(obj, MANIFEST_PATH, "", strict);
    const updated_at = top.string("updated_at");
    const shard_strategy = top.string("shard_strategy", "by_family");
    const list = top.list("shards");
    const first = strict.items[0];
    if (first !== undefined)
        throw new MalformedInputError({ file: manifestFile, field: first.field ?? undefined }, first.message);
    if (list.length > catalog_MAX_SHARDS) {
        problems.add(MANIFEST_PATH, "shards", `${list.length} shards, over the ${catalog_MAX_SHARDS} limit (MAX_SHARDS); the rest are skipped`);
    }
    const shards = [];
    for (const [i, item] of list.slice(0, catalog_MAX_SHARDS).entries()) {
        const at = `shards[${i}]`;
        if (!isConfigObject(item)) {
            problems.add(MANIFEST_PATH, at, "expected an object; the shard is skipped");
            continue;
        }
        const r = new FieldReader(item, MANIFEST_PATH, at, problems);
        const family_id = r.id("family_id");
        const shard_path = r.id("shard_path");
        const asset_count = r.count("asset_count");
        if (family_id !== null && shard_path !== null)
            shards.push({ family_id, shard_path, asset_count });
    }
    return { updated_at, shard_strategy, shards };
}
async function loadShard(loc, ref, at, acc) {
    const { problems } = acc;
    const read = await readDbJson(loc, ref.shard_path, MAX_SHARD_BYTES, "MAX_SHARD_BYTES");
    if (!read.ok) {
        if (read.inFile)
            problems.add(ref.shard_path, null, `${read.message}; the shard is skipped`);
        else
            problems.add(MANIFEST_PATH, `${at}.shard_path`, `${read.message}; the shard is skipped`);
        return;
    }
    const file = ref.shard_path;
    const top = new FieldReader(read.value, file, "", problems);
    const famObj = ownValue(read.value, "family");
    if (!isConfigObject(famObj)) {
        problems.add(file, "family", "missing or not an object; the shard is skipped");
        return;
    }
    const fr = new FieldReader(famObj, file, "family", problems);
    const family_id = fr.id("family_id");
    if (family_id === null)
        return;
    if (family_id !== ref.family_id) {
        problems.add(file, "family.family_id", `"${family_id}" differs from the manifest's "${ref.family_id}"; the shard's id is used`);
    }
    if (acc.families.has(family_id))
        problems.add(file, "family.family_id", `family "${family_id}" is listed by another shard too; this one replaces it`);
    const family = {
        family_id,
        display_name: fr.string("display_name"),
        publisher: fr.string("publisher"),
        family_hash: fr.string("family_hash"),
        baseline_model_ids: fr.stringList("baseline_model_ids"),
        shard_path: file,
    };
    acc.families.set(family_id, family);
    const list = top.list("assets");
    if (ref.asset_count !== null && ref.asset_count !== list.length) {
        problems.add(MANIFEST_PATH, `${at}.asset_count`, `${ref.asset_count} differs from the ${list.length} assets in ${file}`);
    }
    for (const [i, item] of list.entries())
        readAsset(item, file, `assets[${i}]`, family_id, acc);
}
function readAsset(item, file, at, familyId, acc) {
    const { problems, assets } = acc;
    if (!isConfigObject(item)) {
        problems.add(file, at, "expected an object; the asset is skipped");
        return;
    }
    const r = new FieldReader(item, file, at, problems);
    const asset_id = r.id("asset_id");
    if (asset_id === null)
        return;
    if (!assets.has(asset_id) && assets.size >= MAX_ASSETS) {
        problems.add(file, at, `more than ${MAX_ASSETS} assets (MAX_ASSETS); the asset is skipped`);
        return;
    }
    if (assets.has(asset_id))
        problems.add(file, `${at}.asset_id`, `"${asset_id}" is listed twice; the later record is used`);
    assets.set(asset_id, {
        asset_id,
        model_id: r.string("model_id"),
        canonical_name: r.string("canonical_name"),
        format: r.string("format", "other"),
        source_uri: r.string("source_uri"),
        checksums: r.stringMap("checksums"),
        feature_path: r.string("feature_path"),
        param_bucket: r.string("param_bucket"),
        family_id: familyId,
        shard_path: file,
        field: at,
    });
}

;// CONCATENATED MODULE: ./src/engine/reference/bundle.ts
// Base feature bundles (spec §7.3), read on demand: a scan or a check touches only the bundles
// it needs. Numbers stay lossless (stored MFI dimensions are re-hashed as written). A bundle that
// cannot be read is reported, never thrown, as the reference's scan skips it (spec §6.3).




/** Shipped bundles are ~3 KB; a bundle with a large tokenizer summary stays far below this. */
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;
/** A bundle names one deep-signals artifact today; a few hundred would already be odd. */
const MAX_ARTIFACT_REFS = 1000;
async function readBundle(db, asset) {
    const problems = new ProblemList();
    const where = `${asset.field}.feature_path`;
    if (asset.feature_path === "") {
        problems.add(asset.shard_path, where, "empty; the asset has no feature bundle");
        return { bundle: null, problems: problems.list() };
    }
    const file = asset.feature_path;
    const read = await readDbJson(db, file, MAX_BUNDLE_BYTES, "MAX_BUNDLE_BYTES");
    if (!read.ok) {
        if (read.inFile)
            problems.add(file, null, read.message);
        else
            problems.add(asset.shard_path, where, read.message);
        return { bundle: null, problems: problems.list() };
    }
    const r = new FieldReader(read.value, file, "", problems);
    const bundle = {
        file,
        bundle_id: r.string("bundle_id"),
        model_id: r.string("model_id"),
        asset_id: r.string("asset_id"),
        family_id: r.string("family_id"),
        source_id: r.string("source_id"),
        status: r.string("status", "ok"),
        updated_at: r.string("updated_at"),
        missing_signals: r.stringList("missing_signals"),
        mfi: r.object("mfi"),
        tfv: r.object("tfv"),
        vocab: r.object("vocab"),
        signals: r.object("signals"),
        artifact_refs: readArtifactRefs(r, file, problems),
    };
    if (bundle.asset_id !== "" && bundle.asset_id !== asset.asset_id) {
        problems.add(file, "asset_id", `"${bundle.asset_id}" differs from the catalog's "${asset.asset_id}"`);
    }
    return { bundle, problems: problems.list() };
}
function readArtifactRefs(r, file, problems) {
    const list = r.list("artifact_refs");
    if (list.length > MAX_ARTIFACT_REFS) {
        problems.add(file, "artifact_refs", `${list.length} entries, over the ${MAX_ARTIFACT_REFS} limit (MAX_ARTIFACT_REFS); the rest are skipped`);
    }
    const out = [];
    for (const [i, item] of list.slice(0, MAX_ARTIFACT_REFS).entries()) {
        const at = `artifact_refs[${i}]`;
        if (!isConfigObject(item)) {
            problems.add(file, at, "expected an object; the artifact is skipped");
            continue;
        }
        const a = new FieldReader(item, file, at, problems);
        const p = a.string("path");
        const bad = pathTextProblem(p);
        if (bad !== null) {
            problems.add(file, `${at}.path`, `path "${p}" is refused: it ${bad}; the artifact is skipped`);
            continue;
        }
        out.push({
            artifact_id: a.string("artifact_id"),
            type: a.string("type"),
            path: p,
            signals: a.stringList("signals"),
            checksum: a.string("checksum"),
            availability: a.string("availability"),
        });
    }
    return out;
}
/** A database-relative path (e.g. an artifact's parquet) → the real path inside the root. */
function resolveDbPath(db, rel) {
    return resolveInside(db.fs, db.realRoot, rel);
}

;// CONCATENATED MODULE: ./src/engine/reference/db-check.ts
// `db check`: re-derive what a reference database stores from the fields it stores (spec §12.6).
// arch_hash from the nine stored MFI values as written, param_bucket from the stored MFI through
// the §6.2 estimate; family_hash is informational, since it depends on rope_theta's int/float
// form in the original config, which stored bundles no longer have (always float).








/** Bundles read at once: small files, so a few in flight hide latency without many handles. */
const DB_CHECK_CONCURRENCY = 8;
async function dbCheck(root, fs) {
    const db = await loadReferenceDatabase(root, fs);
    return checkDatabase(db);
}
async function checkDatabase(db) {
    const entries = await mapLimit(db.assets, DB_CHECK_CONCURRENCY, (asset) => checkAsset(db, asset));
    const count = (f) => entries.filter(f).length;
    return {
        root: db.root,
        entries,
        reproduced: count((e) => e.arch_hash.ok && e.param_bucket.ok),
        total: entries.length,
        family_hash: {
            float_rule: count((e) => e.family_hash.rule === "float"),
            int_form: count((e) => e.family_hash.rule === "int-form"),
            total: entries.length,
        },
        problems: db.problems,
    };
}
async function checkAsset(db, asset) {
    const { bundle, problems } = await readBundle(db, asset);
    const all = [...problems];
    const mfi = bundle?.mfi ?? null;
    const file = bundle?.file ?? asset.feature_path;
    const arch = mfi === null ? null : deriveArch(mfi, file, all);
    const storedArch = mfi === null ? null : stringOrNull(ownValue(mfi, "arch_hash"));
    const bucket = mfi === null ? null : deriveBucket(mfi, file, all);
    const family = mfi === null ? null : deriveFamily(mfi, file, all);
    const archOk = arch !== null && arch === storedArch;
    if (mfi !== null && !archOk) {
        all.push({
            file,
            field: "mfi.arch_hash",
            message: `stored ${storedArch ?? "nothing"}, derived ${arch ?? "nothing"}`,
        });
    }
    const bucketOk = bucket !== null && bucket === asset.param_bucket;
    if (bucket !== null && !bucketOk) {
        all.push({
            file: asset.shard_path,
            field: `${asset.field}.param_bucket`,
            message: `stored "${asset.param_bucket}", derived "${bucket}" from the stored MFI`,
        });
    }
    return {
        asset_id: asset.asset_id,
        family_id: asset.family_id,
        arch_hash: { stored: storedArch, derived: arch, ok: archOk },
        param_bucket: { stored: asset.param_bucket, derived: bucket, ok: bucketOk },
        family_hash: family ?? { stored: null, derived: null, ok: false, rule: null },
        problems: all,
    };
}
function deriveArch(mfi, file, out) {
    const fields = storedArchFields(mfi);
    if (Array.isArray(fields)) {
        for (const p of fields)
            out.push({ file, field: p.field, message: `${p.message}; arch_hash cannot be derived` });
        return null;
    }
    return archHash(fields);
}
function deriveBucket(mfi, file, out) {
    const { fingerprint, problems } = parseStoredMfi(mfi);
    for (const p of problems)
        out.push({ file, field: p.field, message: p.message });
    return problems.length > 0 ? null : paramBucket(estimateParameters(fingerprint));
}
/**
 * The float rule first (stored rope_theta as written); when that misses and rope_theta is an
 * integral float, its int form — what the reference hashed for configs that wrote an int.
 */
function deriveFamily(mfi, file, out) {
    const stored = stringOrNull(ownValue(mfi, "family_hash"));
    const fields = storedFamilyFields(mfi);
    if (Array.isArray(fields)) {
        for (const p of fields)
            out.push({ file, field: p.field, message: `${p.message}; family_hash cannot be derived` });
        return { stored, derived: null, ok: false, rule: null };
    }
    const floatRule = familyHash(fields);
    if (floatRule === stored)
        return { stored, derived: floatRule, ok: true, rule: "float" };
    const intForm = intFormOf(fields);
    if (intForm !== null && familyHash(intForm) === stored) {
        return { stored, derived: familyHash(intForm), ok: true, rule: "int-form" };
    }
    return { stored, derived: floatRule, ok: false, rule: null };
}
function intFormOf(f) {
    const t = f.rope_theta;
    if (t === null || t.kind !== "float" || !Number.isSafeInteger(t.toNumber()))
        return null;
    return { ...f, rope_theta: py_json_PyNumber.int(t.toNumber()) };
}
function stringOrNull(v) {
    return typeof v === "string" ? v : null;
}

;// CONCATENATED MODULE: ./src/engine/reference/index.ts
// Reference databases in the provenancekit layout: catalog, bundles, and `db check`.






;// CONCATENATED MODULE: ./src/cli/commands/db-check.ts



/** Exit 0 when every entry re-derives and nothing is malformed; 1 otherwise (the report says what). */
const dbCheckCommand = async ({ args, json, io }) => {
    const report = await dbCheck(external_node_path_default().resolve(io.cwd, args[0]));
    if (json)
        printJson(io, report);
    else
        io.stdout(renderDbCheck(report) + "\n");
    const clean = report.reproduced === report.total &&
        report.problems.length === 0 &&
        report.entries.every((e) => e.problems.length === 0);
    return clean ? 0 : 1;
};
function renderDbCheck(r) {
    const out = [
        `database     ${r.root}`,
        `reproduced   ${r.reproduced} of ${r.total} entries (arch_hash and param_bucket re-derived from the stored MFI)`,
        `family_hash  ${r.family_hash.float_rule} with the stored rope_theta, ${r.family_hash.int_form} only with its int form, of ${r.family_hash.total} (informational)`,
    ];
    for (const p of r.problems)
        out.push(`problem      ${p.file}${p.field ? ` [${p.field}]` : ""}: ${p.message}`);
    for (const e of r.entries) {
        const bad = [];
        // An unreadable bundle has nothing to re-derive: its problems say why.
        const readable = e.arch_hash.derived !== null;
        if (readable && !e.arch_hash.ok)
            bad.push(`arch_hash stored ${e.arch_hash.stored ?? "-"} derived ${e.arch_hash.derived ?? "-"}`);
        if (readable && !e.param_bucket.ok)
            bad.push(`param_bucket stored ${e.param_bucket.stored ?? "-"} derived ${e.param_bucket.derived ?? "-"}`);
        for (const p of e.problems)
            bad.push(`${p.file}${p.field ? ` [${p.field}]` : ""}: ${p.message}`);
        if (bad.length > 0)
            out.push(`entry        ${e.family_id}/${e.asset_id}`, ...bad.map((b) => `               ${b}`));
    }
    return out.join("\n");
}

;// CONCATENATED MODULE: ./src/cli/commands/fingerprint.ts




const fingerprintCommand = async ({ args, json, profile, io, modelOptions }) => {
    const model = await openModel(args[0], modelOptions);
    try {
        const { fingerprint } = await fingerprintModel(model, profile);
        if (json)
            printJson(io, fingerprint);
        else
            io.stdout(renderFingerprint(fingerprint) + "\n");
        return 0;
    }
    finally {
        await model.close();
    }
};
function renderFingerprint(f) {
    const m = f.mfi;
    const out = [
        `model        ${f.ref}`,
        `mfi          ${m.model_type} (${m.architectures.join(", ")}), hidden ${m.hidden_size}, layers ${m.num_hidden_layers}, heads ${m.num_attention_heads}/${m.num_key_value_heads ?? "-"} (${m.attention_style}), vocab ${m.vocab_size}`,
        `             ${m.norm_type}, act ${m.hidden_act ?? "-"}, pos ${m.pos_encoding}, rope_theta ${m.rope_theta ?? "-"}, ${m.token_id_signature}`,
        `arch_hash    ${m.arch_hash}`,
        `family_hash  ${m.family_hash}`,
    ];
    const t = f.tfv;
    if (t && f.tokenizer) {
        const scripts = Object.entries(t.script_distribution)
            .map(([s, p]) => `${s} ${p}`)
            .join(", ");
        out.push(`tokenizer    ${f.tokenizer.format} (${f.tokenizer.model_type}, ${t.tokenizer_class}), ${t.vocab_size} tokens, ${t.num_merges} merges`, `             avg length ${t.avg_token_length}, whitespace-prefixed ${t.pct_whitespace_prefix}, byte tokens ${t.pct_byte_tokens}`, `             scripts ${scripts || "-"}`, `             hash ${f.tokenizer.canonical_hash}`);
    }
    const w = f.weights;
    if (w) {
        const wvcLayers = w.wvc_layer_sigs ? Object.keys(w.wvc_layer_sigs).length : 0;
        out.push(`weights      ${w.profile} profile: EAS ${w.eas_anchor_count} anchors, NLF ${w.nlf_mode ?? "-"} (${w.nlf_num_layers} vectors), LEP ${w.lep_profile?.length ?? 0} layers, END ${w.end_histogram ? 20 : 0} bins, WVC ${wvcLayers} layers`);
    }
    else {
        out.push("weights      none");
    }
    for (const w of f.warnings)
        out.push(`warning      ${w}`);
    out.push(`read         ${f.requests} request(s), ${format_formatBytes(f.bytes_read)}, ${f.seconds.toFixed(2)} s`);
    return out.join("\n");
}

;// CONCATENATED MODULE: ./src/engine/model/config-summary.ts
// A short, human-facing summary of config.json for `inspect`. The full metadata fingerprint (MFI)
// with its alias and default tables is a separate feature; this only names the few numbers a
// person checks first, under the spellings real configs use.


/** config.json files of real models are a few KB; anything past this is not a config. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const ALIASES = {
    hidden_size: ["hidden_size", "n_embd", "d_model", "dim"],
    num_hidden_layers: ["num_hidden_layers", "n_layer", "num_layers", "n_layers"],
    num_attention_heads: ["num_attention_heads", "n_head", "num_heads", "n_heads"],
    num_key_value_heads: ["num_key_value_heads", "num_kv_heads", "n_kv_heads", "multi_query_group_num"],
    intermediate_size: ["intermediate_size", "n_inner", "ffn_dim", "d_ff"],
    max_position_embeddings: ["max_position_embeddings", "n_positions", "max_seq_len"],
};
function parseConfigJson(bytes, file) {
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    }
    catch (err) {
        throw new MalformedInputError({ file }, `not valid UTF-8 JSON (${err.message})`);
    }
    if (!isJsonObject(parsed))
        throw new MalformedInputError({ file }, `expected a JSON object, found ${config_summary_describe(parsed)}`);
    return parsed;
}
function summarizeConfig(config) {
    const [backbone, text] = textBackbone(config);
    const pick = (field) => {
        for (const key of ALIASES[field] ?? [field]) {
            const v = text[key] ?? config[key];
            if (typeof v === "number" && Number.isFinite(v))
                return v;
        }
        return null;
    };
    const archs = config.architectures;
    const dtype = text.torch_dtype ?? config.torch_dtype ?? text.dtype ?? config.dtype;
    const tie = config.tie_word_embeddings ?? text.tie_word_embeddings;
    const modelType = text.model_type ?? config.model_type;
    return {
        model_type: typeof modelType === "string" ? modelType : null,
        architectures: Array.isArray(archs) ? archs.filter((a) => typeof a === "string") : [],
        hidden_size: pick("hidden_size"),
        num_hidden_layers: pick("num_hidden_layers"),
        num_attention_heads: pick("num_attention_heads"),
        num_key_value_heads: pick("num_key_value_heads"),
        intermediate_size: pick("intermediate_size"),
        vocab_size: pick("vocab_size"),
        max_position_embeddings: pick("max_position_embeddings"),
        torch_dtype: typeof dtype === "string" ? dtype : null,
        tie_word_embeddings: typeof tie === "boolean" ? tie : null,
        backbone,
    };
}
/** Multimodal and encoder-decoder configs keep the language model under a sub-object. */
function textBackbone(config) {
    for (const key of ["text_config", "decoder"]) {
        const sub = config[key];
        if (isJsonObject(sub))
            return [key, sub];
    }
    return ["", config];
}
async function readConfigSummary(model) {
    if (!model.file("config.json"))
        return null;
    const bytes = await model.readFile("config.json", MAX_CONFIG_BYTES);
    return summarizeConfig(parseConfigJson(bytes, `${model.ref}/config.json`));
}
function config_summary_describe(v) {
    return v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
}

;// CONCATENATED MODULE: ./src/engine/inspect.ts
// `inspect`: what a model is made of, read from its file list, config.json and safetensors
// headers only — no tensor data — so it costs a few requests even for a 7B model.



async function inspectModel(model) {
    const notes = [];
    const config = await readConfigSummary(model);
    if (!config)
        notes.push("no config.json: the model's architecture cannot be read");
    let weights = null;
    if (hasSafetensorsWeights(model)) {
        const set = await openWeights(model);
        const tensors = set.tensors.map((t) => ({
            name: t.name,
            dtype: t.dtype,
            shape: t.shape,
            bytes: t.byteLength,
            shard: t.file,
        }));
        const dtypes = {};
        let params = 0;
        for (const t of set.tensors) {
            const n = t.shape.reduce((a, b) => a * b, 1);
            params += n;
            dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + n;
        }
        weights = {
            format: set.format,
            shards: set.shards.map((s) => ({
                file: s.file,
                header_bytes: s.headerLength,
                tensors: s.tensors.length,
                bytes: s.tensors.reduce((a, t) => a + t.byteLength, 0),
            })),
            tensors,
            total_tensors: tensors.length,
            total_parameters: params,
            total_bytes: tensors.reduce((a, t) => a + t.bytes, 0),
            dtypes,
        };
    }
    else {
        notes.push(noWeightsReason(model));
    }
    return {
        ref: model.ref,
        source: model.kind,
        repo: model.repo ?? null,
        requested_revision: model.requestedRevision ?? null,
        revision: model.revision ?? null,
        files: model.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 ?? null })),
        config,
        weights,
        notes,
        requests: model.stats.requests,
        bytes_read: model.stats.bytes,
    };
}

;// CONCATENATED MODULE: ./src/cli/render-inspect.ts
// Human rendering of an InspectReport.

function renderInspect(r) {
    const out = [];
    const totalFileBytes = r.files.reduce((a, f) => a + f.size, 0);
    out.push(`model     ${r.ref}`);
    if (r.source === "hub")
        out.push(`revision  ${r.revision} (requested ${r.requested_revision})`);
    out.push(`files     ${r.files.length} files, ${format_formatBytes(totalFileBytes)}`);
    for (const f of r.files) {
        out.push(`  ${f.path.padEnd(40)} ${format_formatBytes(f.size).padStart(10)}${f.sha256 ? `  sha256:${f.sha256.slice(0, 12)}…` : ""}`);
    }
    const c = r.config;
    if (c) {
        const arch = c.architectures.length > 0 ? ` (${c.architectures.join(", ")})` : "";
        const heads = c.num_key_value_heads === null
            ? `${c.num_attention_heads ?? "?"}`
            : `${c.num_attention_heads ?? "?"}/${c.num_key_value_heads} kv`;
        out.push(`config    ${c.model_type ?? "unknown type"}${arch}${c.backbone ? ` [${c.backbone}]` : ""}`, `          hidden ${c.hidden_size ?? "?"}, layers ${c.num_hidden_layers ?? "?"}, heads ${heads}, intermediate ${c.intermediate_size ?? "?"}, vocab ${c.vocab_size ?? "?"}, dtype ${c.torch_dtype ?? "?"}`);
    }
    const w = r.weights;
    if (w) {
        const dtypes = Object.entries(w.dtypes)
            .map(([d, n]) => `${d} ${formatCount(n)}`)
            .join(", ");
        out.push(`weights   ${w.format}, ${w.shards.length} file(s), ${w.total_tensors} tensors, ${formatCount(w.total_parameters)} parameters (${dtypes}), ${format_formatBytes(w.total_bytes)}`, "", table(["tensor", "dtype", "shape", "bytes", "shard"], w.tensors.map((t) => [t.name, t.dtype, `[${t.shape.join(", ")}]`, format_formatBytes(t.bytes), t.shard]), [3]), "");
    }
    for (const n of r.notes)
        out.push(`note      ${n}`);
    out.push(`read      ${r.requests} request(s), ${format_formatBytes(r.bytes_read)}`);
    return out.join("\n");
}

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts




const inspectCommand = async ({ args, json, io, modelOptions }) => {
    const model = await openModel(args[0], modelOptions);
    try {
        const report = await inspectModel(model);
        if (json)
            printJson(io, report);
        else
            io.stdout(renderInspect(report) + "\n");
        return 0;
    }
    finally {
        await model.close();
    }
};

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
// The CLI as a function: argv and environment in, output and exit code out, so tests can run it
// in-process. Exit codes: 0 ok, 1 failure (or failing findings), 2 usage or configuration error.








const HANDLERS = {
    inspect: inspectCommand,
    fingerprint: fingerprintCommand,
    compare: compareCommand,
    "db check": dbCheckCommand,
};
async function runCli(io) {
    try {
        const cmd = parseCommandLine(io.argv);
        if (cmd.kind === "help") {
            io.stdout(cmd.text + "\n");
            return 0;
        }
        if (cmd.kind === "version") {
            io.stdout(`provenance-gate ${VERSION}\n`);
            return 0;
        }
        return await HANDLERS[cmd.name]({
            args: cmd.args,
            json: cmd.json,
            plain: cmd.plain,
            profile: cmd.profile,
            io,
            modelOptions: modelOptions(cmd.common, io),
        });
    }
    catch (err) {
        return reportError(err, io);
    }
}
function reportError(err, io) {
    if (err instanceof UsageError) {
        io.stderr(`error: ${err.message}\n`);
        return 2;
    }
    if (err instanceof ProvenanceError) {
        io.stderr(`error (${err.kind}): ${err.message}\n`);
        return err.kind === "config" ? 2 : 1;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr(`error: ${e.message}\n${io.argv.includes("--verbose") && e.stack ? e.stack + "\n" : ""}`);
    return 1;
}


/***/ }),

/***/ 982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports __require, __commonJS */
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ (/* unused pure expression or super */ null && (((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined")
    return require.apply(this, arguments);
  throw new Error('Dynamic require of "' + x + '" is not supported');
})));
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};




/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
