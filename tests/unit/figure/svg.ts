/** The element as the SVG picture it must be: Testing Library types every element it finds as HTML. */
export function svgOf(element: Element): SVGSVGElement {
  if (!(element instanceof SVGSVGElement)) throw new Error(`expected an <svg>, found <${element.tagName}>`);
  return element;
}
