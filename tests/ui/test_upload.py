"""The upload box's call: files analysed with progress, then the views' work announced and done, so
the next page and the next start read the saved corpus, index and layout."""
from corpus.search_index import SearchIndex
from corpus.snapshot import saved_corpus
from corpus.store import Store, read_setting
from corpus.view_data import LAYOUT_KEY
from ui.upload import add_uploads

TEXT = b"Secretary of State Mike Pompeo met President Juan Orlando Hernandez in Tegucigalpa, Honduras."


def test_an_upload_tells_the_page_before_the_views_work_and_leaves_it_done(tmp_store_path):
    steps, views = [], []
    with Store(tmp_store_path) as store:
        report = add_uploads(store, [("a.txt", TEXT)], progress=lambda i, n: steps.append((i, n)),
                             views=lambda: views.append(len(steps)))
        assert report.added == ("a.txt",) and steps == [(1, 1)] and views == [1]  # after the files
        revision = store.revision()
        assert saved_corpus(store, revision) is not None and read_setting(store, LAYOUT_KEY)
        with SearchIndex(tmp_store_path) as index:
            assert index.key() == revision
        again = add_uploads(store, [("a.txt", TEXT)], views=lambda: views.append("again"))
        assert again.unchanged == ("a.txt",) and views == [1]  # nothing added: nothing to redo
