/** Shown beside an empty editor: what the screen does. */
export function JsonWelcome() {
  return (
    <section className="panel json-check-panel json-welcome" aria-label="JSON check">
      <h2>Paste JSON to check it</h2>
      <p>
        Paste the request body an API rejected with 400 or 422, or any JSON. Triage checks it strictly (RFC
        8259) as you type, points at the exact line and column of the first error with a hint for the usual
        mistake, and warns about duplicate keys, numbers that <code>JSON.parse</code> would change and lone
        surrogates.
      </p>
      <p>
        Format and Minify never change a number, a string or the order of keys (unless you ask for sorted
        keys). Broken JSON can be repaired: you see the changes first. Everything happens in this tab.
      </p>
    </section>
  );
}
