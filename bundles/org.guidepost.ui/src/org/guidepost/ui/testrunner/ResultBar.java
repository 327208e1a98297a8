package org.guidepost.ui.testrunner;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The green/red bar: how much of the run is done, green while every case passes, red from the first failure. */
final class ResultBar extends Canvas {
    private static final RGB GREEN = new RGB(95, 191, 95);
    private static final RGB RED = new RGB(214, 62, 62);
    private int total;
    private int done;
    private boolean failed;

    ResultBar(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        addPaintListener(event -> paint(event.gc));
    }

    void reset(int cases) {
        total = cases;
        done = 0;
        failed = false;
        redraw();
    }

    void advance(int cases, boolean anyFailed) {
        done = cases;
        failed = anyFailed;
        redraw();
    }

    boolean isRed() {
        return failed;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(0, 0, area.width - 1, area.height - 1);
        if (total <= 0 || done <= 0) {
            return;
        }
        int width = (int) Math.round((area.width - 2) * Math.min(1.0, done / (double) total));
        Color color = new Color(failed ? RED : GREEN);
        gc.setBackground(color);
        gc.fillRectangle(1, 1, width, area.height - 2);
    }

    @Override
    public Point computeSize(int widthHint, int heightHint, boolean changed) {
        return new Point(widthHint == SWT.DEFAULT ? 200 : widthHint, heightHint == SWT.DEFAULT ? 18 : heightHint);
    }
}
