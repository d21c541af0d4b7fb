import type { BodyAnalysis } from './analyzeBody';
import type { BodyError } from './bodyError.types';
import { extractJsonError, type ErrorContext } from './extractJsonError';
import { extractHtmlError, extractTextError, extractXmlError } from './extractMarkupError';

/**
 * The error a body carries, by body kind. Markup and text count only on error statuses: a 200 page
 * has a title too. Broken JSON yields nothing here (body-invalid-json explains it instead).
 */
export function extractBodyError(
  body: BodyAnalysis,
  status: number,
  context: ErrorContext = {},
): BodyError | undefined {
  const essence = body.declared?.essence;
  const failed = status >= 400;
  switch (body.kind) {
    case 'json':
      return body.json
        ? extractJsonError(body.json.value, status, essence === 'application/problem+json', context)
        : undefined;
    case 'xml': {
      const declaredProblem = essence === 'application/problem+xml';
      return failed || declaredProblem ? extractXmlError(body.text, declaredProblem) : undefined;
    }
    case 'html':
      return failed ? extractHtmlError(body.text) : undefined;
    case 'text':
      return failed ? extractTextError(body.text) : undefined;
    case 'json-invalid':
    case 'form':
    case 'binary':
    case 'empty':
      return undefined;
  }
}
