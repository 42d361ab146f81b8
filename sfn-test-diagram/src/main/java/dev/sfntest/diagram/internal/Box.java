package dev.sfntest.diagram.internal;

/**
 * One box of a diagram: a state, a Parallel branch, or the Start and End marks.
 *
 * @param id the state's name ({@code Fan#0} for a branch)
 * @param type the state's type, {@code Branch}, {@code Start} or {@code End}
 * @param title the text shown
 * @param compound whether it holds other boxes (Parallel, Map, a branch)
 * @param x left
 * @param y top
 * @param width width
 * @param height height
 */
record Box(String id, String type, String title, boolean compound, double x, double y, double width,
        double height) {

    Box(String id, String type, String title, boolean compound) {
        this(id, type, title, compound, 0, 0, 0, 0);
    }

    Box at(double left, double top, double w, double h) {
        return new Box(id, type, title, compound, left, top, w, h);
    }
}
