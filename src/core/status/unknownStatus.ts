import type { StatusCategory, StatusInfo } from '../types';
import { categoryOf, MAX_STATUS_CODE, MIN_STATUS_CODE } from './categoryOf';
import { describeClass } from './classGuidance';
import { rfcSection } from './rfcSection';

/** The RFC 9110 section of each class, for the fallback's spec link. */
const CLASS_SECTION: Readonly<Record<Exclude<StatusCategory, 'invalid'>, string>> = {
  informational: '15.2',
  success: '15.3',
  redirection: '15.4',
  'client-error': '15.5',
  'server-error': '15.6',
};

const CLASS_LABEL: Readonly<Record<Exclude<StatusCategory, 'invalid'>, string>> = {
  informational: 'Informational',
  success: 'Success',
  redirection: 'Redirection',
  'client-error': 'Client Error',
  'server-error': 'Server Error',
};

/**
 * What to say about a code the catalogue has no record for: a class-level record for codes in range
 * (RFC 9110 §15 tells clients to treat them like the x00 of their class), or an explanation of why
 * the number cannot be a status code at all.
 */
export function unknownStatus(code: number): StatusInfo {
  const category = categoryOf(code);
  return category === 'invalid' ? invalidStatus(code) : classFallback(code, category);
}

function classFallback(code: number, category: Exclude<StatusCategory, 'invalid'>): StatusInfo {
  const guidance = describeClass(category);
  const digit = Math.floor(code / 100);
  const classCode = digit * 100;
  const label = CLASS_LABEL[category];
  return {
    code,
    name: `Unknown ${digit}xx (${label})`,
    category,
    registered: false,
    known: false,
    formerNames: [],
    frequency: 'rare',
    summary: `${code} is neither registered nor a well-known vendor code, so only its class is certain: a ${digit}xx ${label.toLowerCase()} response.`,
    description: `${guidance.rule} RFC 9110 §15 tells a client that does not recognise a code to treat it like ${classCode} of the same class. A cache may still store it when the response gives explicit freshness (Cache-Control max-age or Expires) and no must-understand directive: the old "never cache an unrecognised code" rule was RFC 7231's, and RFC 9110 and RFC 9111 §3 dropped it. A private code like this usually comes from the application, a framework or a proxy in front of it; its documentation or the response body says what it means.`,
    whenYouSeeIt: [
      'An API or framework that invented its own status code',
      'A proxy, CDN or load balancer with vendor-specific codes',
      'A code registered after this catalogue was written',
    ],
    causes: [
      'A custom code chosen by the server or an intermediary',
      'A newer registration or an extension this catalogue does not cover',
      'A typo or bug in the server that set the status',
    ],
    handling: [
      ...(category === 'informational'
        ? []
        : ['Read the body and the API documentation for the meaning of this code.']),
      ...guidance.handling,
    ],
    retry: guidance.retry,
    notes: guidance.exceptions,
    confusedWith: [
      {
        code: classCode,
        explanation: `RFC 9110 §15 says to treat an unrecognised ${digit}xx code like ${classCode}.`,
      },
    ],
    spec: rfcSection(9110, CLASS_SECTION[category]),
  };
}

function invalidStatus(code: number): StatusInfo {
  const guidance = describeClass('invalid');
  return {
    code,
    name: 'Invalid status code',
    category: 'invalid',
    registered: false,
    known: false,
    formerNames: [],
    frequency: 'rare',
    summary: whyInvalid(code),
    description: guidance.rule,
    whenYouSeeIt: [
      'A client library reporting 0 because no response arrived',
      'A log or body field that is not really an HTTP status',
      'A corrupted or truncated status line',
    ],
    causes: [
      'No HTTP response at all (network error, timeout, CORS block, aborted request)',
      'A parsing mistake on the client side',
      'An application error code mistaken for an HTTP status',
    ],
    handling: guidance.handling,
    retry: guidance.retry,
    notes: guidance.exceptions,
    confusedWith: [],
    spec: rfcSection(9110, '15'),
  };
}

function whyInvalid(code: number): string {
  const range = `status codes are three-digit whole numbers from ${MIN_STATUS_CODE} to ${MAX_STATUS_CODE} (RFC 9110 §15)`;
  if (Number.isNaN(code)) return `This is not a number, so it cannot be a status code: ${range}.`;
  if (!Number.isFinite(code)) return `An infinite value cannot be a status code: ${range}.`;
  if (!Number.isInteger(code)) return `${code} is not a whole number, but ${range}.`;
  return `${code} is outside the valid range: ${range}.`;
}
