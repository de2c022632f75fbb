<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BalanceController</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Scan or type a gift card code</source>
        <translation>Scannez ou saisissez le code de la carte cadeau</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Consultation du solde</translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation>Dernières opérations</translation>
    </message>
</context>
<context>
    <name>BatchScreen</name>
    <message>
        <source>Face value; empty: set when sold</source>
        <translation>Valeur faciale ; vide : fixée à la vente</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Create batch</source>
        <translation>Créer le lot</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Print sheets (PDF)</source>
        <translation>Imprimer les planches (PDF)</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Annuler l&apos;impression</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Card batches</source>
        <translation>Lots de cartes</translation>
    </message>
    <message>
        <source>No product</source>
        <translation>Aucun produit</translation>
    </message>
    <message>
        <source>Batch of %1 cards created.</source>
        <translation>Lot de %1 cartes créé.</translation>
    </message>
    <message>
        <source>%1 cards written to %2</source>
        <translation>%1 cartes écrites dans %2</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was marked printed.</source>
        <translation>Impression annulée ; rien n&apos;a été marqué comme imprimé.</translation>
    </message>
</context>
<context>
    <name>CardActionDialog</name>
    <message>
        <source>e.g. 5.00 or -5.00</source>
        <translation>p. ex. 5.00 ou -5.00</translation>
    </message>
</context>
<context>
    <name>CardDetailDialog</name>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Adjust balance</source>
        <translation>Corriger le solde</translation>
    </message>
    <message>
        <source>Enter the amount to add to card %1 (or to take off, with a minus sign) and why.</source>
        <translation>Saisissez le montant à ajouter à la carte %1 (ou à retirer, avec un signe moins) et le motif.</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>Note (obligatoire)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance adjusted.</source>
        <translation>Solde corrigé.</translation>
    </message>
    <message>
        <source>Freeze card</source>
        <translation>Bloquer la carte</translation>
    </message>
    <message>
        <source>Say why card %1 is frozen. It cannot pay until it is unfrozen.</source>
        <translation>Indiquez pourquoi la carte %1 est bloquée. Elle ne peut plus payer jusqu&apos;à son déblocage.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Card frozen.</source>
        <translation>Carte bloquée.</translation>
    </message>
    <message>
        <source>Card unfrozen.</source>
        <translation>Carte débloquée.</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>Annuler la carte</translation>
    </message>
    <message>
        <source>Say why card %1 is voided. A void cannot be undone.</source>
        <translation>Indiquez pourquoi la carte %1 est annulée. Une annulation est définitive.</translation>
    </message>
    <message>
        <source>Card voided.</source>
        <translation>Carte annulée.</translation>
    </message>
    <message>
        <source>Void card %1 for good?</source>
        <translation>Annuler définitivement la carte %1 ?</translation>
    </message>
    <message>
        <source>Its balance of %1 goes to zero and the card can never be used again.</source>
        <translation>Son solde de %1 passe à zéro et la carte ne pourra plus jamais être utilisée.</translation>
    </message>
    <message>
        <source>Transfer to a new card</source>
        <translation>Transférer sur une nouvelle carte</translation>
    </message>
    <message>
        <source>Move the balance of card %1 to a new card?</source>
        <translation>Transférer le solde de la carte %1 sur une nouvelle carte ?</translation>
    </message>
    <message>
        <source>This card is closed for good. The new card&apos;s code is shown only once: have a blank card or paper ready.</source>
        <translation>Cette carte est définitivement fermée. Le code de la nouvelle carte n&apos;est affiché qu&apos;une fois : préparez une carte vierge ou du papier.</translation>
    </message>
    <message>
        <source>Balance moved to %1.</source>
        <translation>Solde transféré sur %1.</translation>
    </message>
    <message>
        <source>Save the card as PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Carte enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>CardDetailView</name>
    <message>
        <source>Initial value</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze…</source>
        <translation>&amp;Débloquer…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CardGridWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message numerus="yes">
        <source>%1 card(s)</source>
        <translation>
            <numerusform>%1 carte</numerusform>
            <numerusform>%1 cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardStatus</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Depleted</source>
        <translation>Épuisée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Émission</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfert sortant</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfert entrant</translation>
    </message>
    <message>
        <source>Cash-out</source>
        <translation>Remboursement en espèces</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursée</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>External card</source>
        <translation>Carte externe</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
