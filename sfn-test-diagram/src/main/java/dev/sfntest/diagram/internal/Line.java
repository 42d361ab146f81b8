package dev.sfntest.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;

/**
 * One transition of a diagram, routed.
 *
 * @param from the state it leaves ({@link DiagramLayout#START} for the start)
 * @param to the state it enters ({@link DiagramLayout#END} for the end)
 * @param kind Next, Choice rule or Catch
 * @param label the rule or the errors caught, or {@code null}
 * @param points the route, absolute
 * @param labelX the label's centre
 * @param labelY the label's centre
 */
record Line(String from, String to, Kind kind, String label, List<KVector> points, double labelX, double labelY) {

    /** What the transition is. */
    enum Kind { NEXT, CHOICE, CATCH }

    Line {
        points = List.copyOf(points);
    }

    Line routed(ElkEdge edge, double dx, double dy) {
        List<KVector> route = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            route.add(new KVector(dx + section.getStartX(), dy + section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                route.add(new KVector(dx + bend.getX(), dy + bend.getY()));
            }
            route.add(new KVector(dx + section.getEndX(), dy + section.getEndY()));
        }
        double lx = 0;
        double ly = 0;
        if (!edge.getLabels().isEmpty()) {
            ElkLabel elkLabel = edge.getLabels().get(0);
            lx = dx + elkLabel.getX() + elkLabel.getWidth() / 2;
            ly = dy + elkLabel.getY() + elkLabel.getHeight() / 2;
        }
        return new Line(from, to, kind, label, route, lx, ly);
    }
}
