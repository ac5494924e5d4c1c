/** Elements as they come into the viewport (IntersectionObserver), each reported once. */
export function watchInView(onVisible: (elements: Element[]) => void) {
  const observer = new IntersectionObserver((records) => {
    const visible = records.filter((record) => record.isIntersecting).map((record) => record.target);
    for (const element of visible) observer.unobserve(element);
    if (visible.length > 0) onVisible(visible);
  });
  return {
    observe: (element: Element) => observer.observe(element),
    stop: () => observer.disconnect(),
  };
}
