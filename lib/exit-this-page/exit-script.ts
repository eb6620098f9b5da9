// The whole exit behaviour, as a tiny inline script in <head> (ExitThisPageScript). It runs
// before anything of the page is painted, not when React has loaded, so on a slow phone the
// click and Shift x3 work from the first paint. In <head>, after the stylesheets, it also makes
// the parser wait for the CSS before reading the body, so the first paint shows the whole first
// screen at once (an inline script in the body made the browser paint the page in two steps).
//
// It is one constant string, the same on every page and every request, so a Content Security
// Policy can allow it by hash (lib/security/known-inline-scripts.ts). It reads everything it needs from the
// markup when it needs it: the destination from the exit link, the lights and the live region
// from the control. Server components render that markup and React never changes it after
// hydration, so the script can update it freely (suppressHydrationWarning covers the text).
//
// Rules (tested in tests/unit/exit-script.test.ts and tests/e2e/exit-this-page.spec.ts):
// - a click on any a[data-exit-this-page] hides the page in the same frame, shows "Loading."
//   and leaves with location.replace, so the page is not kept in the back button's history;
// - Shift pressed and released three times, each within 5 s of the last, does the same;
//   each physical Shift key counts on its own (a rolled left-right press is two presses);
//   a Shift used as a modifier (capitals, Shift+Tab, with Ctrl/Alt/Meta) never counts, and any
//   other key starts the count again;
// - a page restored from the back/forward cache is shown again;
// - it marks performance "exit-this-page-armed", so tests and benchmarks can see when it is in force;
// - what it says is in the page's language: the control carries its words (data-exit-messages,
//   components/exit-this-page/exit-this-page.tsx), read when they are said; English otherwise.

export const SHIFT_WINDOW_MS = 5000
export const PRESSES_TO_EXIT = 3
export const LOADING_MESSAGE = 'Loading.'
export const EXPIRED_MESSAGE = 'Exit this page expired.'
export const ARMED_MARK = 'exit-this-page-armed'

export function progressMessage(remaining: number): string {
  return `Shift, press ${remaining} more ${remaining === 1 ? 'time' : 'times'} to exit.`
}

// Written by hand to stay a few hundred bytes; variables: d document, h <html>, n presses so far,
// p time of the last press, k held Shift keys (code -> used as a modifier), t the expiry timer,
// u the saved tab title. It looks the control up when it needs it, so it can run in <head>.
export const EXIT_SCRIPT = `(function(){
var d=document,h=d.documentElement,n=0,p=0,k=new Map(),t,u=null,L='exit-this-page-leaving';
function q(s){return d.querySelector(s)}
function w(a,f){var e=q('[data-exit-messages]');return e&&e.getAttribute('data-'+a)||f}
function show(c,m){clearTimeout(t);var g=q('.exit-this-page-indicator'),s=q('.exit-this-page [role=status]');if(g){g.setAttribute('data-count',c);for(var i=0;i<g.children.length;i++)g.children[i].toggleAttribute('data-lit',i<c)}if(s)s.textContent=m}
function leave(url){if(!h.classList.contains(L)){var o=d.createElement('div');o.className='exit-this-page-overlay';o.setAttribute('role','alert');o.textContent=w('loading','Loading.');h.classList.add(L);d.body.append(o);u=d.title;d.title=o.textContent}location.replace(url)}
addEventListener('click',function(e){var l=e.target instanceof Element&&e.target.closest('a[data-exit-this-page]');if(l){e.preventDefault();leave(l.href)}},true);
function key(e){var c=e.code||'Shift',m,a;if(e.type=='keydown'){if(e.key=='Shift'){if(!e.repeat)k.set(c,e.ctrlKey||e.altKey||e.metaKey);return}k.forEach(function(v,x){k.set(x,true)});if(n){n=0;show(0,'')}return}
if(e.key!='Shift')return;m=k.get(c);k.delete(c);if(m!==false)return;if(n&&e.timeStamp-p>5000)n=0;n++;p=e.timeStamp;
if(n>2){n=0;k.clear();show(0,'');a=q('a[data-exit-this-page]');if(a)leave(a.href);return}
show(n,w('press-'+(3-n),'Shift, press '+(3-n)+' more '+(n>1?'time':'times')+' to exit.'));t=setTimeout(function(){n=0;show(0,w('expired','Exit this page expired.'))},5000)}
addEventListener('keydown',key,true);addEventListener('keyup',key,true);
addEventListener('pageshow',function(e){if(e.persisted){h.classList.remove(L);d.querySelectorAll('.exit-this-page-overlay').forEach(function(o){o.remove()});if(u!==null)d.title=u;u=null}});
performance.mark('exit-this-page-armed')})()`
