// The document reader: Python sends the escaped, highlighted HTML; this puts it on the page and
// scrolls the target excerpt (#target) into view. No document text is handled here.
export default function (component) {
  const { data, parentElement } = component;
  const box = parentElement.querySelector(".atlas-reader .page");
  if (!box || !data) return undefined;
  const style = parentElement.querySelector("style.atlas-hl") || document.createElement("style");
  style.className = "atlas-hl";
  style.textContent = data.css || "";
  parentElement.appendChild(style);
  box.style.maxHeight = `${data.height || 640}px`;
  box.innerHTML = data.html;  // built in views/reader.py from escaped slices
  const target = box.querySelector("#target");
  if (target) {
    requestAnimationFrame(() => {
      const head = box.querySelector('header');
      const top = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      box.scrollTop = Math.max(0, top - (head ? head.offsetHeight : 0) - box.clientHeight / 4);
      box.dataset.scrolled = "1";
    });
  }
  return undefined;
}
