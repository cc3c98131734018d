import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const url of process.argv.slice(2)) {
  const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
  const a = r.lhr.audits;
  console.log(url, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue));
  const el = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  console.log(' element', el?.slice(0, 150));
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  console.log(' phases', JSON.stringify(phases));
  const rb = a['render-blocking-resources']?.details?.items?.map((i) => i.url + ' ' + i.wastedMs);
  console.log(' blocking', JSON.stringify(rb));
  const net = a['network-requests']?.details?.items?.map((i) => `${i.url.replace('http://127.0.0.1:4388','')} ${i.transferSize} ${Math.round(i.networkEndTime - i.networkRequestTime)}ms`);
  console.log(' net', JSON.stringify(net?.slice(0, 12)));
  console.log(' mainthread', JSON.stringify(a['mainthread-work-breakdown']?.details?.items?.map(i => `${i.group} ${Math.round(i.duration)}`)));
}
await chrome.kill();
