"""Bounded memory for long PDFs: compress each page as soon as it is finished.

reportlab keeps every page's drawing operators as text until ``save()``, and
only then compresses them, so a 10,000-card batch would hold about a kilobyte
of text per QR module row. Compressing each page when it is closed keeps only
its deflated bytes (a tenth of the size), which bounds memory by the PDF's
own size rather than by what was drawn.
"""

from __future__ import annotations

import zlib

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas


def compress_finished_pages(canvas: Canvas) -> None:
    """Make ``canvas`` deflate each page's content stream the moment the page is shown."""

    def compress_last_page(_page_number: int) -> None:
        # reportlab offers no public handle on a finished page; its document
        # object holds the page list, and a stream whose dictionary already
        # names its filter is written out as it is.
        page = canvas._doc.Pages.pages[-1]
        text = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
        page.Contents = PDFStream(
            dictionary=PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
            content=zlib.compress(text),
        )
        page.stream = None

    canvas.setPageCallBack(compress_last_page)