</context>
<context>
    <name>CardTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>The whole :class:`CardView` of a row (``None`` while its page is loading). The colour of the row&apos;s card state, for delegates and style. Pages read at once. A deep page is slow (the database skips every row before it), so a fast scroll must not queue every page it passed: the newest wish is read first, and pages asked for long ago are forgotten (asked for again if they are still shown).</extracomment>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>The number of matching cards, each time it has been counted. A count or a page could not be read; the error is for ``ui.errors.show_error``.</extracomment>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>CardsIoScreen</name>
    <message>
        <source>Import cards</source>
        <translation>Importer des cartes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export cards</source>
        <translation>Exporter les cartes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose a CSV file first.</source>
        <translation>Choisissez d&apos;abord un fichier CSV.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Import cancelled, nothing was imported.</source>
        <translation>Import annulé, rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 cards imported from %2.</source>
        <translation>%1 cartes importées depuis %2.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 cards written to %2 (codes masked).</source>
        <translation>%1 cartes écrites dans %2 (codes masqués).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CardsIoView</name>
    <message>
        <source>Cancel  [Esc]</source>
        <translation>Annuler  [Échap]</translation>
    </message>
    <message>
        <source>Import and export cards</source>
        <translation>Importer et exporter des cartes</translation>
    </message>
    <message>
        <source>Import cards from another system</source>
        <translation>Importer des cartes d&apos;un autre système</translation>
    </message>
    <message>
        <source>A CSV file with the columns code and amount, and optionally currency, expires_at, recipient_name, recipient_email, message and reference. Every row is checked first: one bad row and nothing is imported.</source>
        <translation>Un fichier CSV avec les colonnes code et amount, et en option currency, expires_at, recipient_name, recipient_email, message et reference. Chaque ligne est d&apos;abord vérifiée : une seule ligne erronée et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>&amp;Import from</source>
        <translation>&amp;Importer depuis</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Fichier CSV à importer</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Importer des cartes</translation>
    </message>
    <message>
        <source>Export every card</source>
        <translation>Exporter toutes les cartes</translation>
    </message>
    <message>
        <source>Writes status, balances, expiry and recipients. Codes are masked: the file never holds a full card code.</source>
        <translation>Écrit l&apos;état, les soldes, l&apos;expiration et les bénéficiaires. Les codes sont masqués : le fichier ne contient jamais de code complet.</translation>
    </message>
    <message>
        <source>&amp;Export to</source>
        <translation>&amp;Exporter vers</translation>
    </message>
    <message>
        <source>CSV file to write</source>
        <translation>Fichier CSV à écrire</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Export cards</source>
        <translation>Exporter les cartes</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Card</source>
        <extracomment>A page could not be read; the error is for ``ui.errors.show_error``.</extracomment>
        <translation>Carte</translation>
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
        <translation>Choisissez votre nom, puis saisissez votre code PIN</translation>
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
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <source>Switch user  [Ctrl+U]</source>
        <translation>Changer d&apos;utilisateur  [Ctrl+U]</translation>
    </message>
    <message>
        <source>Lock  [Ctrl+L]</source>
        <translation>Verrouiller  [Ctrl+L]</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>%1 starting</source>
        <translation>%1 démarre</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 connecté</translation>
    </message>
    <message>
        <source>%1 unplugged, retrying</source>
        <translation>%1 débranché, nouvel essai</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 éteint</translation>
    </message>
    <message>
        <source>Sign in before scanning.</source>
        <translation>Connectez-vous avant de scanner.</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>New card code</source>
        <translation>Nouveau code de carte</translation>
    </message>
    <message>
        <source>Write this code down or print the card now: it is shown only this once. The old card is closed.</source>
        <translation>Notez ce code ou imprimez la carte maintenant : il n&apos;est affiché qu&apos;une seule fois. L&apos;ancienne carte est fermée.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Validation par un responsable</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Un responsable doit valider : %1</translation>
    </message>
