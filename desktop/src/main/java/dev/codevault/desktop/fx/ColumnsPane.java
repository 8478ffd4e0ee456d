package dev.codevault.desktop.fx;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays out its children in rows of equal columns that share its width: as many columns as fit at the minimum column
 * width, and as many rows as the children need. A narrower pane has fewer columns, so the children wrap onto more
 * rows instead of being squeezed or cut off. Every child in a row gets the row's height, the tallest child's
 * preferred height at the column width.
 *
 * <p>The minimum column width is the larger of {@link #minColumnWidthProperty()} and the widest minimum width of a
 * managed child, so a child whose text must show whole sets its labels' minimum width to their preferred width.
 */
public class ColumnsPane extends Pane {

    private final DoubleProperty hgap = new SimpleDoubleProperty(this, "hgap", 0);
    private final DoubleProperty vgap = new SimpleDoubleProperty(this, "vgap", 0);
    private final DoubleProperty minColumnWidth = new SimpleDoubleProperty(this, "minColumnWidth", 0);

    /** Creates an empty pane with no gaps and no minimum column width. */
    public ColumnsPane() {
        hgap.addListener(observable -> requestLayout());
        vgap.addListener(observable -> requestLayout());
        minColumnWidth.addListener(observable -> requestLayout());
    }

    /** Horizontal space between two columns, in pixels. */
    public DoubleProperty hgapProperty() {
        return hgap;
    }

    public double getHgap() {
        return hgap.get();
    }

    public void setHgap(double value) {
        hgap.set(value);
    }

    /** Vertical space between two rows, in pixels. */
    public DoubleProperty vgapProperty() {
        return vgap;
    }

    public double getVgap() {
        return vgap.get();
    }

    public void setVgap(double value) {
        vgap.set(value);
    }

    /** Minimum width of a column, in pixels. The widest child's minimum width raises it. */
    public DoubleProperty minColumnWidthProperty() {
        return minColumnWidth;
    }

    public double getMinColumnWidth() {
        return minColumnWidth.get();
    }

    public void setMinColumnWidth(double value) {
        minColumnWidth.set(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + columnMinWidth() + insets.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        int columns = Math.max(1, getManagedChildren().size());
        return insets.getLeft() + columns * columnMinWidth() + (columns - 1) * getHgap() + insets.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double innerWidth = width < 0 ? computePrefWidth(-1) - insets.getLeft() - insets.getRight()
                : width - insets.getLeft() - insets.getRight();
        List<Node> children = getManagedChildren();
        int columns = columns(innerWidth);
        double columnWidth = columnWidth(innerWidth, columns);
        double height = 0;
        for (int first = 0; first < children.size(); first += columns) {
            height += rowHeight(children, first, columns, columnWidth) + (first == 0 ? 0 : getVgap());
        }
        return insets.getTop() + height + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double innerWidth = getWidth() - insets.getLeft() - insets.getRight();
        List<Node> children = getManagedChildren();
        int columns = columns(innerWidth);
        double columnWidth = columnWidth(innerWidth, columns);
        double y = insets.getTop();
        for (int first = 0; first < children.size(); first += columns) {
            double rowHeight = rowHeight(children, first, columns, columnWidth);
            for (int index = first; index < Math.min(first + columns, children.size()); index++) {
                double x = insets.getLeft() + (index - first) * (columnWidth + getHgap());
                layoutInArea(children.get(index), x, y, columnWidth, rowHeight, 0, Insets.EMPTY, true, true,
                        HPos.LEFT, VPos.TOP, true);
            }
            y += rowHeight + getVgap();
        }
    }

    /** Returns the number of columns that fit the width at the minimum column width, and at least one. */
    private int columns(double innerWidth) {
        int fitting = (int) Math.floor((innerWidth + getHgap()) / (columnMinWidth() + getHgap()));
        return Math.max(1, Math.min(fitting, Math.max(1, getManagedChildren().size())));
    }

    private double columnWidth(double innerWidth, int columns) {
        double shared = (innerWidth - (columns - 1) * getHgap()) / columns;
        return snapSizeX(Math.max(shared, columnMinWidth()));
    }

    private double columnMinWidth() {
        double widest = getMinColumnWidth();
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return widest;
    }

    private static double rowHeight(List<Node> children, int first, int columns, double columnWidth) {
        double height = 0;
        for (int index = first; index < Math.min(first + columns, children.size()); index++) {
            Node child = children.get(index);
            height = Math.max(height, Math.max(child.minHeight(columnWidth), child.prefHeight(columnWidth)));
        }
        return height;
    }

}
