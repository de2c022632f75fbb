<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BalanceController</name>
    <message>
        <source>Paid out %1 in cash.</source>
        <translation>%1 bar ausgezahlt.</translation>
    </message>
    <message>
        <source>The slip did not print: %1</source>
        <translation>Der Beleg wurde nicht gedruckt: %1</translation>
    </message>
    <message>
        <source>Offline: the last balance the till knows, as of %1, less what this till took since. Its last entries need the link.</source>
        <translation>Offline: der letzte Saldo, den die Kasse kennt, Stand %1, abzüglich dessen, was diese Kasse seitdem abgebucht hat. Die letzten Buchungen brauchen die Verbindung.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Pay out %1 in cash</source>
        <translation>%1 bar auszahlen</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Scan or type a gift card code</source>
        <translation>Geschenkkarte scannen oder Code eingeben</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Pay out in cash</source>
        <translation>Bar auszahlen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Guthabenabfrage</translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation>Letzte Buchungen</translation>
    </message>
</context>
<context>
    <name>BatchScreen</name>
    <message>
        <source>Face value; empty: set when sold</source>
        <translation>Nennwert; leer: wird beim Verkauf festgelegt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Create batch</source>
        <translation>Serie anlegen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Print sheets (PDF)</source>
        <translation>Bögen drucken (PDF)</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Druck abbrechen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Card batches</source>
        <translation>Kartenserien</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Kein Produkt</translation>
    </message>
    <message>
        <source>Batch of %1 cards created.</source>
        <translation>Serie mit %1 Karten angelegt.</translation>
    </message>
    <message>
        <source>%1 cards written to %2</source>
        <translation>%1 Karten in %2 geschrieben</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was marked printed.</source>
        <translation>Druck abgebrochen; nichts wurde als gedruckt markiert.</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message>
        <source>Selected cards</source>
        <translation>Ausgewählte Karten</translation>
    </message>
    <message>
        <source>All that match the filter</source>
        <translation>Alle, die zum Filter passen</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Entwerten…</translation>
    </message>
    <message>
        <source>Extend expiry…</source>
        <translation>Gültigkeit verlängern…</translation>
    </message>
    <message>
        <source>Resend e-mails</source>
        <translation>E-Mails erneut senden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>PDF drucken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reason for freezing these cards:</source>
        <translation>Grund für das Sperren dieser Karten:</translation>
    </message>
    <message>
        <source>Reason for voiding these cards (for good):</source>
        <translation>Grund für das Entwerten dieser Karten (endgültig):</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
    <message>
        <source>Choose the last day these cards may be used. Expired cards become usable again with their balance; cards that never expire, and cards that already run longer, are listed as refused.</source>
        <translation>Wählen Sie den letzten Tag, an dem diese Karten gelten. Abgelaufene Karten werden mit ihrem Guthaben wieder nutzbar; Karten ohne Ablaufdatum und Karten, die schon länger gelten, werden als abgelehnt aufgeführt.</translation>
    </message>
    <message>
        <source>Select cards first, or choose all that match the filter.</source>
        <translation>Wählen Sie zuerst Karten aus oder wählen Sie alle, die zum Filter passen.</translation>
    </message>
    <message>
        <source>Export cards</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Print the cards as PDF</source>
        <translation>Die Karten als PDF drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 cards printed to %2.</source>
        <translation>%1 Karten in %2 gedruckt.</translation>
    </message>
    <message>
        <source>%1 cards written (codes masked).</source>
        <translation>%1 Karten geschrieben (Codes maskiert).</translation>
    </message>
    <message>
        <source>every card that matches the filter</source>
        <translation>jede Karte, die zum Filter passt</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected card(s)</source>
        <translation>
            <numerusform>%1 ausgewählte Karte</numerusform>
            <numerusform>%1 ausgewählte Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1: %2?</translation>
    </message>
    <message>
        <source>Each card is changed on its own; cards the rules refuse are listed afterwards.</source>
        <translation>Jede Karte wird einzeln geändert; Karten, die die Regeln ablehnen, werden danach aufgeführt.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
    <message>
        <source>Done: %1. Refused: %2.</source>
        <translation>Erledigt: %1. Abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Cancelled: the other cards were not changed.</source>
        <translation>Abgebrochen: Die übrigen Karten wurden nicht geändert.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>e.g. 5.00 or -5.00</source>
        <translation>z. B. 5.00 oder -5.00</translation>
    </message>
