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
      box.scrollTop = Math.max(0, target.offsetTop - box.offsetTop - box.clientHeight / 3);
      box.dataset.scrolled = "1";
    });
  }
  return undefined;
}
