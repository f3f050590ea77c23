package org.dozaban.text;

/**
 * Letter counts of a text by script family.
 *
 * @param latin        Latin letters
 * @param arabicScript letters of the Arabic script (Persian and Arabic alike)
 * @param persianMarks letters and digits that only Persian uses (پ چ ژ گ ک ی, Persian digits)
 * @param arabicMarks  letters and digits that only Arabic uses (ة, Arabic-Indic digits)
 * @param other        letters of any other script
 */
public record ScriptCounts(int latin, int arabicScript, int persianMarks, int arabicMarks, int other) {

    /** All letters counted. */
    public int letters() {
        return latin + arabicScript + other;
    }

    /** Share of Arabic-script letters among all letters, 0 when there are none. */
    public double arabicShare() {
        int all = letters();
        return all == 0 ? 0 : (double) arabicScript / all;
    }

    /** Share of Latin letters among all letters, 0 when there are none. */
    public double latinShare() {
        int all = letters();
        return all == 0 ? 0 : (double) latin / all;
    }
}