</context>
<context>
    <name>PayController</name>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>Sale %1 paid.</source>
        <translation>Vente %1 payée.</translation>
    </message>
    <message>
        <source>Sale %1 cancelled; the cards&apos; holds are released.</source>
        <translation>Vente %1 annulée ; les réservations sur les cartes sont levées.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Reste à payer %1</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <source>Amount due, e.g. 80.00</source>
        <translation>Montant dû, p. ex. 80.00</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Commencer la vente</translation>
    </message>
    <message>
        <source>Scan or type a gift card code</source>
        <translation>Scannez ou saisissez le code de la carte cadeau</translation>
    </message>
    <message>
        <source>Apply card</source>
        <translation>Appliquer la carte</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Left on card</source>
        <translation>Reste sur la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>Finish / pay rest</source>
        <translation>Terminer / payer le reste</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Pay with gift cards</source>
        <translation>Payer avec des cartes cadeaux</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
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
        <translation>Magasin : %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Caisse : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Base de données : connectée</translation>
    </message>
    <message>
        <source>Database: NOT CONNECTED</source>
        <translation>Base de données : NON CONNECTÉE</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner : %1</translation>
    </message>
</context>
<context>
    <name>ReturnsController</name>
    <message>
        <source>Void sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Why is sale %1 voided?</source>
        <translation>Pourquoi la vente %1 est-elle annulée ?</translation>
    </message>
    <message>
        <source>Receipt printed: %1</source>
        <translation>Ticket imprimé : %1</translation>
    </message>
    <message>
        <source>Sale %1 is voided.</source>
        <translation>La vente %1 est annulée.</translation>
    </message>
    <message>
        <source>Sale %1 is refunded in full.</source>
        <translation>La vente %1 est entièrement remboursée.</translation>
    </message>
    <message>
        <source>Part of sale %1 is refunded.</source>
        <translation>La vente %1 est partiellement remboursée.</translation>
    </message>
    <message>
        <source>Hand back: %1.</source>
        <translation>À rendre : %1.</translation>
    </message>
    <message>
        <source>No sale chosen: type a receipt number or take the last.</source>
        <translation>Aucune vente choisie : saisissez un numéro de ticket ou prenez la dernière.</translation>
    </message>
    <message>
        <source>Sale %1 — %2 — total %3</source>
        <translation>Vente %1 — %2 — total %3</translation>
    </message>
</context>
<context>
    <name>ReturnsView</name>
    <message>
        <source>Receipt number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>Find sale</source>
        <translation>Rechercher la vente</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Dernière vente</translation>
    </message>
    <message>
        <source>No sale chosen.</source>
        <translation>Aucune vente choisie.</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Empty: refund everything</source>
        <translation>Vide : tout rembourser</translation>
    </message>
    <message>
        <source>Refund to its tenders</source>
        <translation>Rembourser sur les moyens de paiement</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>Returns and voids</source>
        <translation>Retours et annulations</translation>
    </message>
</context>
<context>
    <name>SaleDoneDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>Vente terminée</translation>
    </message>
    <message>
        <source>Sale %1 complete</source>
        <translation>Vente %1 terminée</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <source>No change to give</source>
        <translation>Pas de monnaie à rendre</translation>
    </message>
    <message>
        <source>Give these codes to the customer: they are shown only now.</source>
        <translation>Remettez ces codes au client : ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Ticket : %1</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
