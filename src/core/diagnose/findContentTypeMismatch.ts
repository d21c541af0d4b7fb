import { BODY_KINDS, type BodyKind } from '../body/bodyKinds';
import { findPasteElision } from '../http/pasteElision';
import type { Finding } from '../types';
import { asSentence } from './asSentence';
import type { DiagnoseContext } from './diagnoseContext';

/** What JSON.parse says about such a body: `<` for markup, else the body's own first character. */
function parseSymptom(detected: BodyKind, text: string): string {
  if (detected === 'html' || detected === 'xml') return 'typically "Unexpected token <"';
  const first = text.trimStart().charAt(0);
  return first === ''
    ? 'typically "Unexpected end of JSON input"'
    : `typically "Unexpected token '${first}'"`;
}

/**
 * Content-Type against what the body really is: JSON promised but an HTML page or broken JSON sent
 * (the usual "Unexpected token <" in clients), JSON sent under another type, or no type at all.
 */
export function findContentTypeMismatch(ctx: DiagnoseContext): Finding[] {
  const { body } = ctx;
  if (body.kind === 'empty') return [];
  // The declared type's essence; '' only when there is none (the branches that quote it have one).
  const declared = body.declared?.essence ?? '';
  if (body.kind === 'json-invalid' && body.check && !body.check.ok) {
    const { line, column, message, hint, offset } = body.check.error;
    const promised = body.declaredKind === 'json';
    const elided = findPasteElision(body.text);
    if (elided && elided.line <= line) {
      return [
        {
          id: 'body-invalid-json',
          severity: 'info',
          title: `The body was shortened in the paste (“${elided.mark}” on line ${elided.line})`,
          detail: `“${elided.mark}” stands for text left out (HTTPie prints “[…]” for a body it does not show; people paste “...”). The JSON cannot be checked past it, and nothing says the server sent it broken. Paste the whole body to validate it.`,
          data: { line, column, offset, message, ...(hint !== undefined && { hint }), elision: elided },
        },
      ];
    }
    const truncated = offset >= body.text.trimEnd().length;
    return [
      {
        id: 'body-invalid-json',
        severity: promised ? 'error' : 'warning',
        title: `Body is not valid JSON (line ${line}, column ${column})`,
        detail: `${promised ? `Declared ${declared}, but` : 'It looks like JSON, but'} parsing stops at line ${line}, column ${column}: ${asSentence(message)}${hint ? ` ${asSentence(hint)}` : ''}${
          truncated
            ? ' The body ends too early: the connection, a timeout or a proxy may have cut the response short.'
            : ''
        }`,
        data: { line, column, offset, message, ...(hint !== undefined && { hint }) },
      },
    ];
  }
  if (body.declaredKind === 'json' && body.kind !== 'json' && body.kind !== 'json-invalid') {
    const detected = body.kind;
    return [
      {
        id: 'content-type-mismatch',
        severity: 'error',
        title: `Declared ${declared}, but the body is ${BODY_KINDS[detected].phrase}`,
        detail: `Code that parses it as JSON fails (${parseSymptom(detected, body.text)}). ${
          detected === 'html'
            ? 'An HTML page under a JSON type usually comes from a proxy, gateway or framework error handler, not from the API itself.'
            : 'The server or something in between replaced the API answer.'
        } Read the body as text before parsing to log what really came back.`,
        data: { declared, detected },
      },
    ];
  }
  if (body.kind === 'json' && body.declaredKind !== undefined && body.declaredKind !== 'json') {
    return [
      {
        id: 'content-type-mismatch',
        severity: 'warning',
        title: `The body is JSON, but declared ${declared}`,
        detail:
          "Clients that pick a parser from Content-Type will not parse it as JSON (fetch's response.json() still will). The API should send application/json.",
        data: { declared, detected: 'json' },
      },
    ];
  }
  if (body.kind === 'json' && body.declared === undefined) {
    return [
      {
        id: 'missing-header',
        severity: 'info',
        title: 'JSON body without Content-Type',
        detail:
          'The body is JSON but no Content-Type says so; clients that pick a parser from it may treat the body as bytes. Expect application/json.',
        data: { header: 'Content-Type' },
      },
    ];
  }
  return [];
}
