package id.go.kpu.eppid.shared.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded table whose filtering, sorting and paging happen in the database: the page supplies how to count
 * and how to load one page, and how a row is identified.
 *
 * @param <T> the row type
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page: first row, page size, the table's sort. */
    @FunctionalInterface
    public interface PageLoader<T> extends Serializable {
        List<T> load(int first, int size, Map<String, SortMeta> sortBy);
    }

    /** Counts the rows the filters match. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** A row's key. */
    public interface RowId<T> extends Function<T, Object>, Serializable {
    }

    private final Counter counter;
    private final PageLoader<T> loader;
    private final RowId<T> rowId;

    public PagedModel(Counter counter, PageLoader<T> loader, RowId<T> rowId) {
        this.counter = counter;
        this.loader = loader;
        this.rowId = rowId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize, sortBy);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowId.apply(row));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        List<T> page = (List<T>) getWrappedData();
        return page == null ? null : page.stream()
                .filter(row -> Objects.equals(String.valueOf(rowId.apply(row)), rowKey)).findFirst().orElse(null);
    }
}
