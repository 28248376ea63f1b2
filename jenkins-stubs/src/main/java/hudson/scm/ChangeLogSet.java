package hudson.scm;

/**
 * The changes a build's checkout brought in. (Members beyond the header are checked against the
 * supplementary reference in this module's tests, written from the Jenkins 2.555.3 source.)
 *
 * @since 1.312 (or earlier: the first tag in Jenkins' history)
 */
public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {

    private ChangeLogSet() {}

    /**
     * One change.
     *
     * @since 1.312 (or earlier: the first tag in Jenkins' history)
     */
    public abstract static class Entry {

        private Entry() {}

        /**
         * @since 1.405
         */
        public String getCommitId() {
            throw new UnsupportedOperationException("compile-only stub");
        }

        public abstract String getMsg();
    }
}
