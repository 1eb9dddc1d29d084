// The part of the SARIF 2.1.0 schema that tonelint's log uses, written out from the specification (OASIS
// SARIF v2.1.0, sections 3.13-3.58) plus what GitHub code scanning requires on top of it. Objects are closed
// (additionalProperties: false) as in the official schema, so a misspelt property fails here too.

const message = {
  type: 'object',
  additionalProperties: false,
  properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string' }, id: { type: 'string' } },
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
};
const multiformat = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string' } },
};
const propertyBag = {
  type: 'object',
  properties: { tags: { type: 'array', uniqueItems: true, items: { type: 'string' } } },
};
const artifactLocation = {
  type: 'object',
  additionalProperties: false,
  required: ['uri'],
  properties: { uri: { type: 'string', format: 'uri-reference' }, uriBaseId: { type: 'string' }, index: { type: 'integer', minimum: -1 } },
};
const region = {
  type: 'object',
  additionalProperties: false,
  required: ['startLine'],
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    snippet: { type: 'object', additionalProperties: false, required: ['text'], properties: { text: { type: 'string' } } },
  },
};
const location = {
  type: 'object',
  additionalProperties: false,
  properties: {
    physicalLocation: {
      type: 'object',
      additionalProperties: false,
      required: ['artifactLocation'],
      properties: { artifactLocation, region },
    },
  },
};
const level = { enum: ['none', 'note', 'warning', 'error'] };

export const sarifSubsetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['$schema', 'version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tool', 'results', 'invocations', 'columnKind'],
        properties: {
          tool: {
            type: 'object',
            additionalProperties: false,
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'version', 'informationUri', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string', minLength: 1 },
                  semanticVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['id', 'shortDescription', 'fullDescription', 'help', 'helpUri'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: multiformat,
                        fullDescription: multiformat,
                        help: { ...multiformat, required: ['text', 'markdown'] },
                        helpUri: { type: 'string', format: 'uri' },
                        defaultConfiguration: {
                          type: 'object',
                          additionalProperties: false,
                          properties: { level, enabled: { type: 'boolean' } },
                        },
                        properties: propertyBag,
                      },
                    },
                  },
                },
              },
            },
          },
          invocations: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['executionSuccessful'],
              properties: {
                executionSuccessful: { type: 'boolean' },
                toolExecutionNotifications: {
                  type: 'array',
                  items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['message'],
                    properties: {
                      message,
                      level,
                      locations: { type: 'array', items: location },
                      descriptor: {
                        type: 'object',
                        additionalProperties: false,
                        anyOf: [{ required: ['id'] }, { required: ['index'] }],
                        properties: { id: { type: 'string' }, index: { type: 'integer', minimum: -1 } },
                      },
                    },
                  },
                },
              },
            },
          },
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          results: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              // GitHub code scanning needs the rule, a message text and at least one physical location.
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string', minLength: 1 },
                ruleIndex: { type: 'integer', minimum: 0 },
                level,
                message: { ...message, required: ['text'] },
                locations: { type: 'array', minItems: 1, items: { ...location, required: ['physicalLocation'] } },
                partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
                properties: propertyBag,
              },
            },
          },
        },
      },
    },
  },
};

/** RFC 3986: only unreserved, reserved and well-formed percent-escapes. */
export const isUriReference = (s: string) => /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s);
export const isUri = (s: string) => isUriReference(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);