</context>
<context>
    <name>SellController</name>
    <message>
        <source>Store gift card</source>
        <translation>Carte cadeau du magasin</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>New e-card</source>
        <translation>Nouvelle e-carte</translation>
    </message>
    <message>
        <source>Enter the amount for this card.</source>
        <translation>Saisissez le montant de cette carte.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation>Vente %1 terminée.</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <source>Custom amount, e.g. 35.00</source>
        <translation>Montant libre, p. ex. 35.00</translation>
    </message>
    <message>
        <source>Scan a physical card or a card to reload</source>
        <translation>Scannez une carte physique ou une carte à recharger</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Clear sale</source>
        <translation>Vider la vente</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sell gift cards</source>
        <translation>Vendre des cartes cadeaux</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>e.g. 25.00, 50.00, 100.00</source>
        <translation>p. ex. 25.00, 50.00, 100.00</translation>
    </message>
    <message>
        <source>e.g. cash, external</source>
        <translation>p. ex. cash, external</translation>
    </message>
    <message>
        <source>Other currencies: %1</source>
        <translation>Autres devises : %1</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>This store only</source>
        <translation>Ce magasin seulement</translation>
    </message>
    <message>
        <source>As all stores</source>
        <translation>Comme tous les magasins</translation>
    </message>
    <message>
        <source>not set for %1</source>
        <translation>non défini pour %1</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Values for</source>
        <translation>Valeurs pour</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>%1 — %2 only</source>
        <translation>%1 — %2 uniquement</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>%n modification enregistrée.</numerusform>
            <numerusform>%n modifications enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>Add store</source>
        <translation>Ajouter un magasin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Ajouter un employé</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Montants fixes</translation>
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
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Store %1 added.</source>
        <translation>Magasin %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Product %1 added.</source>
        <translation>Produit %1 ajouté.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up GiftPOS</source>
        <translation>Configurer GiftPOS</translation>
    </message>
    <message>
        <source>Main store</source>
        <translation>Magasin principal</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Code du magasin</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>Admin name</source>
        <translation>Nom de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Créer le magasin</translation>
    </message>
    <message>
        <source>Use demo data</source>
        <translation>Utiliser les données de démonstration</translation>
    </message>
    <message>
        <source>This database is empty. Create your store:</source>
        <translation>Cette base de données est vide. Créez votre magasin :</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>À payer : %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Amount given</source>
        <translation>Montant reçu</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>The %1 %2 has a broken escape: use \r, \n, \t or \xNN.</source>
        <translation>Le champ « %1 » (%2) contient une séquence d&apos;échappement incorrecte : utilisez \r, \n, \t ou \xNN.</translation>
    </message>
    <message>
        <source>First store</source>
        <translation>Premier magasin</translation>
    </message>
    <message>
        <source>%1 (unknown store)</source>
        <translation>%1 (magasin inconnu)</translation>
    </message>
    <message>
        <source>wedge prefix</source>
        <translation>préfixe du scanner clavier</translation>
    </message>
    <message>
        <source>wedge suffix</source>
        <translation>suffixe du scanner clavier</translation>
    </message>
    <message>
        <source>The scanner&apos;s baud rate must be a whole number, not %1.</source>
        <translation>Le débit en bauds du scanner doit être un nombre entier, pas %1.</translation>
    </message>
    <message>
        <source>serial suffix</source>
        <translation>suffixe du scanner série</translation>
    </message>
    <message>
        <source>The serial suffix must be single bytes (\xNN).</source>
        <translation>Le suffixe série doit être composé d&apos;octets simples (\xNN).</translation>
    </message>
    <message>
        <source>Unknown printer profile %1: pick one from the list or leave it empty.</source>
        <translation>Profil d&apos;imprimante inconnu %1 : choisissez-en un dans la liste ou laissez vide.</translation>
    </message>
    <message>
        <source>Give this terminal a name (it appears on receipts).</source>
        <translation>Donnez un nom à cette caisse (il figure sur les tickets).</translation>
    </message>
    <message>
        <source>Saved. A serial scanner&apos;s settings and the language apply at the next start of the app.</source>
        <translation>Enregistré. Les réglages d&apos;un scanner série et la langue s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The settings could not be written: %1.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés : %1.</translation>
    </message>
    <message>
        <source>No printer is chosen: receipts are saved as PDF.</source>
        <translation>Aucune imprimante choisie : les tickets sont enregistrés en PDF.</translation>
    </message>
    <message>
        <source>Printing a test slip…</source>
        <translation>Impression d&apos;un ticket de test…</translation>
    </message>
    <message>
        <source>Test slip sent to %1 %2.</source>
        <translation>Ticket de test envoyé à %1 %2.</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>Save settings</source>
        <extracomment>From this width on, the scanner settings stand beside the others.</extracomment>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>Store and name</source>
        <translation>Magasin et nom</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>Terminal &amp;name</source>
        <translation>&amp;Nom de la caisse</translation>
    </message>
    <message>
        <source>&amp;Language (at next start)</source>
        <translation>&amp;Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The printer and a keyboard scanner change at once, the store and name at the next sign-in; a serial scanner and the language apply at the next start of the app.</source>
        <translation>L&apos;imprimante et un scanner clavier changent aussitôt, le magasin et le nom à la prochaine connexion ; un scanner série et la langue s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>none: a scan ends when its keys stop</source>
        <translation>aucun : un scan se termine quand les touches s&apos;arrêtent</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>Chercher les ports</translation>
    </message>
    <message>
        <source>empty: CR, LF or CRLF</source>
        <translation>vide : CR, LF ou CRLF</translation>
    </message>
    <message>
        <source>Write control characters as \r, \n, \t or \x02.</source>
        <translation>Écrivez les caractères de contrôle sous la forme \r, \n, \t ou \x02.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Keyboard (wedge) scanner</source>
        <translation>Scanner en émulation clavier</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>Scanner série</translation>
    </message>
    <message>
        <source>Pr&amp;efix</source>
        <translation>Pr&amp;éfixe</translation>
    </message>
    <message>
        <source>Su&amp;ffix</source>
        <translation>Su&amp;ffixe</translation>
    </message>
    <message>
        <source>Most time between &amp;keys</source>
        <translation>Délai maximal entre &amp;touches</translation>
    </message>
    <message>
        <source>&amp;Baud</source>
        <translation>&amp;Bauds</translation>
    </message>
    <message>
        <source>Frame s&amp;uffix</source>
        <translation>S&amp;uffixe de trame</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>None: receipts as PDF</source>
        <translation>Aucune : tickets en PDF</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <source>Network (TCP 9100)</source>
        <translation>Réseau (TCP 9100)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>File or device path</source>
        <translation>Chemin de fichier ou de périphérique</translation>
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
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Broche 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Broche 5</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>C&amp;ible</translation>
    </message>
    <message>
        <source>Paper &amp;width</source>
        <translation>Lar&amp;geur du papier</translation>
    </message>
    <message>
        <source>Pr&amp;ofile</source>
        <translation>Pr&amp;ofil</translation>
    </message>
    <message>
        <source>Cash &amp;drawer</source>
        <translation>Tiroir-c&amp;aisse</translation>
    </message>
