import { describe, it, expect } from 'vitest';
import { htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it.each([
    ['<b>bold</b> text', 'bold text'],
    ['a&nbsp;b &mdash; c', 'a b — c'],
    ['&#128512; &#x1F600;', '😀 😀'],
    ['&bogus; &#0; &#xD800;', '&bogus; &#0; &#xD800;'],
    ['<script>var x = "<b>";</script>visible', 'visible'],
    ['<style>p{}</style><!-- hidden -->shown', 'shown'],
    ['&lt;img src=x onerror=alert(1)&gt;', 'img src=x onerror=alert(1)'],
    ['1 &lt; 2', '1 2'],
    ['<![CDATA[raw <stuff>]]>', 'raw stuff'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
