/** The Undo toast (issue #4): it stays while the pointer or the keyboard is on it, and only then. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast, undoSeconds } from '../../components/undo-toast';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
const onExpire = vi.fn();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
  onExpire.mockReset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<UndoToast message="1 clip deleted." onUndo={() => undefined} onExpire={onExpire} />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

const pass = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const toast = () => host.querySelector<HTMLElement>('[role="status"]')!;

describe('UndoToast', () => {
  it('goes after its seconds', () => {
    pass(undoSeconds * 1000 - 500);
    expect(onExpire).not.toHaveBeenCalled();
    pass(1000);
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('stays while the pointer rests on it, and counts on when it leaves', () => {
    pass(2000);
    act(() => toast().dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    pass(undoSeconds * 3000);
    expect(onExpire).not.toHaveBeenCalled();
    act(() => toast().dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body })));
    pass(undoSeconds * 1000 - 2500);
    expect(onExpire).not.toHaveBeenCalled();
    pass(1000);
    expect(onExpire).toHaveBeenCalledOnce();
  });

  it('stays while its Undo button has the keyboard focus', () => {
    act(() => host.querySelector('button')!.focus());
    pass(undoSeconds * 3000);
    expect(onExpire).not.toHaveBeenCalled();
    act(() => host.querySelector('button')!.blur());
    pass(undoSeconds * 1000 + 500);
    expect(onExpire).toHaveBeenCalledOnce();
  });
});
