import { describe, it, expect } from 'vitest';
import { extractJsonError } from './extractJsonError';

describe('extractJsonError', () => {
  it.each([
    [
      'RFC 9457 problem details (declared)',
      422,
      true,
      {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Balance is 30, cost is 50.',
        instance: '/account/12345/msgs/abc',
        status: 422,
      },
      {
        shape: 'problem-details',
        message: 'Balance is 30, cost is 50.',
        problem: {
          type: 'https://example.com/probs/out-of-credit',
          title: 'You do not have enough credit.',
          detail: 'Balance is 30, cost is 50.',
          status: 422,
          instance: '/account/12345/msgs/abc',
        },
      },
    ],
    [
      'problem shape in plain JSON, type defaults to about:blank',
      404,
      false,
      { title: 'Not Found', status: 404, detail: 'No user 42' },
      {
        shape: 'problem-details',
        problem: { type: 'about:blank', title: 'Not Found', detail: 'No user 42', status: 404 },
      },
    ],
    [
      "problem with RFC 9457's errors extension",
      422,
      true,
      { title: 'Invalid', errors: [{ detail: 'must be a positive integer', pointer: '#/age' }] },
      { fieldErrors: [{ field: 'age', message: 'must be a positive integer' }] },
    ],
    [
      "problem with RFC 7807's invalid-params",
      400,
      true,
      {
        type: 'https://example.net/validation-error',
        title: 'Bad',
        'invalid-params': [{ name: 'color', reason: "must be 'green', 'red' or 'blue'" }],
      },
      { fieldErrors: [{ field: 'color', message: "must be 'green', 'red' or 'blue'" }] },
    ],
    [
      'ASP.NET ValidationProblemDetails',
      400,
      false,
      {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { Email: ['The Email field is required.'] },
      },
      {
        shape: 'problem-details',
        fieldErrors: [{ field: 'Email', message: 'The Email field is required.' }],
      },
    ],
    [
      'error + message',
      400,
      false,
      { error: 'Bad Request', message: "Field 'email' is required", field: 'email' },
      {
        shape: 'generic',
        message: "Field 'email' is required",
        code: undefined,
        fieldErrors: [{ field: 'email', message: "Field 'email' is required" }],
      },
    ],
    [
      'error code + message',
      404,
      false,
      { error: 'not_found', message: 'No such user' },
      { message: 'No such user', code: 'not_found' },
    ],
    [
      'Google error model with field violations and ErrorInfo',
      400,
      false,
      {
        error: {
          code: 400,
          message: 'Request contains an invalid argument.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [{ field: 'name', description: 'must not be empty' }],
            },
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'API_KEY_INVALID',
              domain: 'googleapis.com',
            },
          ],
        },
      },
      {
        shape: 'google',
        message: 'Request contains an invalid argument.',
        code: 'INVALID_ARGUMENT',
        reason: 'API_KEY_INVALID',
        fieldErrors: [{ field: 'name', message: 'must not be empty' }],
      },
    ],
    [
      'nested error object with code',
      500,
      false,
      { error: { message: 'Database unavailable', code: 'DB_DOWN' } },
      { shape: 'nested-error', message: 'Database unavailable', code: 'DB_DOWN' },
    ],
    [
      'Stripe',
      402,
      false,
      {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
          param: 'source',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        },
      },
      {
        shape: 'stripe',
        code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
        fieldErrors: [{ field: 'source', message: 'Your card has insufficient funds.' }],
        documentationUrl: 'https://stripe.com/docs/error-codes/card-declined',
      },
    ],
    [
      'OData / Microsoft Graph details with targets',
      400,
      false,
      {
        error: {
          code: 'BadArgument',
          message: 'Multiple errors',
          details: [{ code: 'NullValue', target: 'PhoneNumber', message: 'Phone number must not be null' }],
        },
      },
      {
        shape: 'odata',
        code: 'BadArgument',
        fieldErrors: [{ field: 'PhoneNumber', message: 'Phone number must not be null' }],
      },
    ],
    [
      'JSON:API errors',
      422,
      false,
      {
        errors: [
          {
            status: '422',
            source: { pointer: '/data/attributes/firstName' },
            title: 'Invalid Attribute',
            detail: 'First name must contain at least two characters.',
          },
          { source: { parameter: 'include' }, detail: 'Unknown include' },
        ],
      },
      {
        shape: 'json-api',
        fieldErrors: [
          { field: 'firstName', message: 'First name must contain at least two characters.' },
          { field: 'include', message: 'Unknown include' },
        ],
      },
    ],
    [
      'GitHub validation errors',
      422,
      false,
      {
        message: 'Validation Failed',
        errors: [
          { resource: 'Issue', field: 'title', code: 'missing_field' },
          { resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long' },
        ],
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      },
      {
        shape: 'github',
        message: 'Validation Failed',
        code: 'missing_field',
        documentationUrl: 'https://docs.github.com/rest/issues/issues#create-an-issue',
        fieldErrors: [
          { field: 'title', message: 'is required' },
          { field: 'body', message: 'body is too long' },
        ],
      },
    ],
    [
      'GraphQL errors with paths stay messages',
      200,
      false,
      {
        data: null,
        errors: [
          {
            message: 'Cannot query field "nme"',
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
          { message: 'Not allowed', path: ['user', 0, 'email'] },
        ],
      },
      {
        shape: 'graphql',
        message: 'Cannot query field "nme"',
        code: 'GRAPHQL_VALIDATION_FAILED',
        messages: ['Not allowed (at user[0].email)'],
        fieldErrors: [],
      },
    ],
    [
      'seed article field errors',
      422,
      false,
      {
        error: 'Validation Failed',
        errors: [
          { field: 'age', message: 'Must be 18 or older' },
          { field: 'email', message: 'Invalid email format' },
        ],
      },
      {
        shape: 'errors-array',
        message: 'Validation Failed',
        fieldErrors: [
          { field: 'age', message: 'Must be 18 or older' },
          { field: 'email', message: 'Invalid email format' },
        ],
      },
    ],
    [
      'Rails / Laravel errors map',
      422,
      false,
      {
        message: 'The given data was invalid.',
        errors: { email: ['has already been taken', 'is too short'], name: "can't be blank" },
      },
      {
        shape: 'errors-map',
        message: 'The given data was invalid.',
        fieldErrors: [
          { field: 'email', message: 'has already been taken' },
          { field: 'email', message: 'is too short' },
          { field: 'name', message: "can't be blank" },
        ],
      },
    ],
    [
      'Django REST framework',
      400,
      false,
      { email: ['Enter a valid email address.'], non_field_errors: ['Passwords do not match.'] },
      {
        shape: 'drf',
        fieldErrors: [
          { field: 'email', message: 'Enter a valid email address.' },
          { field: 'non_field_errors', message: 'Passwords do not match.' },
        ],
      },
    ],
    [
      'DRF detail',
      401,
      false,
      { detail: 'Authentication credentials were not provided.' },
      { shape: 'generic', message: 'Authentication credentials were not provided.' },
    ],
    [
      'FastAPI / Pydantic',
      422,
      false,
      { detail: [{ loc: ['body', 'email'], msg: 'field required', type: 'value_error.missing' }] },
      { shape: 'fastapi', fieldErrors: [{ field: 'body.email', message: 'field required' }] },
    ],
    [
      'OAuth 2.0 token error',
      400,
      false,
      {
        error: 'invalid_grant',
        error_description: 'Refresh token expired',
        error_uri: 'https://auth.example.com/errors#invalid_grant',
      },
      {
        shape: 'oauth',
        message: 'Refresh token expired',
        code: 'invalid_grant',
        documentationUrl: 'https://auth.example.com/errors#invalid_grant',
      },
    ],
    [
      'bare OAuth error code',
      401,
      false,
      { error: 'invalid_client' },
      { shape: 'oauth', message: 'invalid_client', code: 'invalid_client' },
    ],
    [
      'AWS JSON protocol',
      400,
      false,
      {
        __type: 'com.amazonaws.dynamodb.v20120810#ValidationException',
        message: 'One or more parameter values were invalid',
      },
      { shape: 'aws', code: 'ValidationException', message: 'One or more parameter values were invalid' },
    ],
    [
      'AWS capitalised Message',
      403,
      false,
      { Message: 'User is not authorized to access this resource' },
      { shape: 'generic', message: 'User is not authorized to access this resource' },
    ],
    [
      'Spring Boot default error',
      500,
      false,
      {
        timestamp: '2026-03-24T12:00:00.000+00:00',
        status: 500,
        error: 'Internal Server Error',
        message: 'No message available',
        path: '/api/orders',
      },
      { shape: 'spring', message: 'Internal Server Error' },
    ],
    [
      'Spring Boot with binding errors',
      400,
      false,
      {
        timestamp: 't',
        status: 400,
        error: 'Bad Request',
        message: 'Validation failed for object',
        errors: [{ field: 'name', defaultMessage: 'must not be blank', objectName: 'user' }],
        path: '/users',
      },
      {
        message: 'Validation failed for object',
        fieldErrors: [{ field: 'name', message: 'must not be blank' }],
      },
    ],
    [
      'Apigee fault',
      401,
      false,
      { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } },
      { shape: 'apigee', message: 'Invalid ApiKey', code: 'oauth.v2.InvalidApiKey' },
    ],
    [
      'NestJS message list',
      400,
      false,
      {
        statusCode: 400,
        message: ['email must be an email', 'name should not be empty'],
        error: 'Bad Request',
      },
      { message: 'Bad Request', shape: 'generic' },
    ],
    [
      'top-level error array',
      400,
      false,
      [{ field: 'id', message: 'unknown' }],
      { shape: 'errors-array', fieldErrors: [{ field: 'id', message: 'unknown' }] },
    ],
    ['JSON string body', 500, false, 'boom', { shape: 'text', message: 'boom' }],
  ] as [string, number, boolean, unknown, Record<string, unknown>][])(
    '%s',
    (_, status, declaredProblem, value, expected) => {
      expect(extractJsonError(value, status, declaredProblem)).toMatchObject(expected);
    },
  );

  it.each([
    ['a success message on 201', 201, { message: 'User created', id: 4 }],
    ['an empty errors list on 200', 200, { data: { ok: true }, errors: [] }],
    ['null error on 200', 200, { error: null, data: 1 }],
    ['an object without any error member on 500', 500, { foo: 'bar' }],
    ['DRF-like map on 200', 200, { tags: ['a', 'b'] }],
    ['DRF-like map on 409 (only 400/422)', 409, { tags: ['a', 'b'] }],
    ['a number', 500, 42],
    ['an empty array', 400, []],
  ])('nothing for %s', (_, status, value) => {
    expect(extractJsonError(value, status)).toBeUndefined();
  });

  it('never returns more than the field-error cap', () => {
    const errors = Array.from({ length: 500 }, (_, i) => ({ field: `f${i}`, message: 'bad' }));
    expect(extractJsonError({ errors }, 422)?.fieldErrors.length).toBe(50);
  });

  it('cuts very long messages', () => {
    const message = extractJsonError({ message: 'x'.repeat(10_000) }, 500)?.message ?? '';
    expect(message.length).toBeLessThanOrEqual(500);
    expect(message.endsWith('…')).toBe(true);
  });
});

describe('extractJsonError: OAuth only when it is OAuth', () => {
  it.each([
    ['a registered OAuth code', { error: 'invalid_grant' }, {}, 'oauth'],
    ['error_description', { error: 'whatever', error_description: 'x' }, {}, 'oauth'],
    [
      'a code at a token endpoint or after a Bearer challenge',
      { error: 'account_locked' },
      { oauth: true },
      'oauth',
    ],
    ['an unregistered code elsewhere', { error: 'not_found' }, {}, 'error-code'],
    ['an unregistered code with a message', { error: 'not_found', message: 'No such user' }, {}, 'generic'],
  ])('%s', (_, body, context, shape) => {
    expect(extractJsonError(body, 404, false, context)?.shape).toBe(shape);
  });
});
