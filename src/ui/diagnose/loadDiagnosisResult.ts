/** The diagnosis view's chunk, fetched once: on first use, or ahead of it once the page is idle. */
let diagnosisResult: Promise<typeof import('./DiagnosisResult')> | undefined;

export function loadDiagnosisResult(): Promise<typeof import('./DiagnosisResult')> {
  diagnosisResult ??= import('./DiagnosisResult').catch((error: unknown) => {
    diagnosisResult = undefined; // a failed fetch is tried again on the next use
    throw error;
  });
  return diagnosisResult;
}
