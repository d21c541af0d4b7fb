/** A validation error tied to one input field. `field` is '' when the API names none. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 members; `type` defaults to "about:blank" as the RFC says. */
export interface ProblemDetails {
  type: string;
  title: string;
  detail: string;
  status?: number;
  instance?: string;
}

/** Which convention the body follows; named in the finding so the reader knows what was recognised. */
export type BodyErrorShape =
  | 'problem-details'
  | 'problem-xml'
  | 'google'
  | 'stripe'
  | 'odata'
  | 'nested-error'
  | 'json-api'
  | 'graphql'
  | 'github'
  | 'fastapi'
  | 'errors-array'
  | 'errors-map'
  | 'drf'
  | 'oauth'
  | 'error-code'
  | 'aws'
  | 'spring'
  | 'apigee'
  | 'generic'
  | 'xml'
  | 'soap'
  | 'html'
  | 'text';

/** The error a body carries, whatever its format. */
export interface BodyError {
  shape: BodyErrorShape;
  /** The main human message, plain text (never markup), bounded in length. */
  message?: string;
  /** Machine-readable code: "invalid_token", "INVALID_ARGUMENT", "card_declined"... */
  code?: string;
  /** Further general (non-field) messages, when there are several. */
  messages: string[];
  fieldErrors: FieldError[];
  problem?: ProblemDetails;
  /** A documentation link from the body (GitHub documentation_url, OAuth error_uri); http(s) only. */
  documentationUrl?: string;
  /** Google ErrorInfo reason and similar secondary codes. */
  reason?: string;
}

export const BODY_ERROR_SHAPE_WORDS: Record<BodyErrorShape, string> = {
  'problem-details': 'RFC 9457 problem details',
  'problem-xml': 'RFC 9457 problem details in XML',
  google: "Google's API error model",
  stripe: 'a Stripe-style error object',
  odata: 'an OData / Microsoft API error',
  'nested-error': 'an error object',
  'json-api': 'JSON:API errors',
  graphql: 'GraphQL errors',
  github: 'GitHub-style validation errors',
  fastapi: 'FastAPI / Pydantic validation errors',
  'errors-array': 'an errors list',
  'errors-map': 'a field-to-messages map (Rails, Laravel)',
  drf: 'Django REST framework validation errors',
  oauth: 'an OAuth 2.0 error',
  'error-code': 'an error code',
  aws: 'an AWS error',
  spring: "Spring Boot's default error body",
  apigee: 'an Apigee fault',
  generic: 'a message field',
  xml: 'an XML error',
  soap: 'a SOAP fault',
  html: 'an HTML error page',
  text: 'plain text',
};
