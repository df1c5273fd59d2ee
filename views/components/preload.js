// Scripts of the other pages, fetched and compiled once the first page is drawn and the browser is
// idle, so that the first visit to the Network does not wait for them (a later visit never does).
// It fills the same promise on window as network.js's loadVis: whichever comes first loads vis-network.
export default function (component) {
  const { data } = component;
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 500));
  idle(() => {
    if ((window.vis && window.vis.Network) || window.__atlasVisLoading) return;
    window.__atlasVisLoading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = data.vis_url;
      s.onload = () => resolve(window.vis);
      s.onerror = () => { window.__atlasVisLoading = null; reject(new Error("vis-network did not load")); };
      document.head.appendChild(s);
    });
    window.__atlasVisLoading.catch(() => {});  // the Network page tries again and says so
  });
}