</context>
<context>
    <name>CardCareScreen</name>
    <message>
        <source>Card frozen.</source>
        <translation>Karte gesperrt.</translation>
    </message>
    <message>
        <source>Card unfrozen.</source>
        <translation>Karte entsperrt.</translation>
    </message>
    <message>
        <source>Balance adjusted.</source>
        <translation>Guthaben korrigiert.</translation>
    </message>
    <message>
        <source>Expiry extended.</source>
        <translation>Gültigkeit verlängert.</translation>
    </message>
    <message>
        <source>Card voided.</source>
        <translation>Karte storniert.</translation>
    </message>
    <message>
        <source>Balance moved to %1.</source>
        <translation>Guthaben auf %1 übertragen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CardCareView</name>
    <message>
        <source>Scan or type the code of the card to look after</source>
        <translation>Code der Karte scannen oder eingeben</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Extend expiry…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>S&amp;tornieren…</translation>
    </message>
    <message>
        <source>Card care</source>
        <translation>Kartenpflege</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>CardDetailDialog</name>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation>Guthaben korrigieren</translation>
    </message>
    <message>
        <source>Enter the amount to add to card %1 (or to take off, with a minus sign) and why.</source>
        <translation>Betrag eingeben, der Karte %1 gutgeschrieben (oder mit Minuszeichen abgezogen) wird, und den Grund.</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Notiz (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance adjusted.</source>
        <translation>Guthaben korrigiert.</translation>
    </message>
    <message>
        <source>Freeze card</source>
        <translation>Karte sperren</translation>
    </message>
    <message>
        <source>Say why card %1 is frozen. It cannot pay until it is unfrozen.</source>
        <translation>Grund für die Sperre der Karte %1 angeben. Bis zur Entsperrung kann mit ihr nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Card frozen.</source>
        <translation>Karte gesperrt.</translation>
    </message>
    <message>
        <source>Card unfrozen.</source>
        <translation>Karte entsperrt.</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>Karte stornieren</translation>
    </message>
    <message>
        <source>Say why card %1 is voided. A void cannot be undone.</source>
        <translation>Grund für die Stornierung der Karte %1 angeben. Eine Stornierung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Card voided.</source>
        <translation>Karte storniert.</translation>
    </message>
    <message>
        <source>Choose the last day card %1 may be used. An expired card becomes usable again with its balance.</source>
        <translation>Wählen Sie den letzten Tag, an dem die Karte %1 gilt. Eine abgelaufene Karte wird mit ihrem Guthaben wieder nutzbar.</translation>
    </message>
    <message>
        <source>Void card %1 for good?</source>
        <translation>Karte %1 endgültig stornieren?</translation>
    </message>
    <message>
        <source>Its balance of %1 goes to zero and the card can never be used again.</source>
        <translation>Ihr Guthaben von %1 wird auf null gesetzt, und die Karte kann nie wieder verwendet werden.</translation>
    </message>
    <message>
        <source>Transfer to a new card</source>
        <translation>Auf neue Karte übertragen</translation>
    </message>
    <message>
        <source>Move the balance of card %1 to a new card?</source>
        <translation>Guthaben der Karte %1 auf eine neue Karte übertragen?</translation>
    </message>
    <message>
        <source>This card is closed for good. The new card&apos;s code is shown only once: have a blank card or paper ready.</source>
        <translation>Diese Karte wird endgültig geschlossen. Der Code der neuen Karte wird nur einmal angezeigt: bitte eine Blankokarte oder Papier bereithalten.</translation>
    </message>
    <message>
        <source>Expiry extended.</source>
        <translation>Gültigkeit verlängert.</translation>
    </message>
    <message>
        <source>Balance moved to %1.</source>
        <translation>Guthaben auf %1 übertragen.</translation>
    </message>
    <message>
        <source>Save the card as PDF</source>
        <translation>Karte als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Karte unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>CardDetailView</name>
    <message>
        <source>Initial value</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Käufer/in</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>&amp;Extend expiry…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Neu drucken…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>S&amp;tornieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CardEmailPanel</name>
    <message>
        <source>E-mail</source>
        <extracomment>The card changed (a corrected address): the detail reloads it.</extracomment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Erneut senden…</translation>
    </message>
    <message>
        <source>Another day…</source>
        <translation>Anderer Tag…</translation>
    </message>
    <message>
        <source>Cancel e-mail</source>
        <translation>E-Mail abbrechen</translation>
    </message>
    <message>
        <source>E-mail on another day</source>
        <translation>E-Mail an einem anderen Tag</translation>
    </message>
    <message>
        <source>The day to send it (YYYY-MM-DD), or empty for now:</source>
        <translation>Versandtag (JJJJ-MM-TT), leer für sofort:</translation>
    </message>
</context>
<context>
    <name>CardGridWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message numerus="yes">
        <source>%1 card(s)</source>
        <translation>
            <numerusform>%1 Karte</numerusform>
            <numerusform>%1 Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Übertrag ausgehend</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Übertrag eingehend</translation>
    </message>
    <message>
        <source>Cash-out</source>
        <translation>Barauszahlung</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>Reaktivierung</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>External card</source>
        <translation>Externe Karte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>The whole :class:`CardView` of a row (``None`` while its page is loading). The colour of the row&apos;s card state, for delegates and style. Pages read at once. A deep page is slow (the database skips every row before it), so a fast scroll must not queue every page it passed: the newest wish is read first, and pages asked for long ago are forgotten (asked for again if they are still shown).</extracomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Käufer/in</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The number of matching cards, each time it has been counted. A count or a page could not be read; the error is for ``ui.errors.show_error``.</extracomment>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>CardsIoScreen</name>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export cards</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Bitte zuerst eine CSV-Datei wählen.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1 of %2 lines are bad; nothing was imported.</source>
        <translation>%1 von %2 Zeilen sind fehlerhaft; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>All %1 lines are good.</source>
        <translation>Alle %1 Zeilen sind in Ordnung.</translation>
    </message>
    <message>
        <source>Import cancelled, nothing was imported.</source>
        <translation>Import abgebrochen, nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Dry run: all %1 cards in %2 would be imported; nothing was written.</source>
        <translation>Probelauf: Alle %1 Karten aus %2 würden importiert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 cards imported from %2.</source>
        <translation>%1 Karten aus %2 importiert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 cards written to %2 (codes masked).</source>
        <translation>%1 Karten in %2 geschrieben (Codes maskiert).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>CardsIoView</name>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>Abbrechen  [Esc]</translation>
    </message>
    <message>
        <source>Import and export cards</source>
        <translation>Karten importieren und exportieren</translation>
    </message>
    <message>
        <source>Import cards from another system</source>
        <translation>Karten aus einem anderen System importieren</translation>
    </message>
    <message>
        <source>A CSV file with a code and an amount (balance, value) column, and optionally currency, expiry, recipient name and e-mail, message and reference. Columns are found by name; name any other column below. Every row is checked first: one bad row and nothing is imported.</source>
        <translation>Eine CSV-Datei mit einer Spalte für den Code und einer für den Betrag (Guthaben, Wert), wahlweise Währung, Ablauf, Name und E-Mail des Empfängers, Nachricht und Referenz. Spalten werden am Namen erkannt; jede andere Spalte benennen Sie unten. Jede Zeile wird zuerst geprüft: Eine fehlerhafte Zeile, und nichts wird importiert.</translation>
    </message>
    <message>
        <source>&amp;Import from</source>
        <translation>&amp;Importieren aus</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>e.g. code=CardNo, amount=Amt, ignore=Notes</source>
        <translation>z. B. code=KartenNr, amount=Betrag, ignore=Notiz</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Chec&amp;k file</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Dry run: check everything, import nothing</source>
        <translation>Probe&amp;lauf: alles prüfen, nichts importieren</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export every card</source>
        <translation>Alle Karten exportieren</translation>
    </message>
    <message>
        <source>Writes status, balances, expiry and recipients. Codes are masked: the file never holds a full card code.</source>
        <translation>Schreibt Status, Guthaben, Ablaufdatum und Empfänger. Codes werden maskiert: Die Datei enthält nie einen vollständigen Kartencode.</translation>
    </message>
    <message>
        <source>&amp;Export to</source>
        <translation>&amp;Exportieren nach</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>Zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export cards</source>
        <translation>Karten exportieren</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Extend expiry</source>
        <translation>Gültigkeit verlängern</translation>
    </message>
    <message>
        <source>Usable until (last day)</source>
        <translation>Gültig bis (letzter Tag)</translation>
    </message>
</context>
<context>
    <name>FailedEmailsScreen</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Zuletzt versucht</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Erneut senden…</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>Fehlgeschlagene E-Mails</translation>
    </message>
    <message>
        <source>The e-mail to %1 goes out again now.</source>
        <translation>Die E-Mail an %1 wird jetzt erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>A page could not be read; the error is for ``ui.errors.show_error``.</extracomment>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>LinkWatch</name>
    <message>
        <source>The link is back: %1 operation(s) sent, %2 refused.</source>
        <extracomment>Milliseconds between two looks at the link. online, operations waiting in the outbox what the service answered to the operations replayed (a list of dicts) the link is up and the service knows nobody signed in here</extracomment>
        <translation>Die Verbindung steht wieder: %1 Vorgang/Vorgänge gesendet, %2 abgelehnt.</translation>
    </message>
    <message>
        <source>New card codes: %1.</source>
        <translation>Neue Kartencodes: %1.</translation>
    </message>
    <message>
        <source>Refused (see the reconciliation queue): %1</source>
        <translation>Abgelehnt (siehe Abgleichsliste): %1</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>GiftPOS</source>
        <translation>GiftPOS</translation>
    </message>
    <message>
        <source>Choose your name, then enter your PIN</source>
        <translation>Namen wählen, dann PIN eingeben</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GiftPOS</source>
        <extracomment>The window&apos;s size on a screen with room for it; smaller screens get it maximised. Room kept for the window manager&apos;s frame and title bar.</extracomment>
        <translation>GiftPOS</translation>
    </message>
    <message>
        <source>signed out</source>
        <extracomment>The database and keys, and the services&apos; view of the window: set by :meth:`attach_core` (at once when the window is built with a context). Said on the sign-in screen after the next lock (why the till locked itself).</extracomment>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>The central service needs you to sign in again (the link is back, or your session ended).</source>
        <translation>Der Zentraldienst braucht Ihre erneute Anmeldung (die Verbindung ist zurück, oder Ihre Sitzung ist abgelaufen).</translation>
    </message>
    <message>
        <source>Switch user  [Ctrl+U]</source>
        <translation>Benutzer wechseln  [Strg+U]</translation>
    </message>
    <message>
        <source>Lock  [Ctrl+L]</source>
        <translation>Sperren  [Strg+L]</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1 starting</source>
        <translation>%1 startet</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>%1 unplugged, retrying</source>
        <translation>%1 getrennt, neuer Versuch</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>Sign in before scanning.</source>
        <translation>Bitte vor dem Scannen anmelden.</translation>
    </message>
</context>
<context>
    <name>MarkPanel</name>
    <message>
        <source>Scan or type each card, then Enter</source>
        <translation>Jede Karte scannen oder eintippen, dann Enter</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Cards to mark</source>
        <translation>Zu markierende Karten</translation>
    </message>
    <message>
        <source>Not marked, and why</source>
        <translation>Nicht markiert, und warum</translation>
    </message>
    <message>
        <source>Mark the cards listed (%1) as %2?</source>
        <translation>Die aufgeführten Karten (%1) als %2 markieren?</translation>
    </message>
    <message>
        <source>Mark cards</source>
        <translation>Karten markieren</translation>
    </message>
    <message>
        <source>A card marked damaged or lost cannot be sold.</source>
        <translation>Eine als beschädigt oder verloren markierte Karte kann nicht verkauft werden.</translation>
    </message>
    <message>
        <source>Marked: %1. Not marked: %2 (listed with the reason).</source>
        <translation>Markiert: %1. Nicht markiert: %2 (mit Grund aufgeführt).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Markiert: %1.</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>New card code</source>
        <translation>Neuer Kartencode</translation>
    </message>
    <message>
        <source>Write this code down or print the card now: it is shown only this once. The old card is closed.</source>
        <translation>Diesen Code jetzt notieren oder die Karte drucken: Er wird nur dieses eine Mal angezeigt. Die alte Karte ist geschlossen.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch Filialleitung</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Die Filialleitung muss freigeben: %1</translation>
    </message>
    <message>
        <source>A manager signs in at this till to do this.</source>
        <translation>Dafür meldet sich eine Filialleitung an dieser Kasse an.</translation>
    </message>
</context>
<context>
    <name>PayController</name>
    <message>
        <source>Goods</source>
        <translation>Waren</translation>
    </message>
    <message>
        <source>The till is offline: the sale is finished with the cards it holds and goes to the central service when the link is back.</source>
        <translation>Die Kasse ist offline: Der Verkauf wird mit den reservierten Karten abgeschlossen und an den Zentraldienst gesendet, sobald die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Sale %1 paid.</source>
        <translation>Verkauf %1 bezahlt.</translation>
    </message>
    <message>
        <source>Sale %1 cancelled; the cards&apos; holds are released.</source>
        <translation>Verkauf %1 abgebrochen; die Reservierungen der Karten sind aufgehoben.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Restbetrag %1</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <source>Amount due, e.g. 80.00</source>
        <translation>Zu zahlender Betrag, z. B. 80.00</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Verkauf beginnen</translation>
    </message>
    <message>
        <source>Scan or type a gift card code</source>
        <translation>Geschenkkarte scannen oder Code eingeben</translation>
    </message>
    <message>
        <source>Apply card</source>
        <translation>Karte einlösen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Left on card</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Finish / pay rest</source>
        <translation>Abschließen / Rest zahlen</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Verkauf abbrechen</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Pay with gift cards</source>
        <translation>Mit Geschenkkarten bezahlen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PosStatusBar</name>
    <message>
        <source>Store: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Kasse: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Datenbank: verbunden</translation>
    </message>
    <message>
        <source>Database: NOT CONNECTED</source>
        <translation>Datenbank: NICHT VERBUNDEN</translation>
    </message>
    <message>
        <source>Central: online</source>
        <translation>Zentrale: online</translation>
    </message>
    <message>
        <source>Central: online, sending %1</source>
        <translation>Zentrale: online, sendet %1</translation>
    </message>
    <message>
        <source>Central: OFFLINE, %1 waiting</source>
        <translation>Zentrale: OFFLINE, %1 wartend</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner: %1</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Batch</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Cards on their way</source>
        <translation>Karten unterwegs</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Scan a card that did not arrive, then Enter (none: leave empty)</source>
        <translation>Eine nicht angekommene Karte scannen, dann Enter (keine: leer lassen)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Received here lately</source>
        <translation>Zuletzt hier empfangen</translation>
    </message>
    <message>
        <source>Did not arrive: %1</source>
        <translation>Nicht angekommen: %1</translation>
    </message>
    <message>
        <source>On their way to %1</source>
        <translation>Unterwegs nach %1</translation>
    </message>
    <message>
        <source>Receive the %1 cards of batch %2 at %3?</source>
        <translation>Die %1 Karten der Serie %2 in %3 empfangen?</translation>
    </message>
    <message>
        <source>%1 cards did not arrive: they are marked lost.</source>
        <translation>%1 Karten sind nicht angekommen: Sie werden als verloren markiert.</translation>
    </message>
    <message>
        <source>No card was scanned as missing: all of them arrive.</source>
        <translation>Keine Karte wurde als fehlend gescannt: Alle gelten als angekommen.</translation>
    </message>
    <message>
        <source>Receive a batch</source>
        <translation>Serie empfangen</translation>
    </message>
    <message>
        <source>Received %1 cards of batch %2 at %3 (%4 missing).</source>
        <translation>%1 Karten der Serie %2 in %3 empfangen (%4 fehlend).</translation>
    </message>
</context>
<context>
    <name>ReconciliationScreen</name>
    <message>
        <source>Shortfall</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Show resolved items too</source>
        <translation>Auch erledigte Einträge zeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>What was done about it (required)</source>
        <translation>Was dazu unternommen wurde (Pflicht)</translation>
    </message>
    <message>
        <source>Resolve with this note</source>
        <translation>Mit dieser Notiz erledigen</translation>
    </message>
    <message>
        <source>Reconciliation queue</source>
        <translation>Abgleichsliste</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Resolved by %1: %2</source>
        <translation>Erledigt von %1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Table</source>
        <extracomment>How the page&apos;s charts write their own words: in the app&apos;s language. Draws one chart onto a figure from the page&apos;s report pack. The height (pixels) from which charts and table are shown together.</extracomment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Roll-forward</source>
        <translation>Fortschreibung</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Altersstruktur</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Ausgleich</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Journal CSV…</source>
        <translation>Journal-CSV…</translation>
    </message>
    <message>
        <source>PDF pack…</source>
        <translation>PDF-Mappe…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Stopped; the reports shown are unchanged.</source>
        <translation>Abgebrochen; die angezeigten Berichte bleiben unverändert.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Liability at month end</source>
        <translation>Verbindlichkeit zum Monatsende</translation>
    </message>
    <message>
        <source>Movements in the period</source>
        <translation>Bewegungen im Zeitraum</translation>
    </message>
    <message>
        <source>Share redeemed by age (cohorts)</source>
        <translation>Eingelöster Anteil nach Alter (Kohorten)</translation>
    </message>
    <message>
        <source>Balances owed by age</source>
        <translation>Offene Guthaben nach Alter</translation>
    </message>
    <message>
        <source>Who owes whom</source>
        <translation>Wer schuldet wem</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Journal CSV</source>
        <translation>Journal-CSV</translation>
    </message>
    <message>
        <source>PDF pack</source>
        <translation>PDF-Mappe</translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Why is sale %1 voided?</source>
        <translation>Warum wird Verkauf %1 storniert?</translation>
    </message>
    <message>
        <source>Receipt printed: %1</source>
        <translation>Beleg gedruckt: %1</translation>
    </message>
    <message>
        <source>Sale %1 is voided.</source>
        <translation>Verkauf %1 ist storniert.</translation>
    </message>
    <message>
        <source>Sale %1 is refunded in full.</source>
        <translation>Verkauf %1 ist vollständig erstattet.</translation>
    </message>
    <message>
        <source>Part of sale %1 is refunded.</source>
        <translation>Verkauf %1 ist teilweise erstattet.</translation>
    </message>
    <message>
        <source>Hand back: %1.</source>
        <translation>Auszahlen: %1.</translation>
    </message>
    <message>
        <source>No sale chosen: type a receipt number or take the last.</source>
        <translation>Kein Verkauf gewählt: Belegnummer eingeben oder den letzten nehmen.</translation>
    </message>
    <message>
        <source>Sale %1 — %2 — total %3</source>
        <translation>Verkauf %1 — %2 — Summe %3</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>Receipt number</source>
        <translation>Belegnummer</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Verkauf suchen</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Letzter Verkauf</translation>
    </message>
    <message>
        <source>No sale chosen.</source>
        <translation>Kein Verkauf gewählt.</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Empty: refund everything</source>
        <translation>Leer: alles erstatten</translation>
    </message>
    <message>
        <source>Refund to its tenders</source>
        <translation>Auf die Zahlungsmittel erstatten</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <source>Returns and voids</source>
        <translation>Rückgaben und Stornos</translation>
    </message>
</context>
<context>
    <name>SaleDoneDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>Verkauf abgeschlossen</translation>
    </message>
    <message>
        <source>Sale %1 complete</source>
        <translation>Verkauf %1 abgeschlossen</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <source>No change to give</source>
        <translation>Kein Rückgeld</translation>
    </message>
    <message>
        <source>Give these codes to the customer: they are shown only now.</source>
        <translation>Diese Codes der Kundin oder dem Kunden geben: Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
</context>
<context>
    <name>SellController</name>
    <message>
        <source>Store gift card</source>
        <translation>Geschenkkarte der Filiale</translation>
    </message>
    <message>
        <source>E-mail (required)</source>
        <translation>E-Mail (Pflicht)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>New e-card</source>
        <translation>Neue E-Karte</translation>
    </message>
    <message>
        <source>Enter the amount for this card.</source>
        <translation>Bitte den Betrag für diese Karte eingeben.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>The till is offline: the sale is kept and goes to the central service when the link is back. New cards get their codes then.</source>
        <translation>Die Kasse ist offline: Der Verkauf wird gespeichert und an den Zentraldienst gesendet, sobald die Verbindung wieder steht. Neue Karten erhalten dann ihre Codes.</translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation>Verkauf %1 abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <source>Custom amount, e.g. 35.00</source>
        <translation>Freier Betrag, z. B. 35.00</translation>
    </message>
    <message>
        <source>Scan a physical card or a card to reload</source>
        <translation>Physische Karte oder aufzuladende Karte scannen</translation>
    </message>
    <message>
        <source>Who the card is from</source>
        <translation>Von wem die Karte ist</translation>
    </message>
    <message>
        <source>At once, or a day: YYYY-MM-DD</source>
        <translation>Sofort, oder ein Tag: JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Clear sale</source>
        <translation>Verkauf verwerfen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>E-mail on</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Sell gift cards</source>
        <translation>Geschenkkarten verkaufen</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>e.g. 25.00, 50.00, 100.00</source>
        <translation>z. B. 25.00, 50.00, 100.00</translation>
    </message>
    <message>
        <source>e.g. cash, external</source>
        <translation>z. B. cash, external</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Andere Währungen: %1</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>This store only</source>
        <translation>Nur diese Filiale</translation>
    </message>
    <message>
        <source>As all stores</source>
        <translation>Wie alle Filialen</translation>
    </message>
    <message>
        <source>not set for %1</source>
        <translation>für %1 nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Values for</source>
        <translation>Werte für</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>%1 — %2 only</source>
        <translation>%1 — nur %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n Änderung gespeichert.</numerusform>
            <numerusform>%n Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Nichts wurde gespeichert: Bitte die markierten Felder korrigieren.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Filiale hinzufügen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter/in hinzufügen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Feste Beträge</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Stored encrypted; never shown again</source>
        <translation>Verschlüsselt gespeichert; nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort setzen</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Send a test to</source>
        <translation>Test senden an</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SMTP password set.</source>
        <translation>SMTP-Passwort gesetzt.</translation>
    </message>
    <message>
        <source>Test e-mail sent to %1.</source>
        <translation>Test-E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Store %1 added.</source>
        <translation>Filiale %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Product %1 added.</source>
        <translation>Produkt %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up GiftPOS</source>
        <translation>GiftPOS einrichten</translation>
    </message>
    <message>
        <source>Main store</source>
        <translation>Hauptfiliale</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Filialcode</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Filialname</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Admin name</source>
        <translation>Name des Administrators</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN des Administrators</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Filiale anlegen</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>Demodaten verwenden</translation>
    </message>
    <message>
        <source>This database is empty. Create your store:</source>
        <translation>Diese Datenbank ist leer. Legen Sie Ihre Filiale an:</translation>
    </message>
</context>
<context>
    <name>ShipPanel</name>
    <message>
        <source>Batch</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Stock room</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Send to store</source>
        <translation>An Filiale senden</translation>
    </message>
    <message>
        <source>Printed batches with cards in a stock room</source>
        <translation>Gedruckte Serien mit Karten im Lager</translation>
    </message>
    <message>
        <source>Pick a batch and the store it goes to.</source>
        <translation>Wählen Sie eine Serie und die Filiale, an die sie geht.</translation>
    </message>
    <message>
        <source>%1 cards of batch %2 will go from the stock room of %3 to %4.</source>
        <translation>%1 Karten der Serie %2 gehen vom Lager von %3 an %4.</translation>
    </message>
    <message>
        <source>Ship a batch</source>
        <translation>Serie versenden</translation>
    </message>
    <message>
        <source>The cards are in transit until the store receives them.</source>
        <translation>Die Karten sind unterwegs, bis die Filiale sie empfängt.</translation>
    </message>
    <message>
        <source>Shipped %1 cards of batch %2 to %3: in transit until %3 receives them.</source>
        <translation>%1 Karten der Serie %2 an %3 versandt: unterwegs, bis %3 sie empfängt.</translation>
    </message>
</context>
<context>
    <name>StockCountScreen</name>
    <message>
        <source>Scan each card on hand</source>
        <translation>Jede vorhandene Karte scannen</translation>
    </message>
    <message>
        <source>Compare with the stock</source>
        <translation>Mit dem Bestand vergleichen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Missing: on hand by the books, not scanned</source>
        <translation>Fehlend: laut Bestand vorhanden, nicht gescannt</translation>
    </message>
    <message>
        <source>Unexpected: scanned, but not this store&apos;s stock</source>
        <translation>Unerwartet: gescannt, aber nicht Bestand dieser Filiale</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>%1 cards expected here, %2 scanned, %3 scanned codes are no card.</source>
        <translation>%1 Karten hier erwartet, %2 gescannt, %3 gescannte Codes sind keine Karte.</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>Gescannt: %1</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Stock room</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>At store</source>
        <translation>In der Filiale</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Mark damaged or lost</source>
        <translation>Beschädigt oder verloren markieren</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Zu zahlen: %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>Gegeben</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>The %1 %2 has a broken escape: use \r, \n, \t or \xNN.</source>
        <translation>Das Feld „%1“ (%2) enthält eine fehlerhafte Escape-Folge: \r, \n, \t oder \xNN verwenden.</translation>
    </message>
    <message>
        <source>First store</source>
        <translation>Erste Filiale</translation>
    </message>
    <message>
        <source>%1 (unknown store)</source>
        <translation>%1 (unbekannte Filiale)</translation>
    </message>
    <message>
        <source>wedge prefix</source>
        <translation>Präfix des Tastatur-Scanners</translation>
    </message>
    <message>
        <source>wedge suffix</source>
        <translation>Suffix des Tastatur-Scanners</translation>
    </message>
    <message>
        <source>The scanner&apos;s baud rate must be a whole number, not %1.</source>
        <translation>Die Baudrate des Scanners muss eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>serial suffix</source>
        <translation>Suffix des seriellen Scanners</translation>
    </message>
    <message>
        <source>The serial suffix must be single bytes (\xNN).</source>
        <translation>Das serielle Suffix muss aus einzelnen Bytes bestehen (\xNN).</translation>
    </message>
    <message>
        <source>Unknown printer profile %1: pick one from the list or leave it empty.</source>
        <translation>Unbekanntes Druckerprofil %1: bitte eines aus der Liste wählen oder leer lassen.</translation>
    </message>
    <message>
        <source>Give this terminal a name (it appears on receipts).</source>
        <translation>Bitte der Kasse einen Namen geben (er steht auf den Belegen).</translation>
    </message>
    <message>
        <source>Saved. A serial scanner&apos;s settings and the language apply at the next start of the app.</source>
        <translation>Gespeichert. Die Einstellungen eines seriellen Scanners und die Sprache gelten ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>No printer is chosen: receipts are saved as PDF.</source>
        <translation>Kein Drucker gewählt: Belege werden als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Testbeleg wird gedruckt…</translation>
    </message>
    <message>
        <source>Test slip sent to %1 %2.</source>
        <translation>Testbeleg an %1 %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Save settings</source>
        <extracomment>From this width on, the scanner settings stand beside the others.</extracomment>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Testdruck</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>Store and name</source>
        <translation>Filiale und Name</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Filiale</translation>
    </message>
    <message>
        <source>Terminal &amp;name</source>
        <translation>&amp;Name der Kasse</translation>
    </message>
    <message>
        <source>&amp;Language (at next start)</source>
        <translation>&amp;Sprache (ab nächstem Start)</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>The printer and a keyboard scanner change at once, the store and name at the next sign-in; a serial scanner and the language apply at the next start of the app.</source>
        <translation>Drucker und Tastatur-Scanner wechseln sofort, Filiale und Name bei der nächsten Anmeldung; ein serieller Scanner und die Sprache gelten ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>none: a scan ends when its keys stop</source>
        <translation>keins: Ein Scan endet, wenn keine Tasten mehr kommen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>Anschlüsse suchen</translation>
    </message>
    <message>
        <source>empty: CR, LF or CRLF</source>
        <translation>leer: CR, LF oder CRLF</translation>
    </message>
    <message>
        <source>Write control characters as \r, \n, \t or \x02.</source>
        <translation>Steuerzeichen als \r, \n, \t oder \x02 schreiben.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Anschluss</translation>
    </message>
    <message>
        <source>Keyboard (wedge) scanner</source>
        <translation>Tastatur-Scanner (Keyboard-Wedge)</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>Serieller Scanner</translation>
    </message>
    <message>
        <source>Pr&amp;efix</source>
        <translation>&amp;Präfix</translation>
    </message>
    <message>
        <source>Su&amp;ffix</source>
        <translation>S&amp;uffix</translation>
    </message>
    <message>
        <source>Most time between &amp;keys</source>
        <translation>Höchstzeit zwischen &amp;Tasten</translation>
    </message>
    <message>
        <source>&amp;Baud</source>
        <translation>&amp;Baud</translation>
    </message>
    <message>
        <source>Frame s&amp;uffix</source>
        <translation>&amp;Rahmen-Suffix</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>None: receipts as PDF</source>
        <translation>Keiner: Belege als PDF</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serieller Anschluss</translation>
    </message>
    <message>
        <source>Network (TCP 9100)</source>
        <translation>Netzwerk (TCP 9100)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>File or device path</source>
        <translation>Datei- oder Gerätepfad</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Pin 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation>Papierbr&amp;eite</translation>
    </message>
    <message>
        <source>Pr&amp;ofile</source>
        <translation>Pr&amp;ofil</translation>
    </message>
    <message>
        <source>Cash &amp;drawer</source>
        <translation>&amp;Kassenlade</translation>
    </message>
</context>
<context>
    <name>_CardGridView</name>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <source>Last four, purchaser, recipient or code</source>
        <translation>Letzte vier Ziffern, Käufer, Empfänger oder Code</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>Fi&amp;liale</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>The card list is for managers.</source>
        <translation>Die Kartenliste ist der Filialleitung vorbehalten.</translation>
    </message>
</context>
<context>
    <name>_HistoryGridView</name>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>The history of all cards is for managers.</source>
        <translation>Der Verlauf aller Karten ist der Filialleitung vorbehalten.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo PINs: %1</source>
        <extracomment>A till of a chain: its credential file (``--central [FILE]``).</extracomment>
        <translation>Demo-PINs: %1</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>The till has not received its store&apos;s settings yet: it needs the link to the central service once.</source>
        <extracomment>Seconds between two health requests of an idle till that is online.</extracomment>
        <translation>Die Kasse hat die Einstellungen ihrer Filiale noch nicht erhalten: Sie braucht einmal die Verbindung zum Zentraldienst.</translation>
    </message>
    <message>
        <source>The central service stopped answering before it confirmed this. The till will confirm it by itself when the link is back: do not repeat it.</source>
        <translation>Die Zentrale hat nicht mehr geantwortet, bevor sie dies bestätigt hat. Die Kasse bestätigt es selbst, sobald die Verbindung wieder steht: bitte nicht wiederholen.</translation>
    </message>
    <message>
        <source>The till is offline: this needs the link to the central service.</source>
        <translation>Die Kasse ist offline: Dafür ist die Verbindung zum Zentraldienst nötig.</translation>
    </message>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>Es gibt keinen Verkauf mit der Belegnummer %1.</translation>
    </message>
    <message>
        <source>No sale was completed at this till since it started: type the receipt number.</source>
        <translation>Seit dem Start wurde an dieser Kasse kein Verkauf abgeschlossen: Geben Sie die Belegnummer ein.</translation>
    </message>
</context>
<context>
    <name>email</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Send the e-mail again</source>
        <translation>E-Mail erneut senden</translation>
    </message>
    <message>
        <source>Send the card&apos;s e-mail now to:</source>
        <translation>Die E-Mail der Karte jetzt senden an:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That amount can&apos;t be used. Check the number and try again.</source>
        <translation>Dieser Betrag ist nicht möglich. Bitte Betrag prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>That is not a valid gift card code. Scan the card again.</source>
        <translation>Das ist kein gültiger Geschenkkartencode. Bitte die Karte erneut scannen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that gift card.</source>
        <translation>Diese Geschenkkarte wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This gift card has not been activated yet.</source>
        <translation>Diese Geschenkkarte ist noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>This gift card has expired.</source>
        <translation>Diese Geschenkkarte ist abgelaufen.</translation>
    </message>
    <message>
        <source>This gift card is frozen. A manager must unfreeze it.</source>
        <translation>Diese Geschenkkarte ist gesperrt. Die Filialleitung muss sie entsperren.</translation>
    </message>
    <message>
        <source>This gift card has been voided and can&apos;t be used.</source>
        <translation>Diese Geschenkkarte wurde storniert und kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough balance on the card.</source>
        <translation>Das Guthaben auf der Karte reicht nicht aus.</translation>
    </message>
    <message>
        <source>This gift card can&apos;t be used at this store.</source>
        <translation>Diese Geschenkkarte gilt nicht in dieser Filiale.</translation>
    </message>
    <message>
        <source>This gift card is in a different currency.</source>
        <translation>Diese Geschenkkarte lautet auf eine andere Währung.</translation>
    </message>
    <message>
        <source>That can&apos;t be done right now.</source>
        <translation>Das ist gerade nicht möglich.</translation>
    </message>
    <message>
        <source>You are not allowed to do that. Ask a manager.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung. Bitte die Filialleitung fragen.</translation>
    </message>
    <message>
        <source>Wrong name or PIN. Try again.</source>
        <translation>Name oder PIN falsch. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a little and try again.</source>
        <translation>Zu viele Fehlversuche. Bitte kurz warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>That payment isn&apos;t allowed here.</source>
        <translation>Diese Zahlung ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>This was already done with different details. Start again.</source>
        <translation>Das wurde bereits mit anderen Angaben ausgeführt. Bitte neu beginnen.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Some of the details aren&apos;t right. Check and try again.</source>
        <translation>Einige Angaben stimmen nicht. Bitte prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The printer or scanner isn&apos;t responding. Check its cable.</source>
        <translation>Drucker oder Scanner antwortet nicht. Bitte das Kabel prüfen.</translation>
    </message>
    <message>
        <source>This till&apos;s key file can&apos;t be used. Call whoever set up the tills.</source>
        <translation>Die Schlüsseldatei dieser Kasse ist nicht verwendbar. Bitte die Person anrufen, die die Kassen eingerichtet hat.</translation>
    </message>
    <message>
        <source>The system is busy right now. Nothing was changed; try again.</source>
        <translation>Das System ist gerade ausgelastet. Es wurde nichts geändert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The payment doesn&apos;t cover what is due.</source>
        <translation>Die Zahlung deckt den fälligen Betrag nicht.</translation>
    </message>
    <message>
        <source>This card is already in the sale.</source>
        <translation>Diese Karte ist schon im Verkauf.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Bitte einen Betrag eingeben.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed; try again or call support.</source>
        <translation>Etwas ist schiefgelaufen. Es wurde nichts geändert; bitte erneut versuchen oder den Support anrufen.</translation>
    </message>
    <message>
        <source>activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>Guthaben korrigieren</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>unfreeze</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>Verfallen lassen</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>cash out</source>
        <translation>bar auszahlen</translation>
    </message>
    <message>
        <source>check balance</source>
        <translation>Guthaben prüfen</translation>
    </message>
    <message>
        <source>cashout</source>
        <translation>Barauszahlung</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>Verlauf ansehen</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>print receipt</source>
        <translation>Beleg drucken</translation>
    </message>
    <message>
        <source>cash out over limit</source>
        <translation>über der Grenze bar auszahlen</translation>
    </message>
    <message>
        <source>manage stock</source>
        <translation>Bestand verwalten</translation>
    </message>
    <message>
        <source>activate away from stock</source>
        <translation>außerhalb des Bestands aktivieren</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>Karten ausgeben</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <source>extend expiry</source>
        <translation>Gültigkeit verlängern</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>Neu drucken</translation>
    </message>
    <message>
        <source>list cards</source>
        <translation>Karten auflisten</translation>
    </message>
    <message>
        <source>void sale</source>
        <translation>Verkauf stornieren</translation>
    </message>
    <message>
        <source>refund sale</source>
        <translation>Verkauf erstatten</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Berichte ansehen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Karten importieren</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Karten exportieren</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>Personal verwalten</translation>
    </message>
    <message>
        <source>unlock staff</source>
        <translation>Personal entsperren</translation>
    </message>
    <message>
        <source>manage locations</source>
        <translation>Filialen verwalten</translation>
    </message>
    <message>
        <source>manage products</source>
        <translation>Produkte verwalten</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>Kartenserien verwalten</translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation>Einstellungen verwalten</translation>
    </message>
    <message>
        <source>--cert {cert} with --key {key} cannot be used: {reason}.</source>
        <translation>--cert {cert} mit --key {key} ist nicht verwendbar: {reason}.</translation>
    </message>
    <message>
        <source>--limit is a whole number above zero.</source>
        <translation>--limit ist eine ganze Zahl über null.</translation>
    </message>
    <message>
        <source>--port is 1-65535.</source>
        <translation>--port liegt zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>--send-email-every is 0 (off) to 86400 seconds.</source>
        <translation>--send-email-every ist 0 (aus) bis 86400 Sekunden.</translation>
    </message>
    <message>
        <source>A PIN is 4 to {max_length} digits 0-9.</source>
        <translation>Eine PIN besteht aus 4 bis {max_length} Ziffern (0–9).</translation>
    </message>
    <message>
        <source>A SKU is 1-40 letters, digits, - or _.</source>
        <translation>Eine Artikelnummer (SKU) besteht aus 1 bis 40 Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>A batch holds 1 to {max_batch:,} cards.</source>
        <translation>Eine Kartenserie umfasst 1 bis {max_batch:,} Karten.</translation>
    </message>
    <message>
        <source>A bulk action takes {most:,} cards at most.</source>
        <translation>Eine Sammelaktion umfasst höchstens {most:,} Karten.</translation>
    </message>
    <message>
        <source>A card may hold at most {amount} {currency}.</source>
        <translation>Eine Karte darf höchstens {amount} {currency} Guthaben haben.</translation>
    </message>
    <message>
        <source>A card named missing is not one of this batch&apos;s cards on their way to this store.</source>
        <translation>Eine als fehlend genannte Karte gehört nicht zu den Karten dieses Stapels, die zu dieser Filiale unterwegs sind.</translation>
    </message>
    <message>
        <source>A card of this sale no longer exists.</source>
        <translation>Eine Karte dieses Verkaufs gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A card with the code ending {last4} already exists.</source>
        <translation>Es gibt bereits eine Karte mit dem Code, der auf {last4} endet.</translation>
    </message>
    <message>
        <source>A cash-out above {limit} needs a manager&apos;s approval.</source>
        <translation>Eine Barauszahlung über {limit} muss ein Manager freigeben.</translation>
    </message>
    <message>
        <source>A category is 1-40 letters, digits, spaces, - or _.</source>
        <translation>Eine Warengruppe besteht aus 1 bis 40 Buchstaben, Ziffern, Leerzeichen, - oder _.</translation>
    </message>
    <message>
        <source>A code prefix is 1-4 letters (not I, L, O or U).</source>
        <translation>Ein Code-Präfix besteht aus 1 bis 4 Buchstaben (nicht I, L, O oder U).</translation>
    </message>
    <message>
        <source>A custom range needs a minimum no larger than its maximum.</source>
        <translation>Bei einem freien Betragsbereich darf das Minimum nicht über dem Maximum liegen.</translation>
    </message>
    <message>
        <source>A delivery date is at most {days} days ahead.</source>
        <translation>Ein Versandtag liegt höchstens {days} Tage voraus.</translation>
    </message>
    <message>
        <source>A delivery date needs the recipient&apos;s e-mail.</source>
        <translation>Ein Versandtag braucht die E-Mail-Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>A filter is NAME=VALUE with NAME one of {names}; got {pair!r}.</source>
        <translation>Ein Filter ist NAME=WERT mit NAME aus {names}; erhalten: {pair!r}.</translation>
    </message>
    <message>
        <source>A gift card cannot pay for a gift card.</source>
        <translation>Eine Geschenkkarte kann nicht mit einer Geschenkkarte bezahlt werden.</translation>
    </message>
    <message>
        <source>A gift card code is text.</source>
        <translation>Ein Geschenkkartencode ist ein Text.</translation>
    </message>
    <message>
        <source>A gift card is sold for no fixed amount or between {low} and {high}.</source>
        <translation>Geschenkkarten gibt es ohne festen Betrag oder zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>A gift card is sold for {offered} or between {low} and {high}.</source>
        <translation>Geschenkkarten gibt es für {offered} oder zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>A gift card is sold for {offered}.</source>
        <translation>Geschenkkarten gibt es für {offered}.</translation>
    </message>
    <message>
        <source>A gift card sale needs at least one card.</source>
        <translation>Ein Geschenkkartenverkauf braucht mindestens eine Karte.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Jede Position braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>A line&apos;s price must be above zero in {currency}.</source>
        <translation>Der Preis einer Position muss in {currency} über null liegen.</translation>
    </message>
    <message>
        <source>A mapping is FIELD=COLUMN; got {part!r}.</source>
        <translation>Eine Zuordnung ist FELD=SPALTE; erhalten: {part!r}.</translation>
    </message>
    <message>
        <source>A message is at most {max_message} characters.</source>
        <translation>Eine Nachricht hat höchstens {max_message} Zeichen.</translation>
    </message>
    <message>
        <source>A name cannot hold line breaks or control characters.</source>
        <translation>Ein Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to 10000 cards.</source>
        <translation>Eine Seite beginnt bei 0 oder später und zeigt 1 bis 10000 Karten.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to 10000 entries.</source>
        <translation>Eine Seite beginnt bei 0 oder später und zeigt 1 bis 10000 Buchungen.</translation>
    </message>
    <message>
        <source>A product needs denominations, a custom range, or both.</source>
        <translation>Ein Produkt braucht feste Beträge, einen freien Betragsbereich oder beides.</translation>
    </message>
    <message>
        <source>A product&apos;s amounts are above zero and in {currency}.</source>
        <translation>Die Beträge eines Produkts sind größer als null und in {currency}.</translation>
    </message>
    <message>
        <source>A reason is required to void a sale.</source>
        <translation>Zum Stornieren eines Verkaufs ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A refund names either a captured hold or a card&apos;s code.</source>
        <translation>Eine Erstattung nennt entweder eine eingelöste Reservierung oder den Code einer Karte.</translation>
    </message>
    <message>
        <source>A refund of a hold takes no reference.</source>
        <translation>Die Erstattung einer Reservierung hat keine Referenz.</translation>
    </message>
    <message>
        <source>A refund to a card</source>
        <translation>Eine Erstattung auf eine Karte</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>Ein Verkauf braucht mindestens eine Position.</translation>
    </message>
    <message>
        <source>A sale of gift cards is undone by voiding it, not by a refund.</source>
        <translation>Ein Verkauf von Geschenkkarten wird storniert, nicht erstattet.</translation>
    </message>
    <message>
        <source>A scan was cut off by the next one: scan again.</source>
        <translation>Ein Scan wurde vom nächsten unterbrochen: bitte erneut scannen.</translation>
    </message>
    <message>
        <source>A setting&apos;s value is text.</source>
        <translation>Der Wert einer Einstellung ist ein Text.</translation>
    </message>
    <message>
        <source>A staff name is 1-64 letters, digits, spaces, dots or hyphens.</source>
        <translation>Ein Mitarbeitername besteht aus 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkten oder Bindestrichen.</translation>
    </message>
    <message>
        <source>A store code is 1-16 letters, digits, - or _.</source>
        <translation>Ein Filialcode besteht aus 1 bis 16 Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>A store needs a name.</source>
        <translation>Eine Filiale braucht einen Namen.</translation>
    </message>
    <message>
        <source>A terminal name is 1-{max_name} printable characters.</source>
        <translation>Ein Kassenname besteht aus 1 bis {max_name} druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>A web shop&apos;s name is 1-{max_name} printable characters.</source>
        <translation>Der Name eines Webshops besteht aus 1 bis {max_name} druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>A wedge prefix or suffix can hold only printable characters, Enter or Tab.</source>
        <translation>Präfix und Suffix des Tastatur-Scanners dürfen nur druckbare Zeichen, Enter oder Tab enthalten.</translation>
    </message>
    <message>
        <source>A wedge scan must be at least one character, within its maximum.</source>
        <translation>Ein Scan über den Tastatur-Scanner muss mindestens ein Zeichen lang sein und darf das Maximum nicht überschreiten.</translation>
    </message>
    <message>
        <source>A {role} may not {action}: ask a {need}.</source>
        <translation>Die Rolle „{role}“ darf „{action}“ nicht: bitten Sie jemanden mit der Rolle „{need}“.</translation>
    </message>
    <message>
        <source>A {role} may not {action}: ask an admin.</source>
        <translation>Die Rolle „{role}“ darf „{action}“ nicht: bitten Sie einen Administrator.</translation>
    </message>
    <message>
        <source>A {role} needs a longer PIN than a {old_role}: give a new one.</source>
        <translation>Die Rolle „{role}“ braucht eine längere PIN als „{old_role}“: bitte eine neue PIN vergeben.</translation>
    </message>
    <message>
        <source>A {status} card cannot be given a {op}.</source>
        <translation>Bei einer Karte mit dem Status „{status}“ ist „{op}“ nicht möglich.</translation>
    </message>
    <message>
        <source>A {status} card cannot become {new_status} by {op}.</source>
        <translation>Eine Karte mit dem Status „{status}“ kann durch „{op}“ nicht den Status „{new_status}“ erhalten.</translation>
    </message>
    <message>
        <source>A {what} is required.</source>
        <translation>Bitte angeben: {what}.</translation>
    </message>
    <message>
        <source>Activating a card from the back office</source>
        <translation>Das Aktivieren einer Karte aus der Verwaltung</translation>
    </message>
    <message>
        <source>Adjusting a card</source>
        <translation>Das Korrigieren einer Karte</translation>
    </message>
    <message>
        <source>An SMTP password cannot hold line breaks.</source>
        <translation>Ein SMTP-Passwort darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>An SMTP password is at most {limit} characters.</source>
        <translation>Ein SMTP-Passwort hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>An e-mail header cannot hold line breaks or control characters.</source>
        <translation>Eine E-Mail-Kopfzeile darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An exchange rate needs two different currencies.</source>
        <translation>Ein Wechselkurs braucht zwei verschiedene Währungen.</translation>
    </message>
    <message>
        <source>An idempotency key is 1-100 printable characters.</source>
        <translation>Ein Idempotenzschlüssel besteht aus 1 bis 100 druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>An idempotency key is 1-{max_key} printable characters.</source>
        <translation>Ein Idempotenzschlüssel besteht aus 1 bis {max_key} druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>An open sale holds part of this card: finish or cancel it first.</source>
        <translation>Ein offener Verkauf reserviert einen Teil dieser Karte: schließen Sie ihn zuerst ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Another change to the same record was made at the same moment: try again.</source>
        <translation>Im selben Moment wurde derselbe Datensatz anderweitig geändert: bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>At most {amount} can be refunded.</source>
        <translation>Es können höchstens {amount} erstattet werden.</translation>
    </message>
    <message>
        <source>Cannot combine {first} and {second} amounts.</source>
        <translation>Beträge in {first} und {second} lassen sich nicht verrechnen.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}: {reason}.</source>
        <translation>Auf {host} können keine Verbindungen angenommen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Auf {host}:{port} können keine Verbindungen angenommen werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot sort by {sort!r}; use one of {options}.</source>
        <translation>Nach {sort!r} kann nicht sortiert werden; möglich sind: {options}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {reason}.</source>
        <translation>{target} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Card {code} is not unsold stock.</source>
        <translation>Karte {code} ist kein unverkaufter Bestand.</translation>
    </message>
    <message>
        <source>Cards are marked damaged or lost, not {state!r}.</source>
        <translation>Karten werden als beschädigt oder verloren markiert, nicht {state!r}.</translation>
    </message>
    <message>
        <source>Cash-out is off in this store for {currency} cards.</source>
        <translation>Barauszahlung ist in dieser Filiale für {currency}-Karten ausgeschaltet.</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s serial port.</source>
        <translation>Wählen Sie den seriellen Anschluss des Scanners.</translation>
    </message>
    <message>
        <source>Code length must be between 8 and 32 symbols, not {length}.</source>
        <translation>Die Codelänge muss zwischen 8 und 32 Zeichen liegen, nicht {length}.</translation>
    </message>
    <message>
        <source>Enter the amount to put on the card.</source>
        <translation>Geben Sie den Betrag ein, der auf die Karte geladen werden soll.</translation>
    </message>
    <message>
        <source>Exchange rate must be a positive number, got {rate}.</source>
        <translation>Der Wechselkurs muss eine positive Zahl sein, nicht {rate}.</translation>
    </message>
    <message>
        <source>Expiring cards</source>
        <translation>Das Ablaufenlassen von Karten</translation>
    </message>
    <message>
        <source>Expiry is 0 (never) to 36500 days.</source>
        <translation>Die Gültigkeit beträgt 0 (unbegrenzt) bis 36500 Tage.</translation>
    </message>
    <message>
        <source>Feed the wedge detector one key at a time.</source>
        <translation>Die Erkennung des Tastatur-Scanners erhält nur eine Taste auf einmal.</translation>
    </message>
    <message>
        <source>Freezing a card</source>
        <translation>Das Sperren einer Karte</translation>
    </message>
    <message>
        <source>Gift cards are not accepted as payment in this store.</source>
        <translation>In dieser Filiale werden Geschenkkarten nicht als Zahlungsmittel angenommen.</translation>
    </message>
    <message>
        <source>Gift cards are switched off in this store.</source>
        <translation>In dieser Filiale sind Geschenkkarten ausgeschaltet.</translation>
    </message>
    <message>
        <source>Give at least one amount, e.g. 25.00 or USD 25.00.</source>
        <translation>Geben Sie mindestens einen Betrag an, z. B. 25.00 oder USD 25.00.</translation>
    </message>
    <message>
        <source>Give one amount for {cur}, not {count}.</source>
        <translation>Geben Sie für {cur} einen Betrag an, nicht {count}.</translation>
    </message>
    <message>
        <source>Give the file to write with --to FILE.csv.</source>
        <translation>Geben Sie die zu schreibende Datei mit --to DATEI.csv an.</translation>
    </message>
    <message>
        <source>Give the time zone, e.g. 2026-12-31T00:00:00+00:00.</source>
        <translation>Geben Sie die Zeitzone an, z. B. 2026-12-31T00:00:00+00:00.</translation>
    </message>
    <message>
        <source>Issuing a card from the back office</source>
        <translation>Das Ausgeben einer Karte aus der Verwaltung</translation>
    </message>
    <message>
        <source>Lifetime is zero (never expires) or more days.</source>
        <translation>Die Laufzeit beträgt null (läuft nie ab) oder mehr Tage.</translation>
    </message>
    <message>
        <source>Money needs whole minor units, got {minor!r}.</source>
        <translation>Geldbeträge brauchen ganze kleinste Einheiten (Cent), nicht {minor!r}.</translation>
    </message>
    <message>
        <source>Moving a card&apos;s balance to a new card</source>
        <translation>Das Übertragen eines Kartenguthabens auf eine neue Karte</translation>
    </message>
    <message>
        <source>Name a card by its code or by its id, not both.</source>
        <translation>Geben Sie eine Karte per Code oder per ID an, nicht beides.</translation>
    </message>
    <message>
        <source>Name at least one card.</source>
        <translation>Nennen Sie mindestens eine Karte.</translation>
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation>Es wurde kein Betrag eingegeben.</translation>
    </message>
    <message>
        <source>No cards are selected.</source>
        <translation>Es sind keine Karten ausgewählt.</translation>
    </message>
    <message>
        <source>No card has the code ending {tail}.</source>
        <translation>Keine Karte hat einen Code, der auf {tail} endet.</translation>
    </message>
    <message>
        <source>No card of this batch is in the stock room.</source>
        <translation>Keine Karte dieses Stapels ist im Lager.</translation>
    </message>
    <message>
        <source>No card of this batch is on its way to this store.</source>
        <translation>Keine Karte dieses Stapels ist zu dieser Filiale unterwegs.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target} is set.</source>
        <translation>Es ist kein Wechselkurs von {source} nach {target} festgelegt.</translation>
    </message>
    <message>
        <source>No gift card amounts are set for {cur}: an admin sets denominations, or custom_min and custom_max, for {cur}.</source>
        <translation>Für {cur} sind keine Geschenkkartenbeträge festgelegt: ein Administrator legt für {cur} feste Beträge (denominations) oder custom_min und custom_max fest.</translation>
    </message>
    <message>
        <source>No gift card has that code.</source>
        <translation>Keine Geschenkkarte hat diesen Code.</translation>
    </message>
    <message>
        <source>No gift card has the code ending {last4}.</source>
        <translation>Keine Geschenkkarte hat einen Code, der auf {last4} endet.</translation>
    </message>
    <message>
        <source>No handler for {command}.</source>
        <translation>Keine Verarbeitung für {command} vorhanden.</translation>
    </message>
    <message>
        <source>No mail server is set: an admin sets smtp_host and email_sender_address first.</source>
        <translation>Kein Mailserver eingestellt: Ein Admin setzt zuerst smtp_host und email_sender_address.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {receipt_number}.</source>
        <translation>Kein Verkauf hat die Belegnummer {receipt_number}.</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Es gibt keine Mitarbeiterin und keinen Mitarbeiter namens {name}.</translation>
    </message>
    <message>
        <source>No terminal is called {name} at store {store}.</source>
        <translation>In der Filiale {store} gibt es keine Kasse namens {name}.</translation>
    </message>
    <message>
        <source>No terminal is called {name}.</source>
        <translation>Es gibt keine Kasse namens {name}.</translation>
    </message>
    <message>
        <source>No web shop is called {name} at {store}.</source>
        <translation>In der Filiale {store} gibt es keinen Webshop namens {name}.</translation>
    </message>
    <message>
        <source>No web shop is called {name}.</source>
        <translation>Es gibt keinen Webshop namens {name}.</translation>
    </message>
    <message>
        <source>No {label} is set for {currency}: an admin sets {key} for {currency} first.</source>
        <translation>Für {currency} ist „{label}“ nicht festgelegt: ein Administrator legt zuerst {key} für {currency} fest.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this till.</source>
        <translation>An dieser Kasse ist niemand angemeldet.</translation>
    </message>
    <message>
        <source>Not a command this version understands: {problem}</source>
        <translation>Diese Version versteht den Befehl nicht: {problem}</translation>
    </message>
    <message>
        <source>Not a {kind} command this version understands.</source>
        <translation>Kein {kind}-Befehl, den diese Version versteht.</translation>
    </message>
    <message>
        <source>Not signed in at this terminal (or the session has ended): sign in again.</source>
        <translation>An dieser Kasse nicht angemeldet (oder die Sitzung ist abgelaufen): bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (POST /v1/sessions).</source>
        <translation>Nicht angemeldet: melden Sie sich zuerst an (POST /v1/sessions).</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Es ist nichts mehr zu bezahlen.</translation>
    </message>
    <message>
        <source>Only a completed sale with no refunds can be voided; this one is {sale_state}.</source>
        <translation>Nur ein abgeschlossener Verkauf ohne Erstattungen kann storniert werden; dieser ist „{sale_state}“.</translation>
    </message>
    <message>
        <source>Only a new e-card is e-mailed: a card in hand has no delivery date.</source>
        <translation>Nur eine neue E-Karte wird gemailt: Eine Karte in der Hand hat keinen Versandtag.</translation>
    </message>
    <message>
        <source>Only a remainder under {threshold} is paid out in cash; this card holds {balance}.</source>
        <translation>Nur ein Restguthaben unter {threshold} wird bar ausgezahlt; diese Karte hat {balance}.</translation>
    </message>
    <message>
        <source>Only an admin can unlock {name}.</source>
        <translation>Nur ein Administrator kann {name} entsperren.</translation>
    </message>
    <message>
        <source>Pending holds of open sales reserve part of this balance: it cannot go below what they hold.</source>
        <translation>Offene Verkäufe reservieren einen Teil dieses Guthabens: es kann nicht unter den reservierten Betrag sinken.</translation>
    </message>
    <message>
        <source>Product {sku} is sold in {product_currency}, not {currency}.</source>
        <translation>Das Produkt {sku} wird in {product_currency} verkauft, nicht in {currency}.</translation>
    </message>
    <message>
        <source>Quantity is 1 to 9999.</source>
        <translation>Die Menge liegt zwischen 1 und 9999.</translation>
    </message>
    <message>
        <source>Refunding a sale</source>
        <translation>Das Erstatten eines Verkaufs</translation>
    </message>
    <message>
        <source>Sales are made at a terminal of a store.</source>
        <translation>Verkäufe erfolgen an einer Kasse einer Filiale.</translation>
    </message>
    <message>
        <source>Say what was done about it: a note of 1-1000 printable characters.</source>
        <translation>Geben Sie an, was unternommen wurde: eine Notiz aus 1 bis 1000 druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>Say which currency {text!r} is in, e.g. USD 25.00.</source>
        <translation>Geben Sie an, in welcher Währung {text!r} ist, z. B. USD 25.00.</translation>
    </message>
    <message>
        <source>Scope is all, issuing or a comma-separated list of store codes.</source>
        <translation>Der Geltungsbereich ist all, issuing oder eine durch Kommas getrennte Liste von Filialcodes.</translation>
    </message>
    <message>
        <source>Search text is at most 100 characters.</source>
        <translation>Der Suchtext hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>Several stores have a terminal called {name}: give --store CODE.</source>
        <translation>Mehrere Filialen haben eine Kasse namens {name}: geben Sie --store CODE an.</translation>
    </message>
    <message>
        <source>Several stores have a web shop called {name}: give --store.</source>
        <translation>Mehrere Filialen haben einen Webshop namens {name}: geben Sie --store an.</translation>
    </message>
    <message>
        <source>Store {store} already has a terminal called {name}.</source>
        <translation>Die Filiale {store} hat bereits eine Kasse namens {name}.</translation>
    </message>
    <message>
        <source>Strategy is balance or replacement.</source>
        <translation>Die Strategie ist balance oder replacement.</translation>
    </message>
    <message>
        <source>TLS needs both --cert and --key.</source>
        <translation>TLS braucht sowohl --cert als auch --key.</translation>
    </message>
    <message>
        <source>Text in the request holds a NUL character.</source>
        <translation>Ein Text in der Anfrage enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Text in the request is not valid Unicode.</source>
        <translation>Ein Text in der Anfrage ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <source>That GIFTCARD: label carries no gift card code.</source>
        <translation>Dieses GIFTCARD:-Etikett enthält keinen Geschenkkartencode.</translation>
    </message>
    <message>
        <source>That amount is worth nothing in the card&apos;s currency.</source>
        <translation>Dieser Betrag ist in der Währung der Karte nichts wert.</translation>
    </message>
    <message>
        <source>That card is not in this sale.</source>
        <translation>Diese Karte gehört nicht zu diesem Verkauf.</translation>
    </message>
    <message>
        <source>That code has {found} symbols after {prefix}; a card code has {length}.</source>
        <translation>Dieser Code hat {found} Zeichen nach {prefix}; ein Kartencode hat {length}.</translation>
    </message>
    <message>
        <source>That code is mistyped: its check symbol does not match.</source>
        <translation>Dieser Code ist falsch eingegeben: das Prüfzeichen stimmt nicht.</translation>
    </message>
    <message>
        <source>That enrolment code is not valid: it is wrong, was already used or has expired. An admin gives a new one with `posapp terminal code NAME`.</source>
        <translation>Dieser Anmeldecode ist ungültig: er ist falsch, wurde bereits verwendet oder ist abgelaufen. Ein Administrator erstellt mit `posapp terminal code NAME` einen neuen.</translation>
    </message>
    <message>
        <source>That gift card does not exist.</source>
        <translation>Diese Geschenkkarte gibt es nicht.</translation>
    </message>
    <message>
        <source>That gift card link carries no gift card code.</source>
        <translation>Dieser Geschenkkarten-Link enthält keinen Geschenkkartencode.</translation>
    </message>
    <message>
        <source>That gift card no longer exists.</source>
        <translation>Diese Geschenkkarte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That is not a gift card code.</source>
        <translation>Das ist kein Geschenkkartencode.</translation>
    </message>
    <message>
        <source>That is not a gift card code: it has characters no code has.</source>
        <translation>Das ist kein Geschenkkartencode: er enthält Zeichen, die in keinem Code vorkommen.</translation>
    </message>
    <message>
        <source>That item was already resolved.</source>
        <translation>Dieser Eintrag wurde bereits erledigt.</translation>
    </message>
    <message>
        <source>That link is not a gift card link.</source>
        <translation>Dieser Link ist kein Geschenkkarten-Link.</translation>
    </message>
    <message>
        <source>That sale belongs to another store.</source>
        <translation>Dieser Verkauf gehört zu einer anderen Filiale.</translation>
    </message>
    <message>
        <source>That text is {length} characters long; at most {limit}.</source>
        <translation>Dieser Text ist {length} Zeichen lang; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Der Betrag muss über null liegen.</translation>
    </message>
    <message>
        <source>The amount must not be zero.</source>
        <translation>Der Betrag darf nicht null sein.</translation>
    </message>
    <message>
        <source>The card ending {last4} has been used since: the sale cannot be voided.</source>
        <translation>Die Karte mit der Endung {last4} wurde seitdem benutzt: der Verkauf kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>The card ending {last4} was voided since: refund that share another way.</source>
        <translation>Die Karte mit der Endung {last4} wurde seitdem storniert: erstatten Sie diesen Anteil auf anderem Weg.</translation>
    </message>
    <message>
        <source>The card has only {available} available.</source>
        <translation>Auf der Karte sind nur {available} verfügbar.</translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation>Die Karte hat nur {balance} Guthaben.</translation>
    </message>
    <message>
        <source>The central service answered {status} with no refusal it explains.</source>
        <translation>Die Zentrale antwortete mit {status}, ohne eine Ablehnung zu erklären.</translation>
    </message>
    <message>
        <source>The central service answered {status} without JSON.</source>
        <translation>Die Zentrale antwortete mit {status} ohne JSON.</translation>
    </message>
    <message>
        <source>The central service at {url} cannot be reached ({reason}).</source>
        <translation>Die Zentrale unter {url} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>The central service at {url} did not answer within {timeout:g} s.</source>
        <translation>Die Zentrale unter {url} hat nicht innerhalb von {timeout:g} s geantwortet.</translation>
    </message>
    <message>
        <source>The central service stopped answering before it confirmed this. The till will confirm it by itself when the link is back: do not repeat it.</source>
        <translation>Die Zentrale hat nicht mehr geantwortet, bevor sie dies bestätigt hat. Die Kasse bestätigt es selbst, sobald die Verbindung wieder steht: bitte nicht wiederholen.</translation>
    </message>
    <message>
        <source>The database is busy with other work. Nothing was changed; try again in a moment.</source>
        <translation>Die Datenbank ist mit anderen Vorgängen beschäftigt. Es wurde nichts geändert; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is at {current}, this version needs {head}: run `posapp db upgrade` first.</source>
        <translation>Das Schema der Datenbank steht auf {current}, diese Version braucht {head}: führen Sie zuerst `posapp db upgrade` aus.</translation>
    </message>
    <message>
        <source>The delivery date {day} is in the past (today is {today} at the store).</source>
        <translation>Der Versandtag {day} liegt in der Vergangenheit (heute ist im Geschäft der {today}).</translation>
    </message>
    <message>
        <source>The expiry job cannot run as of a time in the future; leave --now out to use now.</source>
        <translation>Der Verfallslauf kann nicht für einen Zeitpunkt in der Zukunft laufen; lassen Sie --now weg, um die aktuelle Zeit zu verwenden.</translation>
    </message>
    <message>
        <source>The export file name must end in .csv.</source>
        <translation>Der Name der Exportdatei muss auf .csv enden.</translation>
    </message>
    <message>
        <source>The field {name!r} is not in the form this service reads.</source>
        <translation>Das Feld {name!r} hat nicht die Form, die dieser Dienst liest.</translation>
    </message>
    <message>
        <source>The field {name!r} must be text.</source>
        <translation>Das Feld {name!r} muss Text sein.</translation>
    </message>
    <message>
        <source>The filter names {name} twice.</source>
        <translation>Der Filter nennt {name} zweimal.</translation>
    </message>
    <message>
        <source>The gift cards already cover the total: take no other payment.</source>
        <translation>Die Geschenkkarten decken die Summe bereits: keine weitere Zahlung annehmen.</translation>
    </message>
    <message>
        <source>The goods this card may pay for are paid already.</source>
        <translation>Die Waren, die mit dieser Karte bezahlt werden dürfen, sind bereits bezahlt.</translation>
    </message>
    <message>
        <source>The hold on a card in this sale has lapsed: remove the card and scan it again.</source>
        <translation>Die Reservierung einer Karte in diesem Verkauf ist abgelaufen: entfernen Sie die Karte und scannen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The key file holds keys of the wrong size.</source>
        <translation>Die Schlüsseldatei enthält Schlüssel der falschen Größe.</translation>
    </message>
    <message>
        <source>The key file is damaged: restore it from your backup.</source>
        <translation>Die Schlüsseldatei ist beschädigt: stellen Sie sie aus Ihrer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}. Restore it from your backup, or copy the chain&apos;s key from another terminal with `posapp keys import FILE`.</source>
        <translation>Die Schlüsseldatei {path} kann nicht verwendet werden: {reason}. Stellen Sie sie aus Ihrer Sicherung wieder her oder kopieren Sie den Schlüssel der Kette von einer anderen Kasse mit `posapp keys import FILE`.</translation>
    </message>
    <message>
        <source>The ledger fails verification: {problems:,} problems in {cards:,} cards and {entries:,} entries. Run `posapp ledger verify` to see where.</source>
        <translation>Das Kartenjournal besteht die Prüfung nicht: {problems:,} Probleme bei {cards:,} Karten und {entries:,} Buchungen. Mit `posapp ledger verify` sehen Sie, wo.</translation>
    </message>
    <message>
        <source>The lines do not add up to the total.</source>
        <translation>Die Positionen ergeben nicht die Summe.</translation>
    </message>
    <message>
        <source>The mail server {server} did not take the test e-mail: {reason}</source>
        <translation>Der Mailserver {server} hat die Test-E-Mail nicht angenommen: {reason}</translation>
    </message>
    <message>
        <source>The mapping names {name} twice.</source>
        <translation>Die Zuordnung nennt {name} zweimal.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The same card is twice in this sale.</source>
        <translation>Dieselbe Karte ist zweimal in diesem Verkauf.</translation>
    </message>
    <message>
        <source>The scan holds characters a gift card code never has.</source>
        <translation>Der Scan enthält Zeichen, die in keinem Geschenkkartencode vorkommen.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <translation>Der Scan war leer: bitte die Karte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner on {port} cannot be opened ({problem}); retrying.</source>
        <translation>Der Scanner an {port} lässt sich nicht öffnen ({problem}); neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The scanner on {port} did not stop in time.</source>
        <translation>Der Scanner an {port} hat nicht rechtzeitig angehalten.</translation>
    </message>
    <message>
        <source>The scanner on {port} stopped answering ({problem}); retrying.</source>
        <translation>Der Scanner an {port} antwortet nicht mehr ({problem}); neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The scanner sent bytes that are not text: scan again.</source>
        <translation>Der Scanner hat Daten gesendet, die kein Text sind: bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner sent far more than a gift card code: scan again.</source>
        <translation>Der Scanner hat weit mehr als einen Geschenkkartencode gesendet: bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner sent something that is not text.</source>
        <translation>Der Scanner hat etwas gesendet, das kein Text ist.</translation>
    </message>
    <message>
        <source>The scanner stopped in the middle of a scan: scan again.</source>
        <translation>Der Scanner hat mitten im Scan aufgehört: bitte erneut scannen.</translation>
    </message>
    <message>
        <source>The scanner suffix must be one or more bytes other than STX/ETX.</source>
        <translation>Das Scanner-Suffix muss aus einem oder mehreren Bytes außer STX/ETX bestehen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s baud rate must be positive, not {value}.</source>
        <translation>Die Baudrate des Scanners muss positiv sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s data bits must be 5 to 8, not {value}.</source>
        <translation>Die Datenbits des Scanners müssen 5 bis 8 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s idle timeout must be more than zero seconds.</source>
        <translation>Die Leerlaufzeit des Scanners muss mehr als null Sekunden betragen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s key gap must be more than zero seconds.</source>
        <translation>Der Tastenabstand des Scanners muss mehr als null Sekunden betragen.</translation>
    </message>
    <message>
        <source>The scanner&apos;s longest frame must be at least one byte.</source>
        <translation>Die längste Scanner-Nachricht muss mindestens ein Byte lang sein.</translation>
    </message>
    <message>
        <source>The scanner&apos;s parity must be one of N, E, O, M, S, not {value!r}.</source>
        <translation>Die Parität des Scanners muss N, E, O, M oder S sein, nicht {value!r}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s retry delays must be positive, the least first.</source>
        <translation>Die Wartezeiten für neue Scanner-Versuche müssen positiv sein, die kürzeste zuerst.</translation>
    </message>
    <message>
        <source>The scanner&apos;s stop bits must be 1, 1.5 or 2, not {value}.</source>
        <translation>Die Stoppbits des Scanners müssen 1, 1.5 oder 2 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The service at {url} showed a different certificate than the one this till pinned at enrolment: refused. If the certificate was replaced on purpose, enrol the till again.</source>
        <translation>Der Dienst unter {url} hat ein anderes Zertifikat gezeigt als das, das diese Kasse bei der Anmeldung festgehalten hat: abgelehnt. Wurde das Zertifikat absichtlich ersetzt, melden Sie die Kasse erneut an.</translation>
    </message>
    <message>
        <source>The service at {url} shows the certificate {seen}, not {wanted}: refused.</source>
        <translation>Der Dienst unter {url} zeigt das Zertifikat {seen}, nicht {wanted}: abgelehnt.</translation>
    </message>
    <message>
        <source>The smallest custom amount ({smallest}) is above the largest ({largest}).</source>
        <translation>Der kleinste freie Betrag ({smallest}) liegt über dem größten ({largest}).</translation>
    </message>
    <message>
        <source>The stored SMTP password cannot be read with this key file: set it again.</source>
        <translation>Das gespeicherte SMTP-Passwort ist mit dieser Schlüsseldatei nicht lesbar: Bitte neu setzen.</translation>
    </message>
    <message>
        <source>The terminal {name!r} is not registered at store {store}: an admin adds it with `posapp terminal add NAME --store CODE`.</source>
        <translation>Die Kasse {name!r} ist in der Filiale {store} nicht angemeldet: ein Administrator fügt sie mit `posapp terminal add NAME --store CODE` hinzu.</translation>
    </message>
    <message>
        <source>The terminal {name!r} is not registered: an admin adds it with `posapp terminal add NAME --store CODE`.</source>
        <translation>Die Kasse {name!r} ist nicht angemeldet: ein Administrator fügt sie mit `posapp terminal add NAME --store CODE` hinzu.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service) and this store does not accept gift cards offline. Take another payment, or wait for the link.</source>
        <translation>Die Kasse ist offline (sie erreicht die Zentrale nicht), und diese Filiale nimmt offline keine Geschenkkarten an. Nehmen Sie eine andere Zahlung an oder warten Sie auf die Verbindung.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service): a card&apos;s history needs the link. Try again when the till is back online.</source>
        <translation>Die Kasse ist offline (sie erreicht die Zentrale nicht): Der Verlauf einer Karte braucht die Verbindung. Versuchen Sie es wieder, wenn die Kasse online ist.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service): {what} needs the link. Try again when the till is back online.</source>
        <translation>Die Kasse ist offline (sie erreicht die Zentrale nicht): „{what}“ braucht die Verbindung. Versuchen Sie es erneut, wenn die Kasse wieder online ist.</translation>
    </message>
    <message>
        <source>The till is offline and does not know this card: its balance cannot be checked until the link is back.</source>
        <translation>Die Kasse ist offline und kennt diese Karte nicht: ihr Guthaben kann erst wieder geprüft werden, wenn die Verbindung steht.</translation>
    </message>
    <message>
        <source>The till is offline and the reservation on this sale&apos;s cards has lapsed: take another payment, or wait for the link.</source>
        <translation>Die Kasse ist offline und die Reservierung der Karten dieses Verkaufs ist abgelaufen: nehmen Sie eine andere Zahlung an oder warten Sie auf die Verbindung.</translation>
    </message>
    <message>
        <source>The till is offline and this sale&apos;s cards were not reserved while it was online: take another payment, or wait for the link.</source>
        <translation>Die Kasse ist offline und die Karten dieses Verkaufs wurden nicht reserviert, solange sie online war: nehmen Sie eine andere Zahlung an oder warten Sie auf die Verbindung.</translation>
    </message>
    <message>
        <source>The till is offline, so this card cannot be taken now: {reason}</source>
        <translation>Die Kasse ist offline, daher kann diese Karte jetzt nicht angenommen werden: {reason}</translation>
    </message>
    <message>
        <source>The till is offline: an e-card with a delivery date waits for the link. Sell it to be e-mailed at once, or try again when the till is back online.</source>
        <translation>Die Kasse ist offline: Eine E-Karte mit Versandtag wartet auf die Verbindung. Verkaufen Sie sie zum sofortigen Versand, oder versuchen Sie es wieder, wenn die Kasse online ist.</translation>
    </message>
    <message>
        <source>The till is offline: only cash and card-terminal payments are taken until the link is back.</source>
        <translation>Die Kasse ist offline: bis die Verbindung wieder steht, werden nur Bar- und Kartenterminalzahlungen angenommen.</translation>
    </message>
    <message>
        <source>Unknown bulk action {action!r}; use one of {options}.</source>
        <translation>Unbekannte Sammelaktion {action!r}; verwenden Sie eine von {options}.</translation>
    </message>
    <message>
        <source>Unknown columns in {file}: {columns}. Map them to a field or ignore them.</source>
        <translation>Unbekannte Spalten in {file}: {columns}. Ordnen Sie sie einem Feld zu oder ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>Unknown field {name!r} in the mapping; use one of {fields}.</source>
        <translation>Unbekanntes Feld {name!r} in der Zuordnung; verwenden Sie eines von {fields}.</translation>
    </message>
    <message>
        <source>{file} is too large for a list of card ids.</source>
        <translation>{file} ist zu groß für eine Liste von Karten-IDs.</translation>
    </message>
    <message>
        <source>{file} line {first}: {problem} ({count} such codes in the file).</source>
        <translation>{file} Zeile {first}: {problem} ({count} solche Codes in der Datei).</translation>
    </message>
    <message>
        <source>{file} line {n}: {problem} ({count} bad lines in all; preview lists them).</source>
        <translation>{file} Zeile {n}: {problem} ({count} fehlerhafte Zeilen insgesamt; die Prüfung listet sie auf).</translation>
    </message>
    <message>
        <source>{file} line {n}: {text!r} is not a card id.</source>
        <translation>{file} Zeile {n}: {text!r} ist keine Karten-ID.</translation>
    </message>
    <message>
        <source>{file} names a column twice.</source>
        <translation>{file} nennt eine Spalte zweimal.</translation>
    </message>
    <message>
        <source>{file} names no cards.</source>
        <translation>{file} nennt keine Karten.</translation>
    </message>
    <message>
        <source>An offline redemption is at most the store&apos;s offline limits (none for {currency}).</source>
        <translation>Eine Offline-Einlösung beträgt höchstens die Offline-Limits der Filiale (für {currency} sind keine festgelegt).</translation>
    </message>
    <message>
        <source>The till is offline and {name} has not signed in here online within the offline window: they sign in when the link is back.</source>
        <translation>Die Kasse ist offline und {name} hat sich innerhalb des Offline-Zeitfensters nicht online an dieser Kasse angemeldet: Anmelden ist erst wieder möglich, wenn die Verbindung steht.</translation>
    </message>
    <message>
        <source>The till&apos;s time of an offline redemption must carry its time zone.</source>
        <translation>Die Kassenzeit einer Offline-Einlösung muss ihre Zeitzone enthalten.</translation>
    </message>
    <message>
        <source>The {method} amount must be above zero in {currency}.</source>
        <translation>Der Betrag für „{method}“ muss in {currency} über null liegen.</translation>
    </message>
    <message>
        <source>The {method} payment is more than is due.</source>
        <translation>Die Zahlung mit „{method}“ ist höher als der offene Betrag.</translation>
    </message>
    <message>
        <source>The {what} is at most {limit} characters long.</source>
        <translation>Das Feld „{what}“ ist höchstens {limit} Zeichen lang.</translation>
    </message>
    <message>
        <source>The {what} is too long (500 characters at most).</source>
        <translation>Zu lang: {what} (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>There is already a product with the SKU {sku}.</source>
        <translation>Es gibt bereits ein Produkt mit der Artikelnummer {sku}.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>Es gibt bereits jemanden im Personal namens {name}.</translation>
    </message>
    <message>
        <source>There is already a store with the code {code}.</source>
        <translation>Es gibt bereits eine Filiale mit dem Code {code}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no gift card product {sku}.</source>
        <translation>Es gibt kein Geschenkkartenprodukt {sku}.</translation>
    </message>
    <message>
        <source>There is no reconciliation item {item!r} at this store.</source>
        <translation>In dieser Filiale gibt es keinen Abgleichseintrag {item!r}.</translation>
    </message>
    <message>
        <source>There is no reconciliation item {item!r}.</source>
        <translation>Es gibt keinen Abgleichseintrag {item!r}.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>An approval is for one operation: send its key (1-100 characters).</source>
        <translation>Eine Freigabe gilt für einen Vorgang: senden Sie dessen Schlüssel (1-100 Zeichen).</translation>
    </message>
    <message>
        <source>At the counter a card shows its last {count} entries; a manager sees more.</source>
        <translation>An der Kasse zeigt eine Karte ihre letzten {count} Buchungen; ein Filialleiter sieht mehr.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval is not valid here (or has run out): ask for it again.</source>
        <translation>Die Freigabe des Filialleiters gilt hier nicht (oder ist abgelaufen): bitten Sie erneut darum.</translation>
    </message>
    <message>
        <source>The till is offline: a manager&apos;s approval needs the link to the central service. Try again when the till is back online.</source>
        <translation>Die Kasse ist offline: eine Freigabe durch den Filialleiter braucht die Verbindung zum zentralen Dienst. Versuchen Sie es erneut, wenn die Kasse wieder online ist.</translation>
    </message>
    <message>
        <source>There is no command {name!r}.</source>
        <translation>Es gibt keinen Befehl {name!r}.</translation>
    </message>
    <message>
        <source>There is no permission {name!r}.</source>
        <translation>Es gibt keine Berechtigung {name!r}.</translation>
    </message>
    <message>
        <source>A new expiry date goes with an extension, and only with one.</source>
        <translation>Ein neues Ablaufdatum gehört zu einer Verlängerung, und nur zu ihr.</translation>
    </message>
    <message>
        <source>--workers is 1-{most}.</source>
        <translation>--workers ist 1-{most}.</translation>
    </message>
    <message>
        <source>--workers {workers} may open {needed} database connections ({each} each) and the database allows {allowed}: use fewer workers or raise max_connections.</source>
        <translation>--workers {workers} kann {needed} Datenbankverbindungen öffnen (je {each}), die Datenbank erlaubt {allowed}: weniger Prozesse verwenden oder max_connections erhöhen.</translation>
    </message>
    <message>
        <source>An expiry can be moved to {latest} at the latest.</source>
        <translation>Das Ablaufdatum kann höchstens auf den {latest} verschoben werden.</translation>
    </message>
    <message>
        <source>Extending a card&apos;s expiry</source>
        <translation>Das Verlängern der Gültigkeit einer Karte</translation>
    </message>
    <message>
        <source>Give the new last day as YYYY-MM-DD, e.g. 2027-12-31.</source>
        <translation>Geben Sie den neuen letzten Tag als YYYY-MM-DD an, z. B. 2027-12-31.</translation>
    </message>
    <message>
        <source>The card already runs until {current}: the new expiry must be later.</source>
        <translation>Die Karte gilt bereits bis {current}: Das neue Ablaufdatum muss später liegen.</translation>
    </message>
    <message>
        <source>The new expiry must be in the future.</source>
        <translation>Das neue Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>There is no store with the code {code}.</source>
        <translation>Es gibt keine Filiale mit dem Code {code}.</translation>
    </message>
    <message>
        <source>There is no store yet: add one with `posapp location add`.</source>
        <translation>Es gibt noch keine Filiale: legen Sie eine mit `posapp location add` an.</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>Diese Kartenserie gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such card.</source>
        <translation>Diese Karte gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such sale.</source>
        <translation>Diesen Verkauf gibt es nicht.</translation>
    </message>
    <message>
        <source>These cards are in {currency}, not {given}.</source>
        <translation>Diese Karten sind in {currency}, nicht in {given}.</translation>
    </message>
    <message>
        <source>This batch is not printed yet: print its cards before shipping them.</source>
        <translation>Diese Serie ist noch nicht gedruckt: Drucken Sie ihre Karten, bevor Sie sie versenden.</translation>
    </message>
    <message>
        <source>This card can be used only in: {stores}.</source>
        <translation>Diese Karte kann nur hier verwendet werden: {stores}.</translation>
    </message>
    <message>
        <source>This card can only be used in the store that sold it.</source>
        <translation>Diese Karte kann nur in der Filiale verwendet werden, die sie verkauft hat.</translation>
    </message>
    <message>
        <source>This card has a face value: activate it with that amount.</source>
        <translation>Diese Karte hat einen aufgedruckten Wert: aktivieren Sie sie mit diesem Betrag.</translation>
    </message>
    <message>
        <source>This card has been voided.</source>
        <translation>Diese Karte wurde storniert.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <source>This card has no balance left.</source>
        <translation>Diese Karte hat kein Guthaben mehr.</translation>
    </message>
    <message>
        <source>This card has no balance to move to a new card.</source>
        <translation>Diese Karte hat kein Guthaben, das auf eine neue Karte übertragen werden kann.</translation>
    </message>
    <message>
        <source>This card has no e-mail waiting to be sent (a sent or failed one is resent).</source>
        <translation>Für diese Karte wartet keine E-Mail (eine gesendete oder fehlgeschlagene wird erneut gesendet).</translation>
    </message>
    <message>
        <source>This card has no recipient e-mail: give the address to send to.</source>
        <translation>Diese Karte hat keine Empfänger-E-Mail: Geben Sie die Adresse an.</translation>
    </message>
    <message>
        <source>This card has not reached its expiry date.</source>
        <translation>Diese Karte hat ihr Ablaufdatum noch nicht erreicht.</translation>
    </message>
    <message>
        <source>This card is already active.</source>
        <translation>Diese Karte ist bereits aktiv.</translation>
    </message>
    <message>
        <source>This card is already frozen.</source>
        <translation>Diese Karte ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>This card is frozen.</source>
        <translation>Diese Karte ist gesperrt.</translation>
    </message>
    <message>
        <source>This card is in {card_currency}; the drawer pays out {currency} only.</source>
        <translation>Diese Karte lautet auf {card_currency}; die Kasse zahlt nur {currency} aus.</translation>
    </message>
    <message>
        <source>This card is in {currency}, the store sells in {store_currency}.</source>
        <translation>Diese Karte ist in {currency}, die Filiale verkauft in {store_currency}.</translation>
    </message>
    <message>
        <source>This card is in {currency}.</source>
        <translation>Diese Karte ist in {currency}.</translation>
    </message>
    <message>
        <source>This card is not activated yet.</source>
        <translation>Diese Karte ist noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>This card is not frozen.</source>
        <translation>Diese Karte ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>This card is not in this store&apos;s stock ({state}): a manager may activate it.</source>
        <translation>Diese Karte ist nicht im Bestand dieser Filiale ({state}): ein Manager darf sie aktivieren.</translation>
    </message>
    <message>
        <source>This card is voided: its e-mail is not sent again.</source>
        <translation>Diese Karte ist storniert: Ihre E-Mail wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>This card never expires: there is no expiry to extend.</source>
        <translation>Diese Karte verfällt nie: Es gibt kein Ablaufdatum zu verlängern.</translation>
    </message>
    <message>
        <source>This card pays only for: {categories}.</source>
        <translation>Mit dieser Karte kann nur bezahlt werden: {categories}.</translation>
    </message>
    <message>
        <source>This card&apos;s stored code cannot be decrypted with this key file.</source>
        <translation>Der gespeicherte Code dieser Karte lässt sich mit dieser Schlüsseldatei nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>This database is already set up; use `posapp db upgrade`.</source>
        <translation>Diese Datenbank ist bereits eingerichtet; verwenden Sie `posapp db upgrade`.</translation>
    </message>
    <message>
        <source>This endpoint runs {kind}, not {given!r}.</source>
        <translation>Dieser Endpunkt führt {kind} aus, nicht {given!r}.</translation>
    </message>
    <message>
        <source>This idempotency key was already used for a different operation.</source>
        <translation>Dieser Idempotenzschlüssel wurde bereits für einen anderen Vorgang verwendet.</translation>
    </message>
    <message>
        <source>This key&apos;s hold was refused or released: a new hold needs a new key.</source>
        <translation>Die Reservierung zu diesem Schlüssel wurde abgelehnt oder aufgehoben: eine neue Reservierung braucht einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>This operation</source>
        <translation>Dieser Vorgang</translation>
    </message>
    <message>
        <source>This role&apos;s PIN must have at least {min_length} digits.</source>
        <translation>Die PIN dieser Rolle muss mindestens {min_length} Ziffern haben.</translation>
    </message>
    <message>
        <source>This sale is in {currency}.</source>
        <translation>Dieser Verkauf ist in {currency}.</translation>
    </message>
    <message>
        <source>This sale is {sale_state}.</source>
        <translation>Dieser Verkauf ist „{sale_state}“.</translation>
    </message>
    <message>
        <source>This sale is {sale_state}: only completed sales are refunded.</source>
        <translation>Dieser Verkauf ist „{sale_state}“: nur abgeschlossene Verkäufe werden erstattet.</translation>
    </message>
    <message>
        <source>This store does not allow a message on gift cards.</source>
        <translation>Diese Filiale erlaubt keine Nachricht auf Geschenkkarten.</translation>
    </message>
    <message>
        <source>This store does not take gift cards offline.</source>
        <translation>Diese Filiale nimmt offline keine Geschenkkarten an.</translation>
    </message>
    <message>
        <source>This store needs the recipient&apos;s e-mail for an e-card.</source>
        <translation>Diese Filiale braucht für eine E-Karte die E-Mail-Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>This store sends e-cards at once: it offers no delivery date.</source>
        <translation>Dieses Geschäft sendet E-Karten sofort: Es bietet keinen Versandtag an.</translation>
    </message>
    <message>
        <source>This tender was not paid with a gift card.</source>
        <translation>Diese Zahlung erfolgte nicht mit einer Geschenkkarte.</translation>
    </message>
    <message>
        <source>This terminal has no sale yet.</source>
        <translation>An dieser Kasse gab es noch keinen Verkauf.</translation>
    </message>
    <message>
        <source>This terminal&apos;s credential is not valid (missing, wrong or revoked): an admin gives a new enrolment code with `posapp terminal code NAME`.</source>
        <translation>Die Zugangsdaten dieser Kasse sind ungültig (fehlen, falsch oder widerrufen): ein Administrator erstellt mit `posapp terminal code NAME` einen neuen Anmeldecode.</translation>
    </message>
    <message>
        <source>This terminal&apos;s key file is not the key this database was set up with: its cards could not be found or read. Install the chain&apos;s key file (`posapp keys import FILE`).</source>
        <translation>Die Schlüsseldatei dieser Kasse ist nicht der Schlüssel, mit dem diese Datenbank eingerichtet wurde: ihre Karten könnten nicht gefunden oder gelesen werden. Installieren Sie die Schlüsseldatei der Kette (`posapp keys import FILE`).</translation>
    </message>
    <message>
        <source>This web shop key is not valid (missing, wrong or revoked): an admin creates a new one with `posapp webshop key add`.</source>
        <translation>Dieser Webshop-Schlüssel ist ungültig (fehlt, falsch oder widerrufen): ein Administrator erstellt mit `posapp webshop key add` einen neuen.</translation>
    </message>
    <message>
        <source>Too many unknown or mistyped codes on this terminal: wait a minute and try again.</source>
        <translation>Zu viele unbekannte oder falsch eingegebene Codes an dieser Kasse: bitte eine Minute warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: wait {wait} seconds before trying again.</source>
        <translation>Zu viele falsche PINs: bitte {wait} Sekunden warten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes from this address: try again in {minutes} minutes.</source>
        <translation>Zu viele falsche Anmeldecodes von dieser Adresse: versuchen Sie es in {minutes} Minuten erneut.</translation>
    </message>
    <message>
        <source>Unfreezing a card</source>
        <translation>Das Entsperren einer Karte</translation>
    </message>
    <message>
        <source>Unknown field(s) {fields}.</source>
        <translation>Unbekannte(s) Feld(er) {fields}.</translation>
    </message>
    <message>
        <source>Unknown locale {locale!r}: use a code such as en_US.</source>
        <translation>Unbekanntes Gebietsschema {locale!r}: verwenden Sie einen Code wie de_DE.</translation>
    </message>
    <message>
        <source>Unknown role {text!r}: use cashier, manager or admin.</source>
        <translation>Unbekannte Rolle {text!r}: verwenden Sie cashier, manager oder admin.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r}. Known: {known}.</source>
        <translation>Unbekannte Einstellung {key!r}. Bekannt sind: {known}.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>Unbekannter Status {status!r}.</translation>
    </message>
    <message>
        <source>Voiding a card</source>
        <translation>Das Stornieren einer Karte</translation>
    </message>
    <message>
        <source>Voiding a sale</source>
        <translation>Das Stornieren eines Verkaufs</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Name oder PIN falsch.</translation>
    </message>
    <message>
        <source>at another store</source>
        <translation>in einer anderen Filiale</translation>
    </message>
    <message>
        <source>at most {room} more may be taken from this card offline.</source>
        <translation>von dieser Karte dürfen offline höchstens noch {room} abgebucht werden.</translation>
    </message>
    <message>
        <source>card_id is not a card id.</source>
        <translation>card_id ist keine Karten-ID.</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswo</translation>
    </message>
    <message>
        <source>gift_codes maps card ids to codes.</source>
        <translation>gift_codes ordnet Karten-IDs Codes zu.</translation>
    </message>
    <message>
        <source>hold is the id a hold request answered.</source>
        <translation>hold ist die ID, die eine Reservierungsanfrage zurückgegeben hat.</translation>
    </message>
    <message>
        <source>in another store&apos;s stock room</source>
        <translation>im Lager einer anderen Filiale</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>sie kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>it does not exist, and this database is already in use</source>
        <translation>sie existiert nicht, und diese Datenbank ist bereits in Gebrauch</translation>
    </message>
    <message>
        <source>it has been offline too long to take cards; wait for the link.</source>
        <translation>sie ist zu lange offline, um Karten anzunehmen; warten Sie auf die Verbindung.</translation>
    </message>
    <message>
        <source>it has more fields than the header</source>
        <translation>sie hat mehr Felder als die Kopfzeile</translation>
    </message>
    <message>
        <source>it is damaged (not a GiftPOS key file)</source>
        <translation>sie ist beschädigt (keine GiftPOS-Schlüsseldatei)</translation>
    </message>
    <message>
        <source>it is damaged (not text)</source>
        <translation>sie ist beschädigt (kein Text)</translation>
    </message>
    <message>
        <source>it is far too large to be a key file</source>
        <translation>sie ist viel zu groß für eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine normale Datei</translation>
    </message>
    <message>
        <source>last is a whole number of entries, 1-500.</source>
        <translation>last ist eine ganze Zahl von Buchungen, 1-500.</translation>
    </message>
    <message>
        <source>marked damaged</source>
        <translation>als beschädigt markiert</translation>
    </message>
    <message>
        <source>marked lost</source>
        <translation>als verloren markiert</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>no offline limits are set for {currency}.</source>
        <translation>für {currency} sind keine Offline-Limits festgelegt.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>others may read it (mode {mode:04o}; run chmod 600)</source>
        <translation>andere dürfen sie lesen (Modus {mode:04o}; führen Sie chmod 600 aus)</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>purchaser email</source>
        <translation>E-Mail des Käufers</translation>
    </message>
    <message>
        <source>purchaser name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>E-Mail des Empfängers</translation>
    </message>
    <message>
        <source>recipient name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>since is a sequence number (a whole number, 0 or more).</source>
        <translation>since ist eine laufende Nummer (eine ganze Zahl, 0 oder größer).</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>the card can only be used in the store that sold it.</source>
        <translation>die Karte kann nur in der Filiale verwendet werden, die sie verkauft hat.</translation>
    </message>
    <message>
        <source>the card cannot be used at this store.</source>
        <translation>die Karte kann in dieser Filiale nicht verwendet werden.</translation>
    </message>
    <message>
        <source>the card had {available} available.</source>
        <translation>auf der Karte waren {available} verfügbar.</translation>
    </message>
    <message>
        <source>the card is in {currency}.</source>
        <translation>die Karte ist in {currency}.</translation>
    </message>
    <message>
        <source>the card was {status} when the till last saw it.</source>
        <translation>die Karte war „{status}“, als die Kasse sie zuletzt gesehen hat.</translation>
    </message>
    <message>
        <source>this till does not know the card. Take another payment.</source>
        <translation>diese Kasse kennt die Karte nicht. Nehmen Sie eine andere Zahlung an.</translation>
    </message>
    <message>
        <source>this till may take at most {room} more from cards offline.</source>
        <translation>diese Kasse darf offline höchstens noch {room} von Karten abbuchen.</translation>
    </message>
    <message>
        <source>{amount} is above the largest card balance ({ceiling}): no card could be sold for it.</source>
        <translation>{amount} liegt über dem höchsten Kartenguthaben ({ceiling}): keine Karte könnte dafür verkauft werden.</translation>
    </message>
    <message>
        <source>{amount} {currency} is still due.</source>
        <translation>Es sind noch {amount} {currency} offen.</translation>
    </message>
    <message>
        <source>{currency!r} is not a circulating currency: use an ISO 4217 code such as USD.</source>
        <translation>{currency!r} ist keine gültige Währung: verwenden Sie einen ISO-4217-Code wie EUR.</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency code such as USD.</source>
        <translation>{currency!r} ist kein Währungscode wie USD.</translation>
    </message>
    <message>
        <source>{cur} is given twice.</source>
        <translation>{cur} ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>{file} has more than {max_rows:,} rows; split it.</source>
        <translation>{file} hat mehr als {max_rows:,} Zeilen; bitte aufteilen.</translation>
    </message>
    <message>
        <source>{file} has no cards.</source>
        <translation>{file} enthält keine Karten.</translation>
    </message>
    <message>
        <source>{file} has no column {column!r}.</source>
        <translation>{file} hat keine Spalte {column!r}.</translation>
    </message>
    <message>
        <source>{file} is larger than 50 MB.</source>
        <translation>{file} ist größer als 50 MB.</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file.</source>
        <translation>{file} ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>{file} is not a valid CSV file: {problem}.</source>
        <translation>{file} ist keine gültige CSV-Datei: {problem}.</translation>
    </message>
    <message>
        <source>{file} needs the columns code and amount (missing: {columns}).</source>
        <translation>{file} braucht die Spalten code und amount (es fehlt: {columns}).</translation>
    </message>
    <message>
        <source>{file}: columns {first!r} and {second!r} both hold the {name}; map one.</source>
        <translation>{file}: Die Spalten {first!r} und {second!r} enthalten beide {name}; ordnen Sie eine zu.</translation>
    </message>
    <message>
        <source>{header} is a count of operations.</source>
        <translation>{header} ist eine Anzahl von Vorgängen.</translation>
    </message>
    <message>
        <source>{header} is the operation&apos;s time with its time zone (ISO 8601).</source>
        <translation>{header} ist die Zeit des Vorgangs mit Zeitzone (ISO 8601).</translation>
    </message>
    <message>
        <source>{method} is not accepted for this sale.</source>
        <translation>„{method}“ wird für diesen Verkauf nicht angenommen.</translation>
    </message>
    <message>
        <source>{name!r} is not a time zone, e.g. Europe/Berlin.</source>
        <translation>{name!r} ist keine Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>{name} is a web shop, not a till: it uses its API key.</source>
        <translation>{name} ist ein Webshop, keine Kasse: er verwendet seinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>{name} is locked after too many wrong PINs: a manager or admin must unlock them (`posapp staff unlock {name}`).</source>
        <translation>{name} ist nach zu vielen falschen PINs gesperrt: die Filialleitung oder ein Administrator muss entsperren (`posapp staff unlock {name}`).</translation>
    </message>
    <message>
        <source>{name} is the last active admin: add another admin first.</source>
        <translation>{name} ist der letzte aktive Administrator: legen Sie zuerst einen weiteren an.</translation>
    </message>
    <message>
        <source>{name} may no longer approve this.</source>
        <translation>{name} darf dies nicht mehr freigeben.</translation>
    </message>
    <message>
        <source>{path} already exists; a key file is never overwritten.</source>
        <translation>{path} existiert bereits; eine Schlüsseldatei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>{path} already holds another key; a key file is never overwritten.</source>
        <translation>{path} enthält bereits einen anderen Schlüssel; eine Schlüsseldatei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist: enrol this till with `posapp terminal enroll URL CODE`.</source>
        <translation>{path} existiert nicht: melden Sie diese Kasse mit `posapp terminal enroll URL CODE` an.</translation>
    </message>
    <message>
        <source>{path} is not a PEM certificate: {reason}</source>
        <translation>{path} ist kein PEM-Zertifikat: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a till&apos;s credential file ({reason}).</source>
        <translation>{path} ist keine Zugangsdatei einer Kasse ({reason}).</translation>
    </message>
    <message>
        <source>{path} is too large to be a till&apos;s credential file.</source>
        <translation>{path} ist zu groß für eine Zugangsdatei einer Kasse.</translation>
    </message>
    <message>
        <source>{path} may be read by others (run chmod 600): its credential acts as this till.</source>
        <translation>{path} ist für andere lesbar (führen Sie chmod 600 aus): wer die Zugangsdaten darin hat, tritt als diese Kasse auf.</translation>
    </message>
    <message>
        <source>{setting} not changed: {reason}</source>
        <translation>„{setting}“ nicht geändert: {reason}</translation>
    </message>
    <message>
        <source>{text!r} has an empty amount.</source>
        <translation>{text!r} hat einen leeren Betrag.</translation>
    </message>
    <message>
        <source>{text!r} is not a bulk action id (a UUID).</source>
        <translation>{text!r} ist keine ID einer Sammelaktion (eine UUID).</translation>
    </message>
    <message>
        <source>{text!r} is not a comma-separated list of method names.</source>
        <translation>{text!r} ist keine durch Kommas getrennte Liste von Zahlungsarten.</translation>
    </message>
    <message>
        <source>{text!r} is not a date</source>
        <translation>{text!r} ist kein Datum</translation>
    </message>
    <message>
        <source>{text!r} is not a date such as 2026-11-21.</source>
        <translation>{text!r} ist kein Datum wie 2026-11-21.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>{text!r} ist kein Datum: Schreiben Sie JJJJ-MM-TT, z. B. 2026-12-24.</translation>
    </message>
    <message>
        <source>{text!r} is not a number of days from 1 to {most:,}.</source>
        <translation>{text!r} ist keine Anzahl Tage von 1 bis {most:,}.</translation>
    </message>
    <message>
        <source>{text!r} is not a sale id.</source>
        <translation>{text!r} ist keine Verkaufs-ID.</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number from {low} to {high}.</source>
        <translation>{text!r} ist keine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>{text!r} is not all, issuing or a list of store codes.</source>
        <translation>{text!r} ist weder all noch issuing noch eine Liste von Filialcodes.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 8601 time such as 2026-12-31T00:00:00Z.</source>
        <translation>{text!r} ist keine ISO-8601-Zeit wie 2026-12-31T00:00:00Z.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount.</source>
        <translation>{text!r} ist kein Betrag.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount: write it like 12.50.</source>
        <translation>{text!r} ist kein Betrag: schreiben Sie ihn wie 12.50.</translation>
    </message>
    <message>
        <source>{text!r} is not an exchange rate: write it like 0.9215.</source>
        <translation>{text!r} ist kein Wechselkurs: schreiben Sie ihn wie 0.9215.</translation>
    </message>
    <message>
        <source>{text!r} is not one of {options}.</source>
        <translation>{text!r} ist keine der Möglichkeiten {options}.</translation>
    </message>
    <message>
        <source>{text!r} is not yes or no.</source>
        <translation>{text!r} ist weder yes noch no.</translation>
    </message>
    <message>
        <source>{text} has more than {rate_decimals} decimals: round the rate.</source>
        <translation>{text} hat mehr als {rate_decimals} Nachkommastellen: bitte den Kurs runden.</translation>
    </message>
    <message>
        <source>{text} is above the maximum of {maximum}.</source>
        <translation>{text} liegt über dem Höchstbetrag von {maximum}.</translation>
    </message>
    <message>
        <source>{text} is negative: the amount must be above zero.</source>
        <translation>{text} ist negativ: der Betrag muss über null liegen.</translation>
    </message>
    <message>
        <source>{text} is not a usable exchange rate: use {rate_min} to {rate_max}.</source>
        <translation>{text} ist kein brauchbarer Wechselkurs: verwenden Sie {rate_min} bis {rate_max}.</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} ist zu groß.</translation>
    </message>
    <message>
        <source>{url!r} is not a URL.</source>
        <translation>{url!r} ist keine URL.</translation>
    </message>
    <message>
        <source>{url!r}: the central service is reached over https://HOST:PORT.</source>
        <translation>{url!r}: die Zentrale wird über https://HOST:PORT erreicht.</translation>
    </message>
    <message>
        <source>{value!r} is not a batch id.</source>
        <translation>{value!r} ist keine Kartenserien-ID.</translation>
    </message>
    <message>
        <source>{value} has more than {exp} decimal place(s) for {currency}.</source>
        <translation>{value} hat mehr als {exp} Nachkommastelle(n) für {currency}.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} liegt außerhalb von {low} bis {high}.</translation>
    </message>
    <message>
        <source>{variable}={value!r}: use &apos;read committed&apos; or &apos;serializable&apos;.</source>
        <translation>{variable}={value!r}: verwenden Sie &apos;read committed&apos; oder &apos;serializable&apos;.</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <source>Any</source>
        <extracomment>The lowest date of a :func:`date_edit`; it reads &quot;Any&quot; and means no limit.</extracomment>
        <translation>Beliebig</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Sell cards</source>
        <extracomment>Builds (widget, handler) once; the handler may be the widget itself. Offered in central mode: the page works through the central service. The others need the chain&apos;s database in this process and are not shown then. Offered on a till that opens the database itself. Card care is not: there the card list and a card&apos;s detail do the same work, with more. Where each role starts after signing in: its everyday work.</extracomment>
        <translation>Karten verkaufen</translation>
    </message>
    <message>
        <source>Pay with cards</source>
        <translation>Mit Karten bezahlen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgaben</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Card care</source>
        <translation>Kartenpflege</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>Fehlgeschlagene E-Mails</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Kartenserien</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
