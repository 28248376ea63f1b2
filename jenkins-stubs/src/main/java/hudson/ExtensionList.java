package hudson;

import java.util.AbstractList;
import jenkins.util.io.OnMaster;

/**
 * Registered extensions of one type.
 *
 * @since 1.286
 */
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {

    private ExtensionList() {}

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    /**
     * @since 2.87
     */
    public static <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
