import { extractPageGently } from '@/lib/extract';
import { describeSelection } from '@/lib/extract/selection';

// Injected on demand by the background (activeTab + scripting), never declared
// in the manifest. Its return value is plain data, handed back through
// scripting.executeScript (which waits for the promise); it never touches the
// database, which here would belong to the page's origin.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return extractPageGently(document, { url: location.href, selection: describeSelection(document) });
  },
});
