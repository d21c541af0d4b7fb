import type { BodyError, ProblemDetails } from './bodyError.types';
import { clampText } from './clampText';
import { htmlToText } from './htmlToText';

/**
 * Only the start of a markup body is searched: titles, headings and error codes come early, and
 * regular expressions over megabytes of page would stall the tab.
 */
export const MARKUP_SCAN_CHARS = 64 * 1024;

/** Titles, headings and codes are short; bounding the match keeps the search linear-ish on hostile pages. */
const MAX_ELEMENT_CHARS = 4096;

/** Sentences on separate lines that still make up one text error message. */
const MAX_TEXT_ERROR_LINES = 4;

/** A short first paragraph is worth quoting; longer ones are page copy, not the error. */
const MAX_PARAGRAPH_CHARS = 200;

function element(markup: string, name: string): string | undefined {
  const re = new RegExp(
    `<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]{0,${MAX_ELEMENT_CHARS}}?)</(?:[\\w.-]+:)?${name}\\s*>`,
    'i',
  );
  const m = re.exec(markup);
  if (!m) return undefined;
  const text = htmlToText(m[1] ?? '');
  return text === '' ? undefined : clampText(text);
}

export interface HtmlError {
  title?: string;
  heading?: string;
  paragraph?: string;
}

/** The title, first heading and a short first paragraph of an HTML page, as plain text. */
export function readHtmlError(html: string): HtmlError {
  const head = html.slice(0, MARKUP_SCAN_CHARS);
  const paragraph = element(head, 'p');
  return {
    title: element(head, 'title'),
    heading: element(head, 'h1'),
    ...(paragraph && paragraph.length <= MAX_PARAGRAPH_CHARS && { paragraph }),
  };
}

/** One message from title and heading: the more complete one, or both when they say different things. */
export function htmlMessage({ title, heading }: HtmlError): string | undefined {
  if (title && heading) {
    if (title.toLowerCase().includes(heading.toLowerCase())) return title;
    if (heading.toLowerCase().includes(title.toLowerCase())) return heading;
    return `${title}: ${heading}`;
  }
  return title ?? heading;
}

export function extractHtmlError(html: string): BodyError | undefined {
  const page = readHtmlError(html);
  const message = htmlMessage(page);
  if (!message && !page.paragraph) return undefined;
  return {
    shape: 'html',
    message: message ?? page.paragraph,
    messages: message && page.paragraph ? [page.paragraph] : [],
    fieldErrors: [],
  };
}

/**
 * Errors in XML: RFC 9457 problem+xml, S3/Azure-style <Error><Code/><Message/></Error> and SOAP
 * faults, read with bounded regular expressions (namespace prefixes ignored).
 */
export function extractXmlError(xml: string, declaredProblem: boolean): BodyError | undefined {
  const head = xml.slice(0, MARKUP_SCAN_CHARS);
  if (declaredProblem || /urn:ietf:rfc:7807/.test(head)) {
    const status = element(head, 'status');
    const problem: ProblemDetails = {
      type: element(head, 'type') ?? 'about:blank',
      title: element(head, 'title') ?? '',
      detail: element(head, 'detail') ?? '',
      ...(status !== undefined && /^\d{3}$/.test(status) && { status: Number(status) }),
      ...(element(head, 'instance') !== undefined && { instance: element(head, 'instance') }),
    };
    return {
      shape: 'problem-xml',
      message: problem.detail || problem.title || undefined,
      messages: [],
      fieldErrors: [],
      problem,
    };
  }
  const faultString = element(head, 'faultstring') ?? element(head, 'Reason');
  if (faultString) {
    return {
      shape: 'soap',
      message: faultString,
      code: element(head, 'faultcode') ?? element(head, 'Value'),
      messages: [],
      fieldErrors: [],
    };
  }
  const message = element(head, 'Message') ?? element(head, 'error_description') ?? element(head, 'detail');
  if (!message) return undefined;
  return {
    shape: 'xml',
    message,
    code: element(head, 'Code') ?? element(head, 'ErrorCode'),
    messages: [],
    fieldErrors: [],
  };
}

/**
 * The first paragraph of a plain-text error body, whole (Envoy's "upstream connect error…", GitHub's
 * "Request forbidden by administrative rules. Please make sure your request has a User-Agent header…"):
 * its later sentences often name the cause.
 */
export function extractTextError(text: string): BodyError | undefined {
  const lines = text
    .slice(0, MARKUP_SCAN_CHARS)
    .split(/\r?\n/)
    .map((l) => l.trim());
  const start = lines.findIndex((l) => l !== '');
  if (start < 0) return undefined;
  // Following lines join only while they read as more sentences, never as a stack trace.
  let end = start + 1;
  while (
    end < lines.length &&
    end < start + MAX_TEXT_ERROR_LINES &&
    /[.!?:]$/.test(lines[end - 1] ?? '') &&
    /^[A-Z]/.test(lines[end] ?? '')
  ) {
    end++;
  }
  return {
    shape: 'text',
    message: clampText(lines.slice(start, end).join(' ')),
    messages: [],
    fieldErrors: [],
  };
}