</context>
<context>
    <name>reportCharts</name>
    <message>
        <source>no data</source>
        <extracomment>The charts&apos; own words (axis labels, &quot;no data&quot;), marked here for the catalogues and shown through :data:`CHART_WORDS`.</extracomment>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>owes</source>
        <translation>schuldet</translation>
    </message>
    <message>
        <source>is owed</source>
        <translation>erhält</translation>
    </message>
    <message>
        <source>months since loaded</source>
        <translation>Monate seit Aufladung</translation>
    </message>
    <message>
        <source>% redeemed</source>
        <translation>% eingelöst</translation>
    </message>
    <message>
        <source>months since last use</source>
        <translation>Monate seit letzter Nutzung</translation>
    </message>
</context>
<context>
    <name>reportColumns</name>
    <message>
        <source>Store</source>
        <extracomment>The reports&apos; column names (their CSV headers) as the table shows them.</extracomment>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Aufgeladen</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Eingelöst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Cashed out</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Übertragen (zu)</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Übertragen (ab)</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Months since use</source>
        <translation>Monate seit Nutzung</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Schuldet</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>Erhält</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>cashier</source>
        <extracomment>Language code and the name a speaker of it looks for (never translated).</extracomment>
        <translation>Kassierer/in</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Dormancy period (months)</source>
        <translation>Ruhezeit (Monate)</translation>
    </message>
    <message>
        <source>Months without activity after which a card with a balance is listed for unclaimed-property review.</source>
        <translation>Monate ohne Bewegung, nach denen eine Karte mit Guthaben zur Prüfung als herrenloses Vermögen aufgeführt wird.</translation>
    </message>
    <message>
        <source>Gift card liability account</source>
        <translation>Konto Gutscheinverbindlichkeiten</translation>
    </message>
    <message>
        <source>The account the journal export credits for value put on cards and debits for value taken off them.</source>
        <translation>Das Konto, das der Journalexport für Guthaben auf Karten im Haben und für abgebuchtes Guthaben im Soll bucht.</translation>
    </message>
    <message>
        <source>Gift card clearing account</source>
        <translation>Verrechnungskonto Gutscheine</translation>
    </message>
    <message>
        <source>The other side of card sales, reloads, redemptions, refunds to cards and cash-outs.</source>
        <translation>Die Gegenseite von Kartenverkäufen, Aufladungen, Einlösungen, Erstattungen auf Karten und Barauszahlungen.</translation>
    </message>
    <message>
        <source>Promotional cards account</source>
        <translation>Konto Werbekarten</translation>
    </message>
    <message>
        <source>The account debited for cards issued in the back office without a sale.</source>
        <translation>Das Konto, das für im Backoffice ohne Verkauf ausgegebene Karten im Soll gebucht wird.</translation>
    </message>
    <message>
        <source>Card adjustments account</source>
        <translation>Konto Kartenkorrekturen</translation>
    </message>
    <message>
        <source>The other side of manager adjustments and of balances voided.</source>
        <translation>Die Gegenseite von Korrekturen durch Manager und von stornierten Guthaben.</translation>
    </message>
    <message>
        <source>Breakage income account</source>
        <translation>Konto Erträge aus verfallenen Guthaben</translation>
    </message>
    <message>
        <source>The account credited with the balances of expired cards, and debited when a refund brings one back.</source>
        <translation>Das Konto, dem Guthaben abgelaufener Karten gutgeschrieben und bei Wiederbelebung durch eine Erstattung belastet werden.</translation>
    </message>
    <message>
        <source>Cards &amp; codes</source>
        <translation>Karten und Codes</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Sales &amp; payments</source>
        <translation>Verkauf und Zahlung</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Security &amp; limits</source>
        <translation>Sicherheit und Limits</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Gift cards on sale</source>
        <extracomment>Each setting&apos;s label and description, as the core words them.</extracomment>
        <translation>Geschenkkarten im Verkauf</translation>
    </message>
    <message>
        <source>Gift cards can be sold and used at the counter.</source>
        <translation>Geschenkkarten können an der Kasse verkauft und eingelöst werden.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Code-Präfix</translation>
    </message>
    <message>
        <source>Letters that start every new card code. Cards already sold keep their code.</source>
        <translation>Buchstaben am Anfang jedes neuen Kartencodes. Bereits verkaufte Karten behalten ihren Code.</translation>
    </message>
    <message>
        <source>Code length</source>
        <translation>Codelänge</translation>
    </message>
    <message>
        <source>Random symbols in a new card code (8 to 32). Cards already sold keep their code.</source>
        <translation>Zufallszeichen in einem neuen Kartencode (8 bis 32). Bereits verkaufte Karten behalten ihren Code.</translation>
    </message>
    <message>
        <source>Where new cards are accepted</source>
        <translation>Wo neue Karten gelten</translation>
    </message>
    <message>
        <source>all, issuing (only the store that sold it) or a list of store codes.</source>
        <translation>„all“ (alle Filialen), „issuing“ (nur die Filiale, die sie verkauft hat) oder eine Liste von Filialcodes.</translation>
    </message>
    <message>
        <source>After a partial payment</source>
        <translation>Nach einer Teilzahlung</translation>
    </message>
    <message>
        <source>balance: the card keeps the rest; replacement: a new card carries the rest.</source>
        <translation>Ob die Karte den Rest behält oder eine neue Karte den Rest übernimmt.</translation>
    </message>
    <message>
        <source>Cards may carry a message</source>
        <translation>Nachricht auf Karten erlaubt</translation>
    </message>
    <message>
        <source>A personal message can be printed on a sold card.</source>
        <translation>Auf eine verkaufte Karte kann eine persönliche Nachricht gedruckt werden.</translation>
    </message>
    <message>
        <source>E-cards need an e-mail</source>
        <translation>E-Karten nur mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>An e-card cannot be sold without the recipient&apos;s e-mail address.</source>
        <translation>Eine E-Karte kann nicht ohne die E-Mail-Adresse der Empfängerin oder des Empfängers verkauft werden.</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Feste Beträge</translation>
    </message>
    <message>
        <source>The amounts offered as buttons when selling a card, per currency.</source>
        <translation>Die Beträge, die beim Kartenverkauf als Schaltflächen angeboten werden, je Währung.</translation>
    </message>
    <message>
        <source>Smallest custom amount</source>
        <translation>Kleinster freier Betrag</translation>
    </message>
    <message>
        <source>The least a card may be sold for when the amount is typed in.</source>
        <translation>Der niedrigste Betrag, für den eine Karte mit eingetipptem Betrag verkauft werden darf.</translation>
    </message>
    <message>
        <source>Largest custom amount</source>
        <translation>Größter freier Betrag</translation>
    </message>
    <message>
        <source>The most a card may be sold for when the amount is typed in.</source>
        <translation>Der höchste Betrag, für den eine Karte mit eingetipptem Betrag verkauft werden darf.</translation>
    </message>
    <message>
        <source>Largest card balance</source>
        <translation>Höchstes Kartenguthaben</translation>
    </message>
    <message>
        <source>No sale, reload or refund may bring a card above this balance.</source>
        <translation>Kein Verkauf, keine Aufladung und keine Erstattung darf das Guthaben einer Karte über diesen Betrag bringen.</translation>
    </message>
    <message>
        <source>Cash-out under</source>
        <translation>Barauszahlung unter</translation>
    </message>
    <message>
        <source>Where the law requires it, a card&apos;s remainder under this amount is paid out in cash on request; 0 (or no amount for a currency) means no cash-out.</source>
        <translation>Wo das Gesetz es verlangt, wird ein Restguthaben unter diesem Betrag auf Wunsch bar ausgezahlt; 0 (oder kein Betrag für eine Währung) heißt keine Barauszahlung.</translation>
    </message>
    <message>
        <source>Cash-out approved by a manager over</source>
        <translation>Barauszahlung mit Manager-Freigabe über</translation>
    </message>
    <message>
        <source>A cash-out above this amount needs a manager; 0 (or no amount for a currency) means a cashier pays out any remainder under the cash-out limit.</source>
        <translation>Eine Barauszahlung über diesem Betrag muss ein Manager freigeben; 0 (oder kein Betrag für eine Währung) heißt, ein Kassierer zahlt jedes Restguthaben unter der Auszahlungsgrenze aus.</translation>
    </message>
    <message>
        <source>Cards accepted as payment</source>
        <translation>Karten als Zahlungsmittel</translation>
    </message>
    <message>
        <source>Customers may pay with gift cards.</source>
        <translation>Kundinnen und Kunden dürfen mit Geschenkkarten bezahlen.</translation>
    </message>
    <message>
        <source>Other ways to pay</source>
        <translation>Weitere Zahlungsarten</translation>
    </message>
    <message>
        <source>Tenders offered next to gift cards, e.g. cash,external.</source>
        <translation>Zahlungsarten, die neben Geschenkkarten angeboten werden, z. B. cash,external.</translation>
    </message>
    <message>
        <source>Ways to buy a gift card</source>
        <translation>Zahlungsarten beim Kartenkauf</translation>
    </message>
    <message>
        <source>Tenders a customer may use to buy a gift card.</source>
        <translation>Womit eine Geschenkkarte bezahlt werden darf.</translation>
    </message>
    <message>
        <source>Checkout hold (minutes)</source>
        <translation>Reservierung beim Bezahlen (Minuten)</translation>
    </message>
    <message>
        <source>How long money stays reserved on a card for an unfinished sale.</source>
        <translation>Wie lange Guthaben auf einer Karte für einen nicht abgeschlossenen Verkauf reserviert bleibt.</translation>
    </message>
    <message>
        <source>Card lifetime (days)</source>
        <translation>Gültigkeitsdauer (Tage)</translation>
    </message>
    <message>
        <source>Days until a new card expires; 0 means it never expires.</source>
        <translation>Tage bis zum Ablauf einer neuen Karte; 0 bedeutet unbegrenzt gültig.</translation>
    </message>
    <message>
        <source>Extension on refund (days)</source>
        <translation>Verlängerung bei Erstattung (Tage)</translation>
    </message>
    <message>
        <source>A refund to an expiring card keeps it usable at least this long.</source>
        <translation>Eine bald ablaufende Karte bleibt nach einer Erstattung mindestens so lange gültig.</translation>
    </message>
    <message>
        <source>Failed look-ups a minute</source>
        <translation>Fehlversuche pro Minute</translation>
    </message>
    <message>
        <source>Unknown or mistyped codes a terminal may try per minute before it must wait.</source>
        <translation>Unbekannte oder vertippte Codes, die eine Kasse pro Minute versuchen darf, bevor sie warten muss.</translation>
    </message>
    <message>
        <source>Shortest cashier PIN</source>
        <translation>Mindestlänge der Kassierer-PIN</translation>
    </message>
    <message>
        <source>Digits a cashier&apos;s PIN must have at least, for PINs set from now on.</source>
        <translation>So viele Ziffern muss die PIN einer Kassiererin oder eines Kassierers mindestens haben; gilt für ab jetzt vergebene PINs.</translation>
    </message>
    <message>
        <source>Shortest manager or admin PIN</source>
        <translation>Mindestlänge der PIN für Filialleitung und Administration</translation>
    </message>
    <message>
        <source>Digits a manager&apos;s or admin&apos;s PIN must have at least, for PINs set from now on.</source>
        <translation>So viele Ziffern muss die PIN der Filialleitung oder der Administration mindestens haben; gilt für ab jetzt vergebene PINs.</translation>
    </message>
    <message>
        <source>Cards accepted while offline</source>
        <translation>Karten auch offline annehmen</translation>
    </message>
    <message>
        <source>When the central service cannot be reached, a till may still take cards it knows, within the limits below; otherwise it only sells and reloads until the link is back.</source>
        <translation>Ist die Zentrale nicht erreichbar, darf eine Kasse Karten, die sie kennt, innerhalb der Limits unten weiter annehmen; sonst verkauft und lädt sie nur, bis die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Offline limit per card</source>
        <translation>Offline-Limit pro Karte</translation>
    </message>
    <message>
        <source>The most a till takes from one card while offline.</source>
        <translation>Der Höchstbetrag, den eine Kasse offline von einer Karte abbucht.</translation>
    </message>
    <message>
        <source>Offline limit per till</source>
        <translation>Offline-Limit pro Kasse</translation>
    </message>
    <message>
        <source>The most a till takes from all cards together while offline.</source>
        <translation>Der Höchstbetrag, den eine Kasse offline von allen Karten zusammen abbucht.</translation>
    </message>
    <message>
        <source>Offline redemption window (hours)</source>
        <translation>Zeitfenster für Offline-Einlösungen (Stunden)</translation>
    </message>
    <message>
        <source>Hours after its last contact with the central service that a till may take cards.</source>
        <translation>Stunden nach dem letzten Kontakt mit der Zentrale, in denen eine Kasse Karten annehmen darf.</translation>
    </message>
    <message>
        <source>Till sign-in lasts (hours)</source>
        <translation>Anmeldung an der Kasse gilt (Stunden)</translation>
    </message>
    <message>
        <source>Hours a staff member stays signed in at a till of the central service before signing in again.</source>
        <translation>Stunden, die ein Mitarbeiter an einer Kasse der Zentrale angemeldet bleibt, bevor er sich erneut anmelden muss.</translation>
    </message>
    <message>
        <source>Enrolment code valid for (hours)</source>
        <translation>Anmeldecode gültig für (Stunden)</translation>
    </message>
    <message>
        <source>Hours a new till&apos;s one-time enrolment code stays usable.</source>
        <translation>Stunden, die der einmalige Anmeldecode einer neuen Kasse verwendbar bleibt.</translation>
    </message>
    <message>
        <source>Balance page address</source>
        <translation>Adresse der Guthabenseite</translation>
    </message>
    <message>
        <source>Printed in the QR code before the card code; empty for the code alone.</source>
        <translation>Steht im QR-Code vor dem Kartencode; leer für den Code allein.</translation>
    </message>
    <message>
        <source>Printed terms</source>
        <translation>Gedruckte Bedingungen</translation>
    </message>
    <message>
        <source>The terms printed on cards and gift receipts.</source>
        <translation>Die Bedingungen, die auf Karten und Geschenkbelege gedruckt werden.</translation>
    </message>
    <message>
        <source>Offer a delivery date</source>
        <translation>Versandtag anbieten</translation>
    </message>
    <message>
        <source>The counter may choose the day an e-card is e-mailed; otherwise it goes at once.</source>
        <translation>Die Kasse darf den Versandtag einer E-Karte wählen; sonst geht sie sofort.</translation>
    </message>
    <message>
        <source>Hour of dated e-mails</source>
        <translation>Uhrzeit datierter E-Mails</translation>
    </message>
    <message>
        <source>An e-card given a delivery date is e-mailed at this hour (store&apos;s time zone).</source>
        <translation>Eine E-Karte mit Versandtag wird zu dieser Stunde gesendet (Zeitzone des Geschäfts).</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name; empty: e-cards are not e-mailed.</source>
        <translation>Hostname des SMTP-Servers; leer: E-Karten werden nicht gemailt.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port des Mailservers</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for TLS, 25 for none.</source>
        <translation>587 für STARTTLS, 465 für TLS, 25 für keine.</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Sicherheit des Mailservers</translation>
    </message>
    <message>
        <source>How the connection is encrypted: STARTTLS after connecting, TLS from the first byte, or none for a trusted relay.</source>
        <translation>Wie die Verbindung verschlüsselt ist: STARTTLS nach dem Verbinden, TLS ab dem ersten Byte, oder keine für ein vertrauenswürdiges Relay.</translation>
    </message>
    <message>
        <source>STARTTLS on connecting (usually port 587)</source>
        <translation>STARTTLS beim Verbinden (meist Port 587)</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Benutzer des Mailservers</translation>
    </message>
    <message>
        <source>The SMTP login; empty: no login. The password is set apart and never shown.</source>
        <translation>Die SMTP-Anmeldung; leer: keine. Das Passwort wird getrennt gesetzt und nie angezeigt.</translation>
    </message>
    <message>
        <source>Mail server certificate authority</source>
        <translation>Zertifizierungsstelle des Mailservers</translation>
    </message>
    <message>
        <source>A PEM file to trust for the mail server&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Eine PEM-Datei, der für das Zertifikat des Mailservers vertraut wird; leer: die des Systems.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Shown as who the e-card comes from, e.g. the store&apos;s name.</source>
        <translation>Als Absender der E-Karte angezeigt, z. B. der Name des Geschäfts.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>The From address of e-cards.</source>
        <translation>Die Absenderadresse der E-Karten.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Antwortadresse</translation>
    </message>
    <message>
        <source>Where a recipient&apos;s reply goes; empty: to the sender address.</source>
        <translation>Wohin die Antwort eines Empfängers geht; leer: an die Absenderadresse.</translation>
    </message>
    <message>
        <source>First retry after (minutes)</source>
        <translation>Erster neuer Versuch nach (Minuten)</translation>
    </message>
    <message>
        <source>After a temporary failure the next try waits this long, doubling each time.</source>
        <translation>Nach einem vorübergehenden Fehler wartet der nächste Versuch so lange, jedes Mal doppelt so lang.</translation>
    </message>
    <message>
        <source>Tries before giving up</source>
        <translation>Versuche vor dem Aufgeben</translation>
    </message>
    <message>
        <source>An e-mail refused temporarily this many times is listed as failed.</source>
        <translation>Eine so oft vorübergehend abgelehnte E-Mail wird als fehlgeschlagen geführt.</translation>
    </message>
    <message>
        <source>Sender claim (seconds)</source>
        <translation>Reservierung des Senders (Sekunden)</translation>
    </message>
    <message>
        <source>A sender that stopped half-way holds an e-mail this long; then another takes it.</source>
        <translation>Ein mittendrin gestoppter Sender hält eine E-Mail so lange; dann übernimmt ein anderer.</translation>
    </message>
    <message>
        <source>The card keeps the rest</source>
        <translation>Die Karte behält den Rest</translation>
    </message>
    <message>
        <source>A new card carries the rest</source>
        <translation>Eine neue Karte übernimmt den Rest</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None (a trusted relay only)</source>
        <translation>Keine (nur ein vertrauenswürdiges Relay)</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Active</source>
        <extracomment>How many of the card&apos;s latest ledger entries the counter shows.</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>tender</name>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Bar</translation>
    </message>
    <message>
        <source>&amp;External card</source>
        <translation>&amp;Externe Karte</translation>
    </message>
</context>
</TS>
