package dev.sfntest.diagram.internal;

import java.util.List;

/**
 * A laid-out diagram: boxes (states, branches) and lines (transitions), absolute coordinates.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxes parents before their children
 * @param lines every transition, with the start and end lines
 */
record Diagram(double width, double height, List<Box> boxes, List<Line> lines) {
}
