package org.guidepost.ui.internal;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Keeps a table's columns filling its width: one column takes what the others leave. */
public final class TableColumns {
    private TableColumns() {
    }

    /** Makes column {@code stretch} of {@code table} take the width the other columns leave, on every resize. */
    public static void stretch(Table table, int stretch) {
        table.addListener(org.eclipse.swt.SWT.Resize, event -> {
            TableColumn[] columns = table.getColumns();
            int others = 0;
            for (int i = 0; i < columns.length; i++) {
                others += i == stretch ? 0 : columns[i].getWidth();
            }
            int available = table.getClientArea().width - others;
            if (available > 60) {
                columns[stretch].setWidth(available);
            }
        });
    }

    /** Splits the table's width evenly between its columns, on every resize. */
    public static void even(Table table) {
        table.addListener(org.eclipse.swt.SWT.Resize, event -> {
            TableColumn[] columns = table.getColumns();
            int width = table.getClientArea().width / Math.max(1, columns.length);
            if (width > 40) {
                for (TableColumn column : columns) {
                    column.setWidth(width);
                }
            }
        });
    }
}