</context>
<context>
    <name>_CardGridView</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Last four, purchaser, recipient or code</source>
        <translation>Quatre derniers chiffres, acheteur, bénéficiaire ou code</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>St&amp;ore</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>The card list is for managers.</source>
        <translation>La liste des cartes est réservée aux responsables.</translation>
    </message>
</context>
<context>
    <name>_HistoryGridView</name>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Opération</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>The history of all cards is for managers.</source>
        <translation>L&apos;historique de toutes les cartes est réservé aux responsables.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Demo PINs: %1</source>
        <translation>Codes PIN de démo : %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>That amount can&apos;t be used. Check the number and try again.</source>
        <translation>Ce montant n&apos;est pas utilisable. Vérifiez le chiffre et réessayez.</translation>
    </message>
    <message>
        <source>That is not a valid gift card code. Scan the card again.</source>
        <translation>Ce n&apos;est pas un code de carte cadeau valide. Scannez de nouveau la carte.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that gift card.</source>
        <translation>Cette carte cadeau est introuvable.</translation>
    </message>
    <message>
        <source>This gift card has not been activated yet.</source>
        <translation>Cette carte cadeau n&apos;est pas encore activée.</translation>
    </message>
    <message>
        <source>This gift card has expired.</source>
        <translation>Cette carte cadeau a expiré.</translation>
    </message>
    <message>
        <source>This gift card is frozen. A manager must unfreeze it.</source>
        <translation>Cette carte cadeau est bloquée. Un responsable doit la débloquer.</translation>
    </message>
    <message>
        <source>This gift card has been voided and can&apos;t be used.</source>
        <translation>Cette carte cadeau a été annulée et ne peut plus être utilisée.</translation>
    </message>
    <message>
        <source>There isn&apos;t enough balance on the card.</source>
        <translation>Le solde de la carte est insuffisant.</translation>
    </message>
    <message>
        <source>This gift card can&apos;t be used at this store.</source>
        <translation>Cette carte cadeau n&apos;est pas valable dans ce magasin.</translation>
    </message>
    <message>
        <source>This gift card is in a different currency.</source>
        <translation>Cette carte cadeau est dans une autre devise.</translation>
    </message>
    <message>
        <source>That can&apos;t be done right now.</source>
        <translation>Ce n&apos;est pas possible pour le moment.</translation>
    </message>
    <message>
        <source>You are not allowed to do that. Ask a manager.</source>
        <translation>Vous n&apos;avez pas le droit de faire cela. Demandez à un responsable.</translation>
    </message>
    <message>
        <source>Wrong name or PIN. Try again.</source>
        <translation>Nom ou code PIN incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a little and try again.</source>
        <translation>Trop de tentatives échouées. Patientez un peu et réessayez.</translation>
    </message>
    <message>
        <source>That payment isn&apos;t allowed here.</source>
        <translation>Ce paiement n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>This was already done with different details. Start again.</source>
        <translation>Cette opération a déjà été faite avec d&apos;autres données. Recommencez.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Some of the details aren&apos;t right. Check and try again.</source>
        <translation>Certaines informations sont incorrectes. Vérifiez et réessayez.</translation>
    </message>
    <message>
        <source>The printer or scanner isn&apos;t responding. Check its cable.</source>
        <translation>L&apos;imprimante ou le scanner ne répond pas. Vérifiez le câble.</translation>
    </message>
    <message>
        <source>This till&apos;s key file can&apos;t be used. Call whoever set up the tills.</source>
        <translation>Le fichier de clé de cette caisse est inutilisable. Appelez la personne qui a installé les caisses.</translation>
    </message>
    <message>
        <source>The system is busy right now. Nothing was changed; try again.</source>
        <translation>Le système est occupé pour le moment. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>The payment doesn&apos;t cover what is due.</source>
        <translation>Le paiement ne couvre pas le montant dû.</translation>
    </message>
    <message>
        <source>This card is already in the sale.</source>
        <translation>Cette carte est déjà dans la vente.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed; try again or call support.</source>
        <translation>Une erreur s&apos;est produite. Rien n&apos;a été modifié ; réessayez ou appelez l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <source>Any</source>
        <extracomment>The lowest date of a :func:`date_edit`; it reads &quot;Any&quot; and means no limit.</extracomment>
        <translation>Libre</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Sell cards</source>
        <extracomment>Builds (widget, handler) once; the handler may be the widget itself. Where each role starts after signing in: its everyday work.</extracomment>
        <translation>Vendre des cartes</translation>
    </message>
    <message>
        <source>Pay with cards</source>
        <translation>Paiement cartes</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots de cartes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>cashier</source>
        <extracomment>Language code and the name a speaker of it looks for (never translated).</extracomment>
        <translation>caissier</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Cards &amp; codes</source>
        <translation>Cartes et codes</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Sales &amp; payments</source>
        <translation>Ventes et paiements</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Security &amp; limits</source>
        <translation>Sécurité et limites</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Gift cards on sale</source>
        <extracomment>Each setting&apos;s label and description, as the core words them.</extracomment>
        <translation>Cartes cadeaux en vente</translation>
    </message>
    <message>
        <source>Gift cards can be sold and used at the counter.</source>
        <translation>Les cartes cadeaux peuvent être vendues et utilisées en caisse.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Préfixe des codes</translation>
    </message>
    <message>
        <source>Letters that start every new card code. Cards already sold keep their code.</source>
        <translation>Lettres au début de chaque nouveau code de carte. Les cartes déjà vendues gardent leur code.</translation>
    </message>
    <message>
        <source>Code length</source>
        <translation>Longueur du code</translation>
    </message>
    <message>
        <source>Random symbols in a new card code (8 to 32). Cards already sold keep their code.</source>
        <translation>Caractères aléatoires d&apos;un nouveau code de carte (8 à 32). Les cartes déjà vendues gardent leur code.</translation>
    </message>
    <message>
        <source>Where new cards are accepted</source>
        <translation>Où les nouvelles cartes sont acceptées</translation>
    </message>
    <message>
        <source>all, issuing (only the store that sold it) or a list of store codes.</source>
        <translation>« all » (tous les magasins), « issuing » (seulement le magasin qui l&apos;a vendue) ou une liste de codes de magasins.</translation>
    </message>
    <message>
        <source>After a partial payment</source>
        <translation>Après un paiement partiel</translation>
    </message>
    <message>
        <source>balance: the card keeps the rest; replacement: a new card carries the rest.</source>
        <translation>La carte garde le reste, ou une nouvelle carte reprend le reste.</translation>
    </message>
    <message>
        <source>Cards may carry a message</source>
        <translation>Message sur les cartes autorisé</translation>
    </message>
    <message>
        <source>A personal message can be printed on a sold card.</source>
        <translation>Un message personnel peut être imprimé sur une carte vendue.</translation>
    </message>
    <message>
        <source>E-cards need an e-mail</source>
        <translation>E-mail obligatoire pour les e-cartes</translation>
    </message>
    <message>
        <source>An e-card cannot be sold without the recipient&apos;s e-mail address.</source>
        <translation>Une e-carte ne peut pas être vendue sans l&apos;adresse e-mail du bénéficiaire.</translation>
    </message>
    <message>
        <source>Fixed amounts</source>
        <translation>Montants fixes</translation>
    </message>
    <message>
        <source>The amounts offered as buttons when selling a card, per currency.</source>
        <translation>Les montants proposés sous forme de boutons à la vente d&apos;une carte, par devise.</translation>
    </message>
    <message>
        <source>Smallest custom amount</source>
        <translation>Montant libre minimal</translation>
    </message>
    <message>
        <source>The least a card may be sold for when the amount is typed in.</source>
        <translation>Le montant minimal d&apos;une carte vendue avec un montant saisi.</translation>
    </message>
    <message>
        <source>Largest custom amount</source>
        <translation>Montant libre maximal</translation>
    </message>
    <message>
        <source>The most a card may be sold for when the amount is typed in.</source>
        <translation>Le montant maximal d&apos;une carte vendue avec un montant saisi.</translation>
    </message>
    <message>
        <source>Largest card balance</source>
        <translation>Solde maximal d&apos;une carte</translation>
    </message>
    <message>
        <source>No sale, reload or refund may bring a card above this balance.</source>
        <translation>Aucune vente, recharge ni remboursement ne peut porter le solde d&apos;une carte au-delà de ce montant.</translation>
    </message>
    <message>
        <source>Cards accepted as payment</source>
        <translation>Cartes acceptées en paiement</translation>
    </message>
    <message>
        <source>Customers may pay with gift cards.</source>
        <translation>Les clients peuvent payer avec des cartes cadeaux.</translation>
    </message>
    <message>
        <source>Other ways to pay</source>
        <translation>Autres moyens de paiement</translation>
    </message>
    <message>
        <source>Tenders offered next to gift cards, e.g. cash,external.</source>
        <translation>Moyens de paiement proposés en plus des cartes cadeaux, p. ex. cash,external.</translation>
    </message>
    <message>
        <source>Ways to buy a gift card</source>
        <translation>Moyens de paiement pour acheter une carte</translation>
    </message>
    <message>
        <source>Tenders a customer may use to buy a gift card.</source>
        <translation>Les moyens de paiement acceptés pour acheter une carte cadeau.</translation>
    </message>
    <message>
        <source>Checkout hold (minutes)</source>
        <translation>Réservation en caisse (en minutes)</translation>
    </message>
    <message>
        <source>How long money stays reserved on a card for an unfinished sale.</source>
        <translation>Durée pendant laquelle un montant reste réservé sur une carte pour une vente non terminée.</translation>
    </message>
    <message>
        <source>Card lifetime (days)</source>
        <translation>Durée de validité (jours)</translation>
    </message>
    <message>
        <source>Days until a new card expires; 0 means it never expires.</source>
        <translation>Jours avant l&apos;expiration d&apos;une nouvelle carte ; 0 signifie qu&apos;elle n&apos;expire jamais.</translation>
    </message>
    <message>
        <source>Extension on refund (days)</source>
        <translation>Prolongation au remboursement (jours)</translation>
    </message>
    <message>
        <source>A refund to an expiring card keeps it usable at least this long.</source>
        <translation>Après un remboursement, une carte qui va expirer reste utilisable au moins aussi longtemps.</translation>
    </message>
    <message>
        <source>Failed look-ups a minute</source>
        <translation>Recherches échouées par minute</translation>
    </message>
    <message>
        <source>Unknown or mistyped codes a terminal may try per minute before it must wait.</source>
        <translation>Codes inconnus ou mal saisis qu&apos;une caisse peut essayer par minute avant de devoir attendre.</translation>
    </message>
    <message>
        <source>Shortest cashier PIN</source>
        <translation>Longueur minimale du code PIN caissier</translation>
    </message>
    <message>
        <source>Digits a cashier&apos;s PIN must have at least, for PINs set from now on.</source>
        <translation>Nombre minimal de chiffres du code PIN d&apos;un caissier, pour les codes définis à partir de maintenant.</translation>
    </message>
    <message>
        <source>Shortest manager or admin PIN</source>
        <translation>Longueur minimale du code PIN responsable ou administrateur</translation>
    </message>
    <message>
        <source>Digits a manager&apos;s or admin&apos;s PIN must have at least, for PINs set from now on.</source>
        <translation>Nombre minimal de chiffres du code PIN d&apos;un responsable ou d&apos;un administrateur, pour les codes définis à partir de maintenant.</translation>
    </message>
    <message>
        <source>Balance page address</source>
        <translation>Adresse de la page de solde</translation>
    </message>
    <message>
        <source>Printed in the QR code before the card code; empty for the code alone.</source>
        <translation>Imprimée dans le QR code avant le code de la carte ; vide pour le code seul.</translation>
    </message>
    <message>
        <source>Printed terms</source>
        <translation>Conditions imprimées</translation>
    </message>
    <message>
        <source>The terms printed on cards and gift receipts.</source>
        <translation>Les conditions imprimées sur les cartes et les tickets cadeaux.</translation>
    </message>
    <message>
        <source>The card keeps the rest</source>
        <translation>La carte garde le reste</translation>
    </message>
    <message>
        <source>A new card carries the rest</source>
        <translation>Une nouvelle carte reprend le reste</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Active</source>
        <extracomment>How many of the card&apos;s latest ledger entries the counter shows.</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Non activée</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Épuisée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>tender</name>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <source>&amp;External card</source>
        <translation>Carte &amp;externe</translation>
    </message>
</context>
</TS>
