"""The GiftPOS desktop app (PySide6). Calls ``posapp.services`` only; see ui/README.md."""
