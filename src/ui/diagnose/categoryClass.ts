/** CSS class for a status code's class colour (colours live in CSS, never in core). */
export function categoryClass(status: number): string {
  if (status >= 100 && status < 200) return 'cat-informational';
  if (status >= 200 && status < 300) return 'cat-success';
  if (status >= 300 && status < 400) return 'cat-redirection';
  if (status >= 400 && status < 500) return 'cat-client-error';
  if (status >= 500 && status < 600) return 'cat-server-error';
  return 'cat-invalid';
}
