/**
 * Hands an island what a student typed or chose before its script arrived.
 *
 * The server's HTML has working form controls, so on a slow connection a student can type and choose
 * before the script runs. React 19 hydrates a controlled control without touching what is in it, but
 * its state still holds the server's empty answer, and the next render would put that back. React
 * takes a change in only through its change event, and only when the control's value differs from the
 * one it last saw (its value tracker, which hydration set to what is in the control now). So for each
 * control that differs from the server's HTML: the server's value goes back the way React sees it (the
 * element's own setter), the student's value returns the way React does not (the prototype's setter,
 * or a click), and the event React listens to fires. The component's own onChange then takes the value
 * in, as if the student had typed or clicked just then.
 */
export function replayEarlyInput(root: HTMLElement): void {
  const setValueUnseen = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  for (const box of root.querySelectorAll('textarea')) {
    if (box.value === box.defaultValue) continue;
    const typed = box.value;
    const { selectionStart, selectionEnd } = box;
    box.value = box.defaultValue;
    setValueUnseen.call(box, typed);
    // Setting the value puts the caret at the end: put it back where the student left it.
    box.setSelectionRange(selectionStart, selectionEnd);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  // Exercises have no other inputs than checkboxes and radios (any other is never checked, so skipped).
  for (const input of root.querySelectorAll('input')) {
    // A radio left unchecked because another of its group was chosen is handled by that one.
    if (input.checked === input.defaultChecked || (input.type === 'radio' && !input.checked)) continue;
    input.checked = input.defaultChecked;
    input.click();
  }
}
