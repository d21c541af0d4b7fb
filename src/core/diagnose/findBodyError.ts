import { joinAsSentence } from './asSentence';
import type { Finding, FindingSeverity } from '../types';
import { BODY_ERROR_SHAPE_WORDS, type BodyError, type FieldError } from './bodyError.types';
import type { DiagnoseContext } from './diagnoseContext';

/** Field errors quoted in the detail sentence; the data keeps them all. */
const FIELD_ERRORS_IN_DETAIL = 5;
/** A message up to this long is the title itself; a longer one is quoted whole in the detail, never cut. */
const TITLE_MESSAGE_CHARS = 120;

function listFieldErrors(errors: readonly FieldError[]): string {
  const shown = errors
    .slice(0, FIELD_ERRORS_IN_DETAIL)
    .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
  const more = errors.length - shown.length;
  return joinAsSentence(more > 0 ? [...shown, `and ${more} more`] : shown);
}

function problemFinding(error: BodyError, severity: FindingSeverity): Finding[] {
  const problem = error.problem;
  if (!problem) return [];
  const parts: string[] = [];
  if (problem.detail) parts.push(problem.detail.endsWith('.') ? problem.detail : `${problem.detail}.`);
  if (problem.type === 'about:blank') {
    parts.push(
      'Its type is about:blank, so the title is just the status phrase; the detail is what matters.',
    );
  } else {
    parts.push(
      `Problem type: ${problem.type}${/^https?:/i.test(problem.type) ? ' (often a page documenting this error)' : ''}.`,
    );
  }
  if (problem.instance) parts.push(`Occurrence: ${problem.instance} (quote it to the API provider).`);
  return [
    {
      id: 'problem-details',
      severity,
      title: problem.title || 'Problem details',
      detail: parts.join(' '),
      data: { ...problem, format: error.shape === 'problem-xml' ? 'xml' : 'json' },
    },
  ];
}

function messageFinding(ctx: DiagnoseContext, error: BodyError, severity: FindingSeverity): Finding[] {
  const { message } = error;
  if (!message || error.problem) return [];
  const parts = [
    `“${message}”`,
    `(read from ${BODY_ERROR_SHAPE_WORDS[error.shape]}${error.code ? `, code ${error.code}` : ''}${error.reason ? `, reason ${error.reason}` : ''}).`,
  ];
  if (error.messages.length > 0)
    parts.push(`Also: ${joinAsSentence(error.messages.slice(0, FIELD_ERRORS_IN_DETAIL))}`);
  if (error.shape === 'graphql' && ctx.response.status < 400) {
    parts.push(
      'GraphQL reports failures with a 200 status: the data may be partial or null, so check errors on every response.',
    );
  } else if (ctx.response.status < 400) {
    parts.push(
      `The status says ${ctx.response.status} but the body describes an error: do not trust the status alone.`,
    );
  }
  if (error.documentationUrl) parts.push(`Documentation: ${error.documentationUrl}`);
  return [
    {
      id: 'error-message',
      severity,
      title:
        message.length <= TITLE_MESSAGE_CHARS ? `The body says: ${message}` : 'The body explains the failure',
      detail: parts.join(' '),
      data: {
        message,
        shape: error.shape,
        ...(error.code !== undefined && { code: error.code }),
        ...(error.reason !== undefined && { reason: error.reason }),
        ...(error.messages.length > 0 && { messages: error.messages }),
        ...(error.documentationUrl !== undefined && { documentationUrl: error.documentationUrl }),
      },
    },
  ];
}

/**
 * The error the body carries as findings: problem details, field errors, and the message.
 * On a success status an error body is a warning (the status and the body disagree).
 */
export function findBodyError(ctx: DiagnoseContext): Finding[] {
  const error = ctx.bodyError;
  if (!error) return [];
  const severity: FindingSeverity = ctx.response.status >= 400 ? 'error' : 'warning';
  const findings = [...problemFinding(error, severity), ...messageFinding(ctx, error, severity)];
  if (error.fieldErrors.length > 0) {
    const n = error.fieldErrors.length;
    findings.push({
      id: 'field-errors',
      severity,
      title: `${n} field error${n === 1 ? '' : 's'}`,
      detail: `Fix these inputs before sending again: ${listFieldErrors(error.fieldErrors)}`,
      data: { errors: error.fieldErrors },
    });
  }
  return findings;
}
