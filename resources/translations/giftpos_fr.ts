<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BalanceController</name>
    <message>
        <source>Paid out %1 in cash.</source>
        <translation>%1 payé en espèces.</translation>
    </message>
    <message>
        <source>The slip did not print: %1</source>
        <translation>Le ticket n&apos;a pas été imprimé : %1</translation>
    </message>
    <message>
        <source>Offline: the last balance the till knows, as of %1, less what this till took since. Its last entries need the link.</source>
        <translation>Hors ligne : le dernier solde connu de la caisse, au %1, moins ce que cette caisse a débité depuis. Ses dernières écritures nécessitent la liaison.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Pay out %1 in cash</source>
        <translation>Payer %1 en espèces</translation>
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
        <source>Pay out in cash</source>
        <translation>Payer en espèces</translation>
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
    <name>BulkActionBar</name>
    <message>
        <source>Selected cards</source>
        <translation>Cartes sélectionnées</translation>
    </message>
    <message>
        <source>All that match the filter</source>
        <translation>Toutes celles du filtre</translation>
    </message>
    <message>
        <source>Freeze…</source>
        <translation>Bloquer…</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>Extend expiry…</source>
        <translation>Prolonger la validité…</translation>
    </message>
    <message>
        <source>Resend e-mails</source>
        <translation>Renvoyer les e-mails</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reason for freezing these cards:</source>
        <translation>Motif du blocage de ces cartes :</translation>
    </message>
    <message>
        <source>Reason for voiding these cards (for good):</source>
        <translation>Motif de l’annulation de ces cartes (définitive) :</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message>
        <source>Choose the last day these cards may be used. Expired cards become usable again with their balance; cards that never expire, and cards that already run longer, are listed as refused.</source>
        <translation>Choisissez le dernier jour où ces cartes sont utilisables. Les cartes expirées redeviennent utilisables avec leur solde ; les cartes sans date d&apos;expiration et celles qui sont déjà valables plus longtemps sont listées comme refusées.</translation>
    </message>
    <message>
        <source>Select cards first, or choose all that match the filter.</source>
        <translation>Sélectionnez d’abord des cartes, ou choisissez toutes celles du filtre.</translation>
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
        <source>Print the cards as PDF</source>
        <translation>Imprimer les cartes en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Interrompu ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 cards printed to %2.</source>
        <translation>%1 cartes imprimées dans %2.</translation>
    </message>
    <message>
        <source>%1 cards written (codes masked).</source>
        <translation>%1 cartes écrites (codes masqués).</translation>
    </message>
    <message>
        <source>every card that matches the filter</source>
        <translation>toutes les cartes du filtre</translation>
    </message>
    <message numerus="yes">
        <source>%1 selected card(s)</source>
        <translation>
            <numerusform>%1 carte sélectionnée</numerusform>
            <numerusform>%1 cartes sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2?</source>
        <translation>%1 : %2 ?</translation>
    </message>
    <message>
        <source>Each card is changed on its own; cards the rules refuse are listed afterwards.</source>
        <translation>Chaque carte est modifiée séparément ; les cartes refusées par les règles sont listées ensuite.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message>
        <source>Done: %1. Refused: %2.</source>
        <translation>Faites : %1. Refusées : %2.</translation>
    </message>
    <message>
        <source>Cancelled: the other cards were not changed.</source>
        <translation>Interrompu : les autres cartes n’ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
    <name>CardCareScreen</name>
    <message>
        <source>Card frozen.</source>
        <translation>Carte bloquée.</translation>
    </message>
    <message>
        <source>Card unfrozen.</source>
        <translation>Carte débloquée.</translation>
    </message>
    <message>
        <source>Balance adjusted.</source>
        <translation>Solde corrigé.</translation>
    </message>
    <message>
        <source>Expiry extended.</source>
        <translation>Validité prolongée.</translation>
    </message>
    <message>
        <source>Card voided.</source>
        <translation>Carte annulée.</translation>
    </message>
    <message>
        <source>Balance moved to %1.</source>
        <translation>Solde transféré sur %1.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>CardCareView</name>
    <message>
        <source>Scan or type the code of the card to look after</source>
        <translation>Scannez ou saisissez le code de la carte à traiter</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
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
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Bloquer…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Extend expiry…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transférer…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>Card care</source>
        <translation>Suivi des cartes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
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
        <source>Choose the last day card %1 may be used. An expired card becomes usable again with its balance.</source>
        <translation>Choisissez le dernier jour où la carte %1 est utilisable. Une carte expirée redevient utilisable avec son solde.</translation>
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
        <source>Expiry extended.</source>
        <translation>Validité prolongée.</translation>
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
        <source>&amp;Extend expiry…</source>
        <translation>&amp;Prolonger…</translation>
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
    <name>CardEmailPanel</name>
    <message>
        <source>E-mail</source>
        <extracomment>The card changed (a corrected address): the detail reloads it.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <source>Another day…</source>
        <translation>Autre jour…</translation>
    </message>
    <message>
        <source>Cancel e-mail</source>
        <translation>Annuler l&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail on another day</source>
        <translation>E-mail un autre jour</translation>
    </message>
    <message>
        <source>The day to send it (YYYY-MM-DD), or empty for now:</source>
        <translation>Jour d&apos;envoi (AAAA-MM-JJ), vide pour maintenant :</translation>
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
        <source>Reinstatement</source>
        <translation>Réactivation</translation>
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
        <source>%1 of %2 lines are bad; nothing was imported.</source>
        <translation>%1 lignes sur %2 sont erronées ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>All %1 lines are good.</source>
        <translation>Les %1 lignes sont correctes.</translation>
    </message>
    <message>
        <source>Import cancelled, nothing was imported.</source>
        <translation>Import annulé, rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Dry run: all %1 cards in %2 would be imported; nothing was written.</source>
        <translation>Essai à blanc : les %1 cartes de %2 seraient importées ; rien n’a été écrit.</translation>
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
        <source>A CSV file with a code and an amount (balance, value) column, and optionally currency, expiry, recipient name and e-mail, message and reference. Columns are found by name; name any other column below. Every row is checked first: one bad row and nothing is imported.</source>
        <translation>Un fichier CSV avec une colonne de code et une de montant (solde, valeur), et au choix devise, expiration, nom et e-mail du destinataire, message et référence. Les colonnes sont reconnues par leur nom ; nommez toute autre colonne ci-dessous. Chaque ligne est d’abord vérifiée : une ligne erronée et rien n’est importé.</translation>
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
        <source>e.g. code=CardNo, amount=Amt, ignore=Notes</source>
        <translation>p. ex. code=NoCarte, amount=Montant, ignore=Remarques</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Chec&amp;k file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>&amp;Dry run: check everything, import nothing</source>
        <translation>Essai à &amp;blanc : tout vérifier, ne rien importer</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Importer des cartes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
    <name>ExpiryDialog</name>
    <message>
        <source>Extend expiry</source>
        <translation>Prolonger la validité</translation>
    </message>
    <message>
        <source>Usable until (last day)</source>
        <translation>Utilisable jusqu&apos;au (dernier jour)</translation>
    </message>
</context>
<context>
    <name>FailedEmailsScreen</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last tried</source>
        <translation>Dernier essai</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>E-mails en échec</translation>
    </message>
    <message>
        <source>The e-mail to %1 goes out again now.</source>
        <translation>L&apos;e-mail à %1 repart maintenant.</translation>
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
    <name>LinkWatch</name>
    <message>
        <source>The link is back: %1 operation(s) sent, %2 refused.</source>
        <extracomment>Milliseconds between two looks at the link. online, operations waiting in the outbox what the service answered to the operations replayed (a list of dicts) the link is up and the service knows nobody signed in here</extracomment>
        <translation>La liaison est revenue : %1 opération(s) envoyée(s), %2 refusée(s).</translation>
    </message>
    <message>
        <source>New card codes: %1.</source>
        <translation>Codes des nouvelles cartes : %1.</translation>
    </message>
    <message>
        <source>Refused (see the reconciliation queue): %1</source>
        <translation>Refusé (voir la file de rapprochement) : %1</translation>
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
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
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
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <source>The central service needs you to sign in again (the link is back, or your session ended).</source>
        <translation>Le service central vous demande de vous reconnecter (la liaison est rétablie, ou votre session a pris fin).</translation>
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
    <name>MarkPanel</name>
    <message>
        <source>Scan or type each card, then Enter</source>
        <translation>Scannez ou tapez chaque carte, puis Entrée</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Cards to mark</source>
        <translation>Cartes à marquer</translation>
    </message>
    <message>
        <source>Not marked, and why</source>
        <translation>Non marquées, et pourquoi</translation>
    </message>
    <message>
        <source>Mark the cards listed (%1) as %2?</source>
        <translation>Marquer les cartes de la liste (%1) comme %2 ?</translation>
    </message>
    <message>
        <source>Mark cards</source>
        <translation>Marquer des cartes</translation>
    </message>
    <message>
        <source>A card marked damaged or lost cannot be sold.</source>
        <translation>Une carte marquée endommagée ou perdue ne peut pas être vendue.</translation>
    </message>
    <message>
        <source>Marked: %1. Not marked: %2 (listed with the reason).</source>
        <translation>Marquées : %1. Non marquées : %2 (listées avec le motif).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Marquées : %1.</translation>
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
    <message>
        <source>A manager signs in at this till to do this.</source>
        <translation>Pour cela, un responsable se connecte à cette caisse.</translation>
    </message>
</context>
<context>
    <name>PayController</name>
    <message>
        <source>Goods</source>
        <translation>Marchandises</translation>
    </message>
    <message>
        <source>The till is offline: the sale is finished with the cards it holds and goes to the central service when the link is back.</source>
        <translation>La caisse est hors ligne : la vente est terminée avec les cartes réservées et part au service central dès le retour de la liaison.</translation>
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
        <source>Central: online</source>
        <translation>Central : en ligne</translation>
    </message>
    <message>
        <source>Central: online, sending %1</source>
        <translation>Central : en ligne, envoi de %1</translation>
    </message>
    <message>
        <source>Central: OFFLINE, %1 waiting</source>
        <translation>Central : HORS LIGNE, %1 en attente</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Scanner : %1</translation>
    </message>
</context>
<context>
    <name>ReceivePanel</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Cards on their way</source>
        <translation>Cartes en route</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Scan a card that did not arrive, then Enter (none: leave empty)</source>
        <translation>Scannez une carte non arrivée, puis Entrée (aucune : laisser vide)</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Received here lately</source>
        <translation>Reçus ici récemment</translation>
    </message>
    <message>
        <source>Did not arrive: %1</source>
        <translation>Non arrivées : %1</translation>
    </message>
    <message>
        <source>On their way to %1</source>
        <translation>En route vers %1</translation>
    </message>
    <message>
        <source>Receive the %1 cards of batch %2 at %3?</source>
        <translation>Réceptionner les %1 cartes du lot %2 à %3 ?</translation>
    </message>
    <message>
        <source>%1 cards did not arrive: they are marked lost.</source>
        <translation>%1 cartes ne sont pas arrivées : elles sont marquées perdues.</translation>
    </message>
    <message>
        <source>No card was scanned as missing: all of them arrive.</source>
        <translation>Aucune carte scannée comme manquante : toutes sont reçues.</translation>
    </message>
    <message>
        <source>Receive a batch</source>
        <translation>Réceptionner un lot</translation>
    </message>
    <message>
        <source>Received %1 cards of batch %2 at %3 (%4 missing).</source>
        <translation>%1 cartes du lot %2 reçues à %3 (%4 manquantes).</translation>
    </message>
</context>
<context>
    <name>ReconciliationScreen</name>
    <message>
        <source>Shortfall</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Show resolved items too</source>
        <translation>Afficher aussi les éléments réglés</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What was done about it (required)</source>
        <translation>Ce qui a été fait (obligatoire)</translation>
    </message>
    <message>
        <source>Resolve with this note</source>
        <translation>Régler avec cette note</translation>
    </message>
    <message>
        <source>Reconciliation queue</source>
        <translation>File de rapprochement</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Réglé : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Resolved by %1: %2</source>
        <translation>Réglé par %1 : %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Table</source>
        <extracomment>How the page&apos;s charts write their own words: in the app&apos;s language. Draws one chart onto a figure from the page&apos;s report pack. The height (pixels) from which charts and table are shown together.</extracomment>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Roll-forward</source>
        <translation>Report à nouveau</translation>
    </message>
    <message>
        <source>Breakage</source>
        <translation>Non-utilisation</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Journal CSV…</source>
        <translation>Journal CSV…</translation>
    </message>
    <message>
        <source>PDF pack…</source>
        <translation>Dossier PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>Stopped; the reports shown are unchanged.</source>
        <translation>Arrêté ; les rapports affichés restent inchangés.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Liability at month end</source>
        <translation>Passif en fin de mois</translation>
    </message>
    <message>
        <source>Movements in the period</source>
        <translation>Mouvements de la période</translation>
    </message>
    <message>
        <source>Share redeemed by age (cohorts)</source>
        <translation>Part utilisée selon l&apos;âge (cohortes)</translation>
    </message>
    <message>
        <source>Balances owed by age</source>
        <translation>Soldes dus par ancienneté</translation>
    </message>
    <message>
        <source>Who owes whom</source>
        <translation>Qui doit à qui</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Journal CSV</source>
        <translation>Journal CSV</translation>
    </message>
    <message>
        <source>PDF pack</source>
        <translation>Dossier PDF</translation>
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
        <source>E-mail (required)</source>
        <translation>E-mail (obligatoire)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>The till is offline: the sale is kept and goes to the central service when the link is back. New cards get their codes then.</source>
        <translation>La caisse est hors ligne : la vente est conservée et part au service central dès le retour de la liaison. Les nouvelles cartes recevront alors leur code.</translation>
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
        <source>Who the card is from</source>
        <translation>De la part de qui</translation>
    </message>
    <message>
        <source>At once, or a day: YYYY-MM-DD</source>
        <translation>Tout de suite, ou un jour : AAAA-MM-JJ</translation>
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
        <source>E-mail on</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Stored encrypted; never shown again</source>
        <translation>Enregistré chiffré ; jamais réaffiché</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Send a test to</source>
        <translation>Envoyer un test à</translation>
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
        <source>SMTP password set.</source>
        <translation>Mot de passe SMTP défini.</translation>
    </message>
    <message>
        <source>Test e-mail sent to %1.</source>
        <translation>E-mail de test envoyé à %1.</translation>
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
    <name>ShipPanel</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Stock room</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>Valeur faciale</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Send to store</source>
        <translation>Envoyer au magasin</translation>
    </message>
    <message>
        <source>Printed batches with cards in a stock room</source>
        <translation>Lots imprimés avec des cartes en réserve</translation>
    </message>
    <message>
        <source>Pick a batch and the store it goes to.</source>
        <translation>Choisissez un lot et le magasin de destination.</translation>
    </message>
    <message>
        <source>%1 cards of batch %2 will go from the stock room of %3 to %4.</source>
        <translation>%1 cartes du lot %2 partiront de la réserve de %3 vers %4.</translation>
    </message>
    <message>
        <source>Ship a batch</source>
        <translation>Expédier un lot</translation>
    </message>
    <message>
        <source>The cards are in transit until the store receives them.</source>
        <translation>Les cartes sont en transit jusqu&apos;à ce que le magasin les réceptionne.</translation>
    </message>
    <message>
        <source>Shipped %1 cards of batch %2 to %3: in transit until %3 receives them.</source>
        <translation>%1 cartes du lot %2 expédiées à %3 : en transit jusqu&apos;à ce que %3 les réceptionne.</translation>
    </message>
</context>
<context>
    <name>StockCountScreen</name>
    <message>
        <source>Scan each card on hand</source>
        <translation>Scannez chaque carte présente</translation>
    </message>
    <message>
        <source>Compare with the stock</source>
        <translation>Comparer avec le stock</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Missing: on hand by the books, not scanned</source>
        <translation>Manquantes : présentes selon le stock, non scannées</translation>
    </message>
    <message>
        <source>Unexpected: scanned, but not this store&apos;s stock</source>
        <translation>Inattendues : scannées, mais hors du stock de ce magasin</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>%1 cards expected here, %2 scanned, %3 scanned codes are no card.</source>
        <translation>%1 cartes attendues ici, %2 scannées, %3 codes scannés ne sont pas des cartes.</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>Scannées : %1</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Stock room</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>At store</source>
        <translation>Au magasin</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendues</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Mark damaged or lost</source>
        <translation>Marquer endommagées ou perdues</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
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
        <extracomment>A till of a chain: its credential file (``--central [FILE]``).</extracomment>
        <translation>Codes PIN de démo : %1</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <source>The till has not received its store&apos;s settings yet: it needs the link to the central service once.</source>
        <extracomment>Seconds between two health requests of an idle till that is online.</extracomment>
        <translation>La caisse n&apos;a pas encore reçu les réglages de son magasin : il lui faut une fois la liaison au service central.</translation>
    </message>
    <message>
        <source>The central service stopped answering before it confirmed this. The till will confirm it by itself when the link is back: do not repeat it.</source>
        <translation>Le service central a cessé de répondre avant de le confirmer. La caisse le confirmera d&apos;elle-même au retour de la connexion : ne le refaites pas.</translation>
    </message>
    <message>
        <source>The till is offline: this needs the link to the central service.</source>
        <translation>La caisse est hors ligne : il faut pour cela la liaison au service central.</translation>
    </message>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>Il n&apos;y a aucune vente avec le numéro de ticket %1.</translation>
    </message>
    <message>
        <source>No sale was completed at this till since it started: type the receipt number.</source>
        <translation>Aucune vente n&apos;a été conclue à cette caisse depuis son démarrage : saisissez le numéro de ticket.</translation>
    </message>
</context>
<context>
    <name>email</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Send the e-mail again</source>
        <translation>Renvoyer l&apos;e-mail</translation>
    </message>
    <message>
        <source>Send the card&apos;s e-mail now to:</source>
        <translation>Envoyer maintenant l&apos;e-mail de la carte à :</translation>
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
    <message>
        <source>activate</source>
        <translation>activer</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>load</source>
        <translation>recharger</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>rembourser</translation>
    </message>
    <message>
        <source>adjust</source>
        <translation>corriger le solde</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>bloquer</translation>
    </message>
    <message>
        <source>unfreeze</source>
        <translation>débloquer</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>faire expirer</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transférer</translation>
    </message>
    <message>
        <source>cash out</source>
        <translation>payer en espèces</translation>
    </message>
    <message>
        <source>check balance</source>
        <translation>consulter le solde</translation>
    </message>
    <message>
        <source>cashout</source>
        <translation>remboursement en espèces</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <source>view history</source>
        <translation>consulter l&apos;historique</translation>
    </message>
    <message>
        <source>redeem</source>
        <translation>encaisser une carte</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>vendre</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>print receipt</source>
        <translation>imprimer un ticket</translation>
    </message>
    <message>
        <source>cash out over limit</source>
        <translation>payer en espèces au-delà de la limite</translation>
    </message>
    <message>
        <source>manage stock</source>
        <translation>gérer le stock</translation>
    </message>
    <message>
        <source>activate away from stock</source>
        <translation>activer hors du stock</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>émettre des cartes</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>recharger</translation>
    </message>
    <message>
        <source>extend expiry</source>
        <translation>prolonger la validité</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>réimprimer</translation>
    </message>
    <message>
        <source>list cards</source>
        <translation>lister les cartes</translation>
    </message>
    <message>
        <source>void sale</source>
        <translation>annuler une vente</translation>
    </message>
    <message>
        <source>refund sale</source>
        <translation>rembourser une vente</translation>
    </message>
    <message>
        <source>report</source>
        <translation>consulter les rapports</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importer des cartes</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter des cartes</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>gérer le personnel</translation>
    </message>
    <message>
        <source>unlock staff</source>
        <translation>débloquer un employé</translation>
    </message>
    <message>
        <source>manage locations</source>
        <translation>gérer les magasins</translation>
    </message>
    <message>
        <source>manage products</source>
        <translation>gérer les produits</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>gérer les lots de cartes</translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation>gérer les paramètres</translation>
    </message>
    <message>
        <source>--cert {cert} with --key {key} cannot be used: {reason}.</source>
        <translation>--cert {cert} avec --key {key} est inutilisable : {reason}.</translation>
    </message>
    <message>
        <source>--limit is a whole number above zero.</source>
        <translation>--limit est un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>--port is 1-65535.</source>
        <translation>--port est compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>--send-email-every is 0 (off) to 86400 seconds.</source>
        <translation>--send-email-every va de 0 (désactivé) à 86400 secondes.</translation>
    </message>
    <message>
        <source>A PIN is 4 to {max_length} digits 0-9.</source>
        <translation>Un code PIN compte 4 à {max_length} chiffres (0 à 9).</translation>
    </message>
    <message>
        <source>A SKU is 1-40 letters, digits, - or _.</source>
        <translation>Une référence (SKU) compte 1 à 40 lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>A batch holds 1 to {max_batch:,} cards.</source>
        <translation>Un lot compte de 1 à {max_batch:,} cartes.</translation>
    </message>
    <message>
        <source>A bulk action takes {most:,} cards at most.</source>
        <translation>Une action groupée porte sur {most:,} cartes au plus.</translation>
    </message>
    <message>
        <source>A card may hold at most {amount} {currency}.</source>
        <translation>Une carte peut contenir au plus {amount} {currency}.</translation>
    </message>
    <message>
        <source>A card named missing is not one of this batch&apos;s cards on their way to this store.</source>
        <translation>Une carte déclarée manquante ne fait pas partie des cartes de ce lot en route vers ce magasin.</translation>
    </message>
    <message>
        <source>A card of this sale no longer exists.</source>
        <translation>Une carte de cette vente n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A card with the code ending {last4} already exists.</source>
        <translation>Une carte dont le code se termine par {last4} existe déjà.</translation>
    </message>
    <message>
        <source>A cash-out above {limit} needs a manager&apos;s approval.</source>
        <translation>Un remboursement en espèces au-delà de {limit} demande l&apos;accord d&apos;un responsable.</translation>
    </message>
    <message>
        <source>A category is 1-40 letters, digits, spaces, - or _.</source>
        <translation>Une catégorie compte 1 à 40 lettres, chiffres, espaces, - ou _.</translation>
    </message>
    <message>
        <source>A code prefix is 1-4 letters (not I, L, O or U).</source>
        <translation>Un préfixe de code compte 1 à 4 lettres (sauf I, L, O et U).</translation>
    </message>
    <message>
        <source>A custom range needs a minimum no larger than its maximum.</source>
        <translation>Pour une plage libre, le minimum ne doit pas dépasser le maximum.</translation>
    </message>
    <message>
        <source>A delivery date is at most {days} days ahead.</source>
        <translation>Une date d&apos;envoi est au plus à {days} jours.</translation>
    </message>
    <message>
        <source>A delivery date needs the recipient&apos;s e-mail.</source>
        <translation>Une date d&apos;envoi demande l&apos;e-mail du destinataire.</translation>
    </message>
    <message>
        <source>A filter is NAME=VALUE with NAME one of {names}; got {pair!r}.</source>
        <translation>Un filtre s’écrit NOM=VALEUR, NOM parmi {names} ; reçu {pair!r}.</translation>
    </message>
    <message>
        <source>A gift card cannot pay for a gift card.</source>
        <translation>Une carte cadeau ne peut pas servir à payer une carte cadeau.</translation>
    </message>
    <message>
        <source>A gift card code is text.</source>
        <translation>Un code de carte cadeau est un texte.</translation>
    </message>
    <message>
        <source>A gift card is sold for no fixed amount or between {low} and {high}.</source>
        <translation>Les cartes cadeaux se vendent sans montant fixe ou entre {low} et {high}.</translation>
    </message>
    <message>
        <source>A gift card is sold for {offered} or between {low} and {high}.</source>
        <translation>Les cartes cadeaux se vendent à {offered} ou entre {low} et {high}.</translation>
    </message>
    <message>
        <source>A gift card is sold for {offered}.</source>
        <translation>Les cartes cadeaux se vendent à {offered}.</translation>
    </message>
    <message>
        <source>A gift card sale needs at least one card.</source>
        <translation>Une vente de cartes cadeaux comprend au moins une carte.</translation>
    </message>
    <message>
        <source>A line needs a description.</source>
        <translation>Chaque ligne doit avoir une description.</translation>
    </message>
    <message>
        <source>A line&apos;s price must be above zero in {currency}.</source>
        <translation>Le prix d&apos;une ligne doit être supérieur à zéro en {currency}.</translation>
    </message>
    <message>
        <source>A mapping is FIELD=COLUMN; got {part!r}.</source>
        <translation>Une correspondance s’écrit CHAMP=COLONNE ; reçu {part!r}.</translation>
    </message>
    <message>
        <source>A message is at most {max_message} characters.</source>
        <translation>Un message compte au plus {max_message} caractères.</translation>
    </message>
    <message>
        <source>A name cannot hold line breaks or control characters.</source>
        <translation>Un nom ne peut contenir ni saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to 10000 cards.</source>
        <translation>Une page commence à 0 ou après et contient 1 à 10000 cartes.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to 10000 entries.</source>
        <translation>Une page commence à 0 ou après et contient 1 à 10000 écritures.</translation>
    </message>
    <message>
        <source>A product needs denominations, a custom range, or both.</source>
        <translation>Un produit a besoin de montants fixes, d&apos;une plage libre, ou des deux.</translation>
    </message>
    <message>
        <source>A product&apos;s amounts are above zero and in {currency}.</source>
        <translation>Les montants d&apos;un produit sont supérieurs à zéro et en {currency}.</translation>
    </message>
    <message>
        <source>A reason is required to void a sale.</source>
        <translation>Un motif est obligatoire pour annuler une vente.</translation>
    </message>
    <message>
        <source>A refund names either a captured hold or a card&apos;s code.</source>
        <translation>Un remboursement indique soit une réservation encaissée, soit le code d&apos;une carte.</translation>
    </message>
    <message>
        <source>A refund of a hold takes no reference.</source>
        <translation>Le remboursement d&apos;une réservation ne prend pas de référence.</translation>
    </message>
    <message>
        <source>A refund to a card</source>
        <translation>Un remboursement sur une carte</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>Une vente comprend au moins une ligne.</translation>
    </message>
    <message>
        <source>A sale of gift cards is undone by voiding it, not by a refund.</source>
        <translation>Une vente de cartes cadeaux s&apos;annule ; elle ne se rembourse pas.</translation>
    </message>
    <message>
        <source>A scan was cut off by the next one: scan again.</source>
        <translation>Un scan a été coupé par le suivant : scannez à nouveau.</translation>
    </message>
    <message>
        <source>A setting&apos;s value is text.</source>
        <translation>La valeur d&apos;un paramètre est un texte.</translation>
    </message>
    <message>
        <source>A staff name is 1-64 letters, digits, spaces, dots or hyphens.</source>
        <translation>Un nom d&apos;employé compte 1 à 64 lettres, chiffres, espaces, points ou traits d&apos;union.</translation>
    </message>
    <message>
        <source>A store code is 1-16 letters, digits, - or _.</source>
        <translation>Un code de magasin compte 1 à 16 lettres, chiffres, - ou _.</translation>
    </message>
    <message>
        <source>A store needs a name.</source>
        <translation>Un magasin doit avoir un nom.</translation>
    </message>
    <message>
        <source>A terminal name is 1-{max_name} printable characters.</source>
        <translation>Un nom de caisse compte 1 à {max_name} caractères imprimables.</translation>
    </message>
    <message>
        <source>A web shop&apos;s name is 1-{max_name} printable characters.</source>
        <translation>Le nom d&apos;une boutique en ligne compte 1 à {max_name} caractères imprimables.</translation>
    </message>
    <message>
        <source>A wedge prefix or suffix can hold only printable characters, Enter or Tab.</source>
        <translation>Le préfixe ou suffixe du scanner clavier ne peut contenir que des caractères imprimables, Entrée ou Tab.</translation>
    </message>
    <message>
        <source>A wedge scan must be at least one character, within its maximum.</source>
        <translation>Un scan au scanner clavier compte au moins un caractère, sans dépasser son maximum.</translation>
    </message>
    <message>
        <source>A {role} may not {action}: ask a {need}.</source>
        <translation>Le rôle « {role} » n&apos;autorise pas l&apos;action « {action} » : demandez à une personne ayant le rôle « {need} ».</translation>
    </message>
    <message>
        <source>A {role} may not {action}: ask an admin.</source>
        <translation>Le rôle « {role} » n&apos;autorise pas l&apos;action « {action} » : demandez à un administrateur.</translation>
    </message>
    <message>
        <source>A {role} needs a longer PIN than a {old_role}: give a new one.</source>
        <translation>Le rôle « {role} » exige un code PIN plus long que « {old_role} » : indiquez-en un nouveau.</translation>
    </message>
    <message>
        <source>A {status} card cannot be given a {op}.</source>
        <translation>Une carte à l&apos;état « {status} » n&apos;autorise pas l&apos;opération « {op} ».</translation>
    </message>
    <message>
        <source>A {status} card cannot become {new_status} by {op}.</source>
        <translation>Une carte à l&apos;état « {status} » ne peut pas passer à l&apos;état « {new_status} » par « {op} ».</translation>
    </message>
    <message>
        <source>A {what} is required.</source>
        <translation>Champ obligatoire : {what}.</translation>
    </message>
    <message>
        <source>Activating a card from the back office</source>
        <translation>L&apos;activation d&apos;une carte depuis la gestion</translation>
    </message>
    <message>
        <source>Adjusting a card</source>
        <translation>La correction d&apos;une carte</translation>
    </message>
    <message>
        <source>An SMTP password cannot hold line breaks.</source>
        <translation>Un mot de passe SMTP ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>An SMTP password is at most {limit} characters.</source>
        <translation>Un mot de passe SMTP fait au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>An e-mail header cannot hold line breaks or control characters.</source>
        <translation>Un en-tête d&apos;e-mail ne peut contenir ni saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>An exchange rate needs two different currencies.</source>
        <translation>Un taux de change porte sur deux devises différentes.</translation>
    </message>
    <message>
        <source>An idempotency key is 1-100 printable characters.</source>
        <translation>Une clé d&apos;idempotence compte 1 à 100 caractères imprimables.</translation>
    </message>
    <message>
        <source>An idempotency key is 1-{max_key} printable characters.</source>
        <translation>Une clé d&apos;idempotence compte 1 à {max_key} caractères imprimables.</translation>
    </message>
    <message>
        <source>An open sale holds part of this card: finish or cancel it first.</source>
        <translation>Une vente en cours réserve une partie de cette carte : terminez-la ou abandonnez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Another change to the same record was made at the same moment: try again.</source>
        <translation>Une autre modification du même enregistrement a eu lieu au même moment : réessayez.</translation>
    </message>
    <message>
        <source>At most {amount} can be refunded.</source>
        <translation>Le remboursement est limité à {amount}.</translation>
    </message>
    <message>
        <source>Cannot combine {first} and {second} amounts.</source>
        <translation>Impossible de combiner des montants en {first} et en {second}.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}: {reason}.</source>
        <translation>Impossible d&apos;écouter sur {host} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>Cannot sort by {sort!r}; use one of {options}.</source>
        <translation>Impossible de trier par {sort!r} ; choisissez parmi : {options}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {reason}.</source>
        <translation>Impossible d&apos;écrire {target} : {reason}.</translation>
    </message>
    <message>
        <source>Card {code} is not unsold stock.</source>
        <translation>La carte {code} n&apos;est pas du stock invendu.</translation>
    </message>
    <message>
        <source>Cards are marked damaged or lost, not {state!r}.</source>
        <translation>Les cartes sont marquées endommagées ou perdues, pas {state!r}.</translation>
    </message>
    <message>
        <source>Cash-out is off in this store for {currency} cards.</source>
        <translation>Le remboursement en espèces est désactivé dans ce magasin pour les cartes en {currency}.</translation>
    </message>
    <message>
        <source>Choose the scanner&apos;s serial port.</source>
        <translation>Choisissez le port série du scanner.</translation>
    </message>
    <message>
        <source>Code length must be between 8 and 32 symbols, not {length}.</source>
        <translation>La longueur du code doit être comprise entre 8 et 32 caractères, et non {length}.</translation>
    </message>
    <message>
        <source>Enter the amount to put on the card.</source>
        <translation>Saisissez le montant à charger sur la carte.</translation>
    </message>
    <message>
        <source>Exchange rate must be a positive number, got {rate}.</source>
        <translation>Le taux de change doit être un nombre positif, et non {rate}.</translation>
    </message>
    <message>
        <source>Expiring cards</source>
        <translation>L&apos;expiration de cartes</translation>
    </message>
    <message>
        <source>Expiry is 0 (never) to 36500 days.</source>
        <translation>La validité va de 0 (illimitée) à 36500 jours.</translation>
    </message>
    <message>
        <source>Feed the wedge detector one key at a time.</source>
        <translation>Transmettez les touches une par une au détecteur du scanner clavier.</translation>
    </message>
    <message>
        <source>Freezing a card</source>
        <translation>Le blocage d&apos;une carte</translation>
    </message>
    <message>
        <source>Gift cards are not accepted as payment in this store.</source>
        <translation>Ce magasin n&apos;accepte pas les cartes cadeaux comme moyen de paiement.</translation>
    </message>
    <message>
        <source>Gift cards are switched off in this store.</source>
        <translation>Les cartes cadeaux sont désactivées dans ce magasin.</translation>
    </message>
    <message>
        <source>Give at least one amount, e.g. 25.00 or USD 25.00.</source>
        <translation>Indiquez au moins un montant, par ex. 25.00 ou USD 25.00.</translation>
    </message>
    <message>
        <source>Give one amount for {cur}, not {count}.</source>
        <translation>Indiquez un seul montant pour {cur}, et non {count}.</translation>
    </message>
    <message>
        <source>Give the file to write with --to FILE.csv.</source>
        <translation>Indiquez le fichier à écrire avec --to FICHIER.csv.</translation>
    </message>
    <message>
        <source>Give the time zone, e.g. 2026-12-31T00:00:00+00:00.</source>
        <translation>Indiquez le fuseau horaire, par ex. 2026-12-31T00:00:00+00:00.</translation>
    </message>
    <message>
        <source>Issuing a card from the back office</source>
        <translation>L&apos;émission d&apos;une carte depuis la gestion</translation>
    </message>
    <message>
        <source>Lifetime is zero (never expires) or more days.</source>
        <translation>La durée de validité est de zéro (n&apos;expire jamais) ou plus de jours.</translation>
    </message>
    <message>
        <source>Money needs whole minor units, got {minor!r}.</source>
        <translation>Un montant s&apos;exprime en unités entières (centimes), et non {minor!r}.</translation>
    </message>
    <message>
        <source>Moving a card&apos;s balance to a new card</source>
        <translation>Le transfert du solde d&apos;une carte sur une nouvelle carte</translation>
    </message>
    <message>
        <source>Name a card by its code or by its id, not both.</source>
        <translation>Désignez une carte par son code ou par son identifiant, pas les deux.</translation>
    </message>
    <message>
        <source>Name at least one card.</source>
        <translation>Indiquez au moins une carte.</translation>
    </message>
    <message>
        <source>No amount was entered.</source>
        <translation>Aucun montant n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>No cards are selected.</source>
        <translation>Aucune carte n’est sélectionnée.</translation>
    </message>
    <message>
        <source>No card has the code ending {tail}.</source>
        <translation>Aucune carte n&apos;a de code se terminant par {tail}.</translation>
    </message>
    <message>
        <source>No card of this batch is in the stock room.</source>
        <translation>Aucune carte de ce lot n&apos;est en réserve.</translation>
    </message>
    <message>
        <source>No card of this batch is on its way to this store.</source>
        <translation>Aucune carte de ce lot n&apos;est en route vers ce magasin.</translation>
    </message>
    <message>
        <source>No exchange rate from {source} to {target} is set.</source>
        <translation>Aucun taux de change de {source} vers {target} n&apos;est défini.</translation>
    </message>
    <message>
        <source>No gift card amounts are set for {cur}: an admin sets denominations, or custom_min and custom_max, for {cur}.</source>
        <translation>Aucun montant de carte cadeau n&apos;est défini pour {cur} : un administrateur définit les montants fixes (denominations), ou custom_min et custom_max, pour {cur}.</translation>
    </message>
    <message>
        <source>No gift card has that code.</source>
        <translation>Aucune carte cadeau ne porte ce code.</translation>
    </message>
    <message>
        <source>No gift card has the code ending {last4}.</source>
        <translation>Aucune carte cadeau n&apos;a de code se terminant par {last4}.</translation>
    </message>
    <message>
        <source>No handler for {command}.</source>
        <translation>Aucun traitement prévu pour {command}.</translation>
    </message>
    <message>
        <source>No mail server is set: an admin sets smtp_host and email_sender_address first.</source>
        <translation>Aucun serveur de messagerie : un administrateur règle d&apos;abord smtp_host et email_sender_address.</translation>
    </message>
    <message>
        <source>No sale has the receipt number {receipt_number}.</source>
        <translation>Aucune vente ne porte le numéro de ticket {receipt_number}.</translation>
    </message>
    <message>
        <source>No staff member is called {name}.</source>
        <translation>Aucun employé ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>No terminal is called {name} at store {store}.</source>
        <translation>Le magasin {store} n&apos;a aucune caisse nommée {name}.</translation>
    </message>
    <message>
        <source>No terminal is called {name}.</source>
        <translation>Aucune caisse ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>No web shop is called {name} at {store}.</source>
        <translation>Le magasin {store} n&apos;a aucune boutique en ligne nommée {name}.</translation>
    </message>
    <message>
        <source>No web shop is called {name}.</source>
        <translation>Aucune boutique en ligne ne s&apos;appelle {name}.</translation>
    </message>
    <message>
        <source>No {label} is set for {currency}: an admin sets {key} for {currency} first.</source>
        <translation>« {label} » n&apos;est pas défini pour {currency} : un administrateur doit d&apos;abord définir {key} pour {currency}.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this till.</source>
        <translation>Personne n&apos;est connecté à cette caisse.</translation>
    </message>
    <message>
        <source>Not a command this version understands: {problem}</source>
        <translation>Cette version ne comprend pas cette commande : {problem}</translation>
    </message>
    <message>
        <source>Not a {kind} command this version understands.</source>
        <translation>Ce n&apos;est pas une commande {kind} que cette version comprend.</translation>
    </message>
    <message>
        <source>Not signed in at this terminal (or the session has ended): sign in again.</source>
        <translation>Non connecté à cette caisse (ou la session a pris fin) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Not signed in: sign in first (POST /v1/sessions).</source>
        <translation>Non connecté : connectez-vous d&apos;abord (POST /v1/sessions).</translation>
    </message>
    <message>
        <source>Nothing is left to pay.</source>
        <translation>Il ne reste rien à payer.</translation>
    </message>
    <message>
        <source>Only a completed sale with no refunds can be voided; this one is {sale_state}.</source>
        <translation>Seule une vente terminée sans remboursement peut être annulée ; celle-ci est « {sale_state} ».</translation>
    </message>
    <message>
        <source>Only a new e-card is e-mailed: a card in hand has no delivery date.</source>
        <translation>Seule une nouvelle carte électronique part par e-mail : une carte en main n&apos;a pas de date d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only a remainder under {threshold} is paid out in cash; this card holds {balance}.</source>
        <translation>Seul un solde inférieur à {threshold} est payé en espèces ; cette carte contient {balance}.</translation>
    </message>
    <message>
        <source>Only an admin can unlock {name}.</source>
        <translation>Seul un administrateur peut débloquer {name}.</translation>
    </message>
    <message>
        <source>Pending holds of open sales reserve part of this balance: it cannot go below what they hold.</source>
        <translation>Des ventes en cours réservent une partie de ce solde : il ne peut pas descendre sous le montant réservé.</translation>
    </message>
    <message>
        <source>Product {sku} is sold in {product_currency}, not {currency}.</source>
        <translation>Le produit {sku} se vend en {product_currency}, et non en {currency}.</translation>
    </message>
    <message>
        <source>Quantity is 1 to 9999.</source>
        <translation>La quantité va de 1 à 9999.</translation>
    </message>
    <message>
        <source>Refunding a sale</source>
        <translation>Le remboursement d&apos;une vente</translation>
    </message>
    <message>
        <source>Sales are made at a terminal of a store.</source>
        <translation>Les ventes se font à une caisse d&apos;un magasin.</translation>
    </message>
    <message>
        <source>Say what was done about it: a note of 1-1000 printable characters.</source>
        <translation>Indiquez ce qui a été fait : une note de 1 à 1000 caractères imprimables.</translation>
    </message>
    <message>
        <source>Say which currency {text!r} is in, e.g. USD 25.00.</source>
        <translation>Précisez la devise de {text!r}, par ex. USD 25.00.</translation>
    </message>
    <message>
        <source>Scope is all, issuing or a comma-separated list of store codes.</source>
        <translation>La portée est all, issuing ou une liste de codes de magasin séparés par des virgules.</translation>
    </message>
    <message>
        <source>Search text is at most 100 characters.</source>
        <translation>Le texte recherché compte au plus 100 caractères.</translation>
    </message>
    <message>
        <source>Several stores have a terminal called {name}: give --store CODE.</source>
        <translation>Plusieurs magasins ont une caisse nommée {name} : indiquez --store CODE.</translation>
    </message>
    <message>
        <source>Several stores have a web shop called {name}: give --store.</source>
        <translation>Plusieurs magasins ont une boutique en ligne nommée {name} : indiquez --store.</translation>
    </message>
    <message>
        <source>Store {store} already has a terminal called {name}.</source>
        <translation>Le magasin {store} a déjà une caisse nommée {name}.</translation>
    </message>
    <message>
        <source>Strategy is balance or replacement.</source>
        <translation>La stratégie est balance ou replacement.</translation>
    </message>
    <message>
        <source>TLS needs both --cert and --key.</source>
        <translation>TLS exige à la fois --cert et --key.</translation>
    </message>
    <message>
        <source>Text in the request holds a NUL character.</source>
        <translation>Un texte de la requête contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Text in the request is not valid Unicode.</source>
        <translation>Un texte de la requête n&apos;est pas de l&apos;Unicode valide.</translation>
    </message>
    <message>
        <source>That GIFTCARD: label carries no gift card code.</source>
        <translation>Cette étiquette GIFTCARD: ne contient aucun code de carte cadeau.</translation>
    </message>
    <message>
        <source>That amount is worth nothing in the card&apos;s currency.</source>
        <translation>Ce montant ne vaut rien dans la devise de la carte.</translation>
    </message>
    <message>
        <source>That card is not in this sale.</source>
        <translation>Cette carte ne fait pas partie de cette vente.</translation>
    </message>
    <message>
        <source>That code has {found} symbols after {prefix}; a card code has {length}.</source>
        <translation>Ce code a {found} caractères après {prefix} ; un code de carte en a {length}.</translation>
    </message>
    <message>
        <source>That code is mistyped: its check symbol does not match.</source>
        <translation>Ce code est mal saisi : son caractère de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>That enrolment code is not valid: it is wrong, was already used or has expired. An admin gives a new one with `posapp terminal code NAME`.</source>
        <translation>Ce code d&apos;enregistrement n&apos;est pas valable : il est erroné, a déjà servi ou a expiré. Un administrateur en crée un nouveau avec `posapp terminal code NAME`.</translation>
    </message>
    <message>
        <source>That gift card does not exist.</source>
        <translation>Cette carte cadeau n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That gift card link carries no gift card code.</source>
        <translation>Ce lien de carte cadeau ne contient aucun code de carte cadeau.</translation>
    </message>
    <message>
        <source>That gift card no longer exists.</source>
        <translation>Cette carte cadeau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>That is not a gift card code.</source>
        <translation>Ce n&apos;est pas un code de carte cadeau.</translation>
    </message>
    <message>
        <source>That is not a gift card code: it has characters no code has.</source>
        <translation>Ce n&apos;est pas un code de carte cadeau : il contient des caractères qu&apos;aucun code ne contient.</translation>
    </message>
    <message>
        <source>That item was already resolved.</source>
        <translation>Cet élément a déjà été traité.</translation>
    </message>
    <message>
        <source>That link is not a gift card link.</source>
        <translation>Ce lien n&apos;est pas un lien de carte cadeau.</translation>
    </message>
    <message>
        <source>That sale belongs to another store.</source>
        <translation>Cette vente appartient à un autre magasin.</translation>
    </message>
    <message>
        <source>That text is {length} characters long; at most {limit}.</source>
        <translation>Ce texte compte {length} caractères ; {limit} au plus.</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount must not be zero.</source>
        <translation>Le montant ne doit pas être nul.</translation>
    </message>
    <message>
        <source>The card ending {last4} has been used since: the sale cannot be voided.</source>
        <translation>La carte se terminant par {last4} a été utilisée depuis : la vente ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The card ending {last4} was voided since: refund that share another way.</source>
        <translation>La carte se terminant par {last4} a été annulée depuis : remboursez cette part autrement.</translation>
    </message>
    <message>
        <source>The card has only {available} available.</source>
        <translation>La carte n&apos;a que {available} de disponible.</translation>
    </message>
    <message>
        <source>The card holds only {balance}.</source>
        <translation>La carte ne contient que {balance}.</translation>
    </message>
    <message>
        <source>The central service answered {status} with no refusal it explains.</source>
        <translation>Le service central a répondu {status} sans expliquer de refus.</translation>
    </message>
    <message>
        <source>The central service answered {status} without JSON.</source>
        <translation>Le service central a répondu {status} sans JSON.</translation>
    </message>
    <message>
        <source>The central service at {url} cannot be reached ({reason}).</source>
        <translation>Le service central à l&apos;adresse {url} est injoignable ({reason}).</translation>
    </message>
    <message>
        <source>The central service at {url} did not answer within {timeout:g} s.</source>
        <translation>Le service central à l&apos;adresse {url} n&apos;a pas répondu en {timeout:g} s.</translation>
    </message>
    <message>
        <source>The central service stopped answering before it confirmed this. The till will confirm it by itself when the link is back: do not repeat it.</source>
        <translation>Le service central a cessé de répondre avant de le confirmer. La caisse le confirmera d&apos;elle-même au retour de la connexion : ne le refaites pas.</translation>
    </message>
    <message>
        <source>The database is busy with other work. Nothing was changed; try again in a moment.</source>
        <translation>La base de données est occupée par d&apos;autres opérations. Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is at {current}, this version needs {head}: run `posapp db upgrade` first.</source>
        <translation>Le schéma de la base de données est à {current}, cette version exige {head} : lancez d&apos;abord `posapp db upgrade`.</translation>
    </message>
    <message>
        <source>The delivery date {day} is in the past (today is {today} at the store).</source>
        <translation>La date d&apos;envoi {day} est passée (aujourd&apos;hui, au magasin : {today}).</translation>
    </message>
    <message>
        <source>The expiry job cannot run as of a time in the future; leave --now out to use now.</source>
        <translation>L&apos;expiration ne peut pas être traitée à une date future ; omettez --now pour utiliser l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>The export file name must end in .csv.</source>
        <translation>Le nom du fichier d&apos;export doit se terminer par .csv.</translation>
    </message>
    <message>
        <source>The field {name!r} is not in the form this service reads.</source>
        <translation>Le champ {name!r} n&apos;a pas la forme que ce service lit.</translation>
    </message>
    <message>
        <source>The field {name!r} must be text.</source>
        <translation>Le champ {name!r} doit être du texte.</translation>
    </message>
    <message>
        <source>The filter names {name} twice.</source>
        <translation>Le filtre nomme {name} deux fois.</translation>
    </message>
    <message>
        <source>The gift cards already cover the total: take no other payment.</source>
        <translation>Les cartes cadeaux couvrent déjà le total : n&apos;encaissez aucun autre paiement.</translation>
    </message>
    <message>
        <source>The goods this card may pay for are paid already.</source>
        <translation>Les articles que cette carte peut payer sont déjà réglés.</translation>
    </message>
    <message>
        <source>The hold on a card in this sale has lapsed: remove the card and scan it again.</source>
        <translation>La réservation d&apos;une carte de cette vente a expiré : retirez la carte et scannez-la à nouveau.</translation>
    </message>
    <message>
        <source>The key file holds keys of the wrong size.</source>
        <translation>Le fichier de clés contient des clés de mauvaise taille.</translation>
    </message>
    <message>
        <source>The key file is damaged: restore it from your backup.</source>
        <translation>Le fichier de clés est endommagé : restaurez-le depuis votre sauvegarde.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {reason}. Restore it from your backup, or copy the chain&apos;s key from another terminal with `posapp keys import FILE`.</source>
        <translation>Le fichier de clés {path} est inutilisable : {reason}. Restaurez-le depuis votre sauvegarde, ou copiez la clé de l&apos;enseigne depuis une autre caisse avec `posapp keys import FILE`.</translation>
    </message>
    <message>
        <source>The ledger fails verification: {problems:,} problems in {cards:,} cards and {entries:,} entries. Run `posapp ledger verify` to see where.</source>
        <translation>Le journal des cartes échoue à la vérification : {problems:,} problèmes sur {cards:,} cartes et {entries:,} écritures. Lancez `posapp ledger verify` pour voir où.</translation>
    </message>
    <message>
        <source>The lines do not add up to the total.</source>
        <translation>La somme des lignes ne correspond pas au total.</translation>
    </message>
    <message>
        <source>The mail server {server} did not take the test e-mail: {reason}</source>
        <translation>Le serveur de messagerie {server} n&apos;a pas accepté l&apos;e-mail de test : {reason}</translation>
    </message>
    <message>
        <source>The mapping names {name} twice.</source>
        <translation>La correspondance nomme {name} deux fois.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The same card is twice in this sale.</source>
        <translation>La même carte figure deux fois dans cette vente.</translation>
    </message>
    <message>
        <source>The scan holds characters a gift card code never has.</source>
        <translation>Le scan contient des caractères qu&apos;un code de carte cadeau n&apos;a jamais.</translation>
    </message>
    <message>
        <source>The scan was empty: scan the card again.</source>
        <translation>Le scan était vide : scannez à nouveau la carte.</translation>
    </message>
    <message>
        <source>The scanner on {port} cannot be opened ({problem}); retrying.</source>
        <translation>Impossible d&apos;ouvrir le scanner sur {port} ({problem}) ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The scanner on {port} did not stop in time.</source>
        <translation>Le scanner sur {port} ne s&apos;est pas arrêté à temps.</translation>
    </message>
    <message>
        <source>The scanner on {port} stopped answering ({problem}); retrying.</source>
        <translation>Le scanner sur {port} ne répond plus ({problem}) ; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The scanner sent bytes that are not text: scan again.</source>
        <translation>Le scanner a envoyé des données qui ne sont pas du texte : scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scanner sent far more than a gift card code: scan again.</source>
        <translation>Le scanner a envoyé bien plus qu&apos;un code de carte cadeau : scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scanner sent something that is not text.</source>
        <translation>Le scanner a envoyé quelque chose qui n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The scanner stopped in the middle of a scan: scan again.</source>
        <translation>Le scanner s&apos;est arrêté au milieu d&apos;un scan : scannez à nouveau.</translation>
    </message>
    <message>
        <source>The scanner suffix must be one or more bytes other than STX/ETX.</source>
        <translation>Le suffixe du scanner doit compter un ou plusieurs octets autres que STX/ETX.</translation>
    </message>
    <message>
        <source>The scanner&apos;s baud rate must be positive, not {value}.</source>
        <translation>Le débit en bauds du scanner doit être positif, et non {value}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s data bits must be 5 to 8, not {value}.</source>
        <translation>Les bits de données du scanner doivent aller de 5 à 8, et non {value}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s idle timeout must be more than zero seconds.</source>
        <translation>Le délai d&apos;inactivité du scanner doit dépasser zéro seconde.</translation>
    </message>
    <message>
        <source>The scanner&apos;s key gap must be more than zero seconds.</source>
        <translation>L&apos;intervalle entre touches du scanner doit dépasser zéro seconde.</translation>
    </message>
    <message>
        <source>The scanner&apos;s longest frame must be at least one byte.</source>
        <translation>La trame la plus longue du scanner doit compter au moins un octet.</translation>
    </message>
    <message>
        <source>The scanner&apos;s parity must be one of N, E, O, M, S, not {value!r}.</source>
        <translation>La parité du scanner doit être N, E, O, M ou S, et non {value!r}.</translation>
    </message>
    <message>
        <source>The scanner&apos;s retry delays must be positive, the least first.</source>
        <translation>Les délais de nouvelle tentative du scanner doivent être positifs, le plus court en premier.</translation>
    </message>
    <message>
        <source>The scanner&apos;s stop bits must be 1, 1.5 or 2, not {value}.</source>
        <translation>Les bits d&apos;arrêt du scanner doivent valoir 1, 1.5 ou 2, et non {value}.</translation>
    </message>
    <message>
        <source>The service at {url} showed a different certificate than the one this till pinned at enrolment: refused. If the certificate was replaced on purpose, enrol the till again.</source>
        <translation>Le service à l&apos;adresse {url} a présenté un autre certificat que celui que cette caisse a retenu à son enregistrement : refusé. Si le certificat a été remplacé volontairement, enregistrez de nouveau la caisse.</translation>
    </message>
    <message>
        <source>The service at {url} shows the certificate {seen}, not {wanted}: refused.</source>
        <translation>Le service à l&apos;adresse {url} présente le certificat {seen}, et non {wanted} : refusé.</translation>
    </message>
    <message>
        <source>The smallest custom amount ({smallest}) is above the largest ({largest}).</source>
        <translation>Le plus petit montant libre ({smallest}) dépasse le plus grand ({largest}).</translation>
    </message>
    <message>
        <source>The stored SMTP password cannot be read with this key file: set it again.</source>
        <translation>Le mot de passe SMTP enregistré est illisible avec ce fichier de clés : définissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The terminal {name!r} is not registered at store {store}: an admin adds it with `posapp terminal add NAME --store CODE`.</source>
        <translation>La caisse {name!r} n&apos;est pas enregistrée dans le magasin {store} : un administrateur l&apos;ajoute avec `posapp terminal add NAME --store CODE`.</translation>
    </message>
    <message>
        <source>The terminal {name!r} is not registered: an admin adds it with `posapp terminal add NAME --store CODE`.</source>
        <translation>La caisse {name!r} n&apos;est pas enregistrée : un administrateur l&apos;ajoute avec `posapp terminal add NAME --store CODE`.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service) and this store does not accept gift cards offline. Take another payment, or wait for the link.</source>
        <translation>La caisse est hors ligne (elle ne joint pas le service central) et ce magasin n&apos;accepte pas les cartes cadeaux hors ligne. Encaissez un autre paiement ou attendez la connexion.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service): a card&apos;s history needs the link. Try again when the till is back online.</source>
        <translation>La caisse est hors ligne (elle ne joint pas le service central) : l&apos;historique d&apos;une carte a besoin de la connexion. Réessayez quand la caisse est de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The till is offline (it cannot reach the central service): {what} needs the link. Try again when the till is back online.</source>
        <translation>La caisse est hors ligne (elle ne joint pas le service central) : «&#xa0;{what}&#xa0;» exige la connexion. Réessayez quand la caisse sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The till is offline and does not know this card: its balance cannot be checked until the link is back.</source>
        <translation>La caisse est hors ligne et ne connaît pas cette carte : son solde ne peut pas être consulté avant le retour de la connexion.</translation>
    </message>
    <message>
        <source>The till is offline and the reservation on this sale&apos;s cards has lapsed: take another payment, or wait for the link.</source>
        <translation>La caisse est hors ligne et la réservation sur les cartes de cette vente a expiré : encaissez un autre paiement ou attendez la connexion.</translation>
    </message>
    <message>
        <source>The till is offline and this sale&apos;s cards were not reserved while it was online: take another payment, or wait for the link.</source>
        <translation>La caisse est hors ligne et les cartes de cette vente n&apos;ont pas été réservées quand elle était en ligne : encaissez un autre paiement ou attendez la connexion.</translation>
    </message>
    <message>
        <source>The till is offline, so this card cannot be taken now: {reason}</source>
        <translation>La caisse est hors ligne, cette carte ne peut donc pas être acceptée maintenant : {reason}</translation>
    </message>
    <message>
        <source>The till is offline: an e-card with a delivery date waits for the link. Sell it to be e-mailed at once, or try again when the till is back online.</source>
        <translation>La caisse est hors ligne : une carte électronique avec une date d&apos;envoi attend la connexion. Vendez-la pour un envoi immédiat, ou réessayez quand la caisse sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The till is offline: only cash and card-terminal payments are taken until the link is back.</source>
        <translation>La caisse est hors ligne : seuls les paiements en espèces et par terminal de paiement sont acceptés jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>Unknown bulk action {action!r}; use one of {options}.</source>
        <translation>Action groupée inconnue {action!r} ; utilisez l’une de {options}.</translation>
    </message>
    <message>
        <source>Unknown columns in {file}: {columns}. Map them to a field or ignore them.</source>
        <translation>Colonnes inconnues dans {file} : {columns}. Associez-les à un champ ou ignorez-les.</translation>
    </message>
    <message>
        <source>Unknown field {name!r} in the mapping; use one of {fields}.</source>
        <translation>Champ inconnu {name!r} dans la correspondance ; utilisez l’un de {fields}.</translation>
    </message>
    <message>
        <source>{file} is too large for a list of card ids.</source>
        <translation>{file} est trop volumineux pour une liste d’identifiants de cartes.</translation>
    </message>
    <message>
        <source>{file} line {first}: {problem} ({count} such codes in the file).</source>
        <translation>{file} ligne {first} : {problem} ({count} codes de ce type dans le fichier).</translation>
    </message>
    <message>
        <source>{file} line {n}: {problem} ({count} bad lines in all; preview lists them).</source>
        <translation>{file} ligne {n} : {problem} ({count} lignes erronées en tout ; la vérification les liste).</translation>
    </message>
    <message>
        <source>{file} line {n}: {text!r} is not a card id.</source>
        <translation>{file} ligne {n} : {text!r} n’est pas un identifiant de carte.</translation>
    </message>
    <message>
        <source>{file} names a column twice.</source>
        <translation>{file} nomme une colonne deux fois.</translation>
    </message>
    <message>
        <source>{file} names no cards.</source>
        <translation>{file} ne nomme aucune carte.</translation>
    </message>
    <message>
        <source>An offline redemption is at most the store&apos;s offline limits (none for {currency}).</source>
        <translation>Un encaissement hors ligne ne dépasse pas les limites hors ligne du magasin (aucune pour {currency}).</translation>
    </message>
    <message>
        <source>The till is offline and {name} has not signed in here online within the offline window: they sign in when the link is back.</source>
        <translation>La caisse est hors ligne et {name} ne s&apos;est pas connecté(e) en ligne sur cette caisse pendant la fenêtre hors ligne : il pourra se connecter au retour de la connexion.</translation>
    </message>
    <message>
        <source>The till&apos;s time of an offline redemption must carry its time zone.</source>
        <translation>L&apos;heure de la caisse d&apos;un encaissement hors ligne doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <source>The {method} amount must be above zero in {currency}.</source>
        <translation>Le montant en « {method} » doit être supérieur à zéro en {currency}.</translation>
    </message>
    <message>
        <source>The {method} payment is more than is due.</source>
        <translation>Le paiement en « {method} » dépasse le montant dû.</translation>
    </message>
    <message>
        <source>The {what} is at most {limit} characters long.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>The {what} is too long (500 characters at most).</source>
        <translation>Trop long : {what} (500 caractères au plus).</translation>
    </message>
    <message>
        <source>There is already a product with the SKU {sku}.</source>
        <translation>Un produit avec la référence {sku} existe déjà.</translation>
    </message>
    <message>
        <source>There is already a staff member called {name}.</source>
        <translation>Un employé nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>There is already a store with the code {code}.</source>
        <translation>Un magasin avec le code {code} existe déjà.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no gift card product {sku}.</source>
        <translation>Il n&apos;existe pas de produit carte cadeau {sku}.</translation>
    </message>
    <message>
        <source>There is no reconciliation item {item!r} at this store.</source>
        <translation>Ce magasin n&apos;a aucun élément de rapprochement {item!r}.</translation>
    </message>
    <message>
        <source>There is no reconciliation item {item!r}.</source>
        <translation>Il n&apos;existe aucun élément de rapprochement {item!r}.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>La période doit finir après son début.</translation>
    </message>
    <message>
        <source>An approval is for one operation: send its key (1-100 characters).</source>
        <translation>Une approbation vaut pour une seule opération : envoyez sa clé (1 à 100 caractères).</translation>
    </message>
    <message>
        <source>At the counter a card shows its last {count} entries; a manager sees more.</source>
        <translation>À la caisse, une carte montre ses {count} dernières écritures ; un responsable en voit davantage.</translation>
    </message>
    <message>
        <source>The manager&apos;s approval is not valid here (or has run out): ask for it again.</source>
        <translation>L&apos;approbation du responsable n&apos;est pas valable ici (ou a expiré) : demandez-la de nouveau.</translation>
    </message>
    <message>
        <source>The till is offline: a manager&apos;s approval needs the link to the central service. Try again when the till is back online.</source>
        <translation>La caisse est hors ligne : l&apos;approbation d&apos;un responsable nécessite la liaison avec le service central. Réessayez quand la caisse sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>There is no command {name!r}.</source>
        <translation>Il n&apos;existe pas de commande {name!r}.</translation>
    </message>
    <message>
        <source>There is no permission {name!r}.</source>
        <translation>Il n&apos;existe pas d&apos;autorisation {name!r}.</translation>
    </message>
    <message>
        <source>A new expiry date goes with an extension, and only with one.</source>
        <translation>Une nouvelle date d&apos;expiration va avec une prolongation, et seulement avec elle.</translation>
    </message>
    <message>
        <source>--workers is 1-{most}.</source>
        <translation>--workers vaut de 1 à {most}.</translation>
    </message>
    <message>
        <source>--workers {workers} may open {needed} database connections ({each} each) and the database allows {allowed}: use fewer workers or raise max_connections.</source>
        <translation>--workers {workers} peut ouvrir {needed} connexions à la base de données ({each} chacun) et la base en permet {allowed} : prenez moins de processus ou augmentez max_connections.</translation>
    </message>
    <message>
        <source>An expiry can be moved to {latest} at the latest.</source>
        <translation>L&apos;expiration peut être reportée au {latest} au plus tard.</translation>
    </message>
    <message>
        <source>Extending a card&apos;s expiry</source>
        <translation>La prolongation de la validité d&apos;une carte</translation>
    </message>
    <message>
        <source>Give the new last day as YYYY-MM-DD, e.g. 2027-12-31.</source>
        <translation>Indiquez le nouveau dernier jour au format YYYY-MM-DD, par ex. 2027-12-31.</translation>
    </message>
    <message>
        <source>The card already runs until {current}: the new expiry must be later.</source>
        <translation>La carte est déjà valable jusqu&apos;au {current} : la nouvelle expiration doit être plus tardive.</translation>
    </message>
    <message>
        <source>The new expiry must be in the future.</source>
        <translation>La nouvelle expiration doit être dans le futur.</translation>
    </message>
    <message>
        <source>There is no store with the code {code}.</source>
        <translation>Aucun magasin n&apos;a le code {code}.</translation>
    </message>
    <message>
        <source>There is no store yet: add one with `posapp location add`.</source>
        <translation>Il n&apos;y a encore aucun magasin : ajoutez-en un avec `posapp location add`.</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>Ce lot de cartes n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such card.</source>
        <translation>Cette carte n’existe pas.</translation>
    </message>
    <message>
        <source>There is no such sale.</source>
        <translation>Cette vente n&apos;existe pas.</translation>
    </message>
    <message>
        <source>These cards are in {currency}, not {given}.</source>
        <translation>Ces cartes sont en {currency}, et non en {given}.</translation>
    </message>
    <message>
        <source>This batch is not printed yet: print its cards before shipping them.</source>
        <translation>Ce lot n&apos;est pas encore imprimé : imprimez ses cartes avant de les expédier.</translation>
    </message>
    <message>
        <source>This card can be used only in: {stores}.</source>
        <translation>Cette carte n&apos;est utilisable que dans : {stores}.</translation>
    </message>
    <message>
        <source>This card can only be used in the store that sold it.</source>
        <translation>Cette carte n&apos;est utilisable que dans le magasin qui l&apos;a vendue.</translation>
    </message>
    <message>
        <source>This card has a face value: activate it with that amount.</source>
        <translation>Cette carte a une valeur faciale : activez-la avec ce montant.</translation>
    </message>
    <message>
        <source>This card has been voided.</source>
        <translation>Cette carte a été annulée.</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message>
        <source>This card has no balance left.</source>
        <translation>Cette carte n&apos;a plus de solde.</translation>
    </message>
    <message>
        <source>This card has no balance to move to a new card.</source>
        <translation>Cette carte n&apos;a pas de solde à transférer sur une nouvelle carte.</translation>
    </message>
    <message>
        <source>This card has no e-mail waiting to be sent (a sent or failed one is resent).</source>
        <translation>Aucun e-mail n&apos;attend pour cette carte (un e-mail envoyé ou en échec se renvoie).</translation>
    </message>
    <message>
        <source>This card has no recipient e-mail: give the address to send to.</source>
        <translation>Cette carte n&apos;a pas d&apos;e-mail de destinataire : indiquez l&apos;adresse.</translation>
    </message>
    <message>
        <source>This card has not reached its expiry date.</source>
        <translation>Cette carte n&apos;a pas encore atteint sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>This card is already active.</source>
        <translation>Cette carte est déjà active.</translation>
    </message>
    <message>
        <source>This card is already frozen.</source>
        <translation>Cette carte est déjà bloquée.</translation>
    </message>
    <message>
        <source>This card is frozen.</source>
        <translation>Cette carte est bloquée.</translation>
    </message>
    <message>
        <source>This card is in {card_currency}; the drawer pays out {currency} only.</source>
        <translation>Cette carte est en {card_currency} ; la caisse ne paie qu&apos;en {currency}.</translation>
    </message>
    <message>
        <source>This card is in {currency}, the store sells in {store_currency}.</source>
        <translation>Cette carte est en {currency}, le magasin vend en {store_currency}.</translation>
    </message>
    <message>
        <source>This card is in {currency}.</source>
        <translation>Cette carte est en {currency}.</translation>
    </message>
    <message>
        <source>This card is not activated yet.</source>
        <translation>Cette carte n&apos;est pas encore activée.</translation>
    </message>
    <message>
        <source>This card is not frozen.</source>
        <translation>Cette carte n&apos;est pas bloquée.</translation>
    </message>
    <message>
        <source>This card is not in this store&apos;s stock ({state}): a manager may activate it.</source>
        <translation>Cette carte n&apos;est pas dans le stock de ce magasin ({state}) : un responsable peut l&apos;activer.</translation>
    </message>
    <message>
        <source>This card is voided: its e-mail is not sent again.</source>
        <translation>Cette carte est annulée : son e-mail n&apos;est pas renvoyé.</translation>
    </message>
    <message>
        <source>This card never expires: there is no expiry to extend.</source>
        <translation>Cette carte n&apos;expire jamais : il n&apos;y a pas d&apos;expiration à prolonger.</translation>
    </message>
    <message>
        <source>This card pays only for: {categories}.</source>
        <translation>Cette carte ne sert qu&apos;à payer : {categories}.</translation>
    </message>
    <message>
        <source>This card&apos;s stored code cannot be decrypted with this key file.</source>
        <translation>Le code enregistré de cette carte ne peut pas être déchiffré avec ce fichier de clés.</translation>
    </message>
    <message>
        <source>This database is already set up; use `posapp db upgrade`.</source>
        <translation>Cette base de données est déjà installée ; utilisez `posapp db upgrade`.</translation>
    </message>
    <message>
        <source>This endpoint runs {kind}, not {given!r}.</source>
        <translation>Ce point d&apos;accès exécute {kind}, et non {given!r}.</translation>
    </message>
    <message>
        <source>This idempotency key was already used for a different operation.</source>
        <translation>Cette clé d&apos;idempotence a déjà servi pour une autre opération.</translation>
    </message>
    <message>
        <source>This key&apos;s hold was refused or released: a new hold needs a new key.</source>
        <translation>La réservation de cette clé a été refusée ou levée : une nouvelle réservation exige une nouvelle clé.</translation>
    </message>
    <message>
        <source>This operation</source>
        <translation>Cette opération</translation>
    </message>
    <message>
        <source>This role&apos;s PIN must have at least {min_length} digits.</source>
        <translation>Le code PIN de ce rôle doit compter au moins {min_length} chiffres.</translation>
    </message>
    <message>
        <source>This sale is in {currency}.</source>
        <translation>Cette vente est en {currency}.</translation>
    </message>
    <message>
        <source>This sale is {sale_state}.</source>
        <translation>Cette vente est « {sale_state} ».</translation>
    </message>
    <message>
        <source>This sale is {sale_state}: only completed sales are refunded.</source>
        <translation>Cette vente est « {sale_state} » : seules les ventes terminées sont remboursées.</translation>
    </message>
    <message>
        <source>This store does not allow a message on gift cards.</source>
        <translation>Ce magasin n&apos;autorise pas de message sur les cartes cadeaux.</translation>
    </message>
    <message>
        <source>This store does not take gift cards offline.</source>
        <translation>Ce magasin n&apos;accepte pas les cartes cadeaux hors ligne.</translation>
    </message>
    <message>
        <source>This store needs the recipient&apos;s e-mail for an e-card.</source>
        <translation>Ce magasin exige l&apos;e-mail du destinataire pour une e-carte.</translation>
    </message>
    <message>
        <source>This store sends e-cards at once: it offers no delivery date.</source>
        <translation>Ce magasin envoie les cartes électroniques tout de suite : il ne propose pas de date d&apos;envoi.</translation>
    </message>
    <message>
        <source>This tender was not paid with a gift card.</source>
        <translation>Ce paiement n&apos;a pas été fait avec une carte cadeau.</translation>
    </message>
    <message>
        <source>This terminal has no sale yet.</source>
        <translation>Cette caisse n&apos;a encore aucune vente.</translation>
    </message>
    <message>
        <source>This terminal&apos;s credential is not valid (missing, wrong or revoked): an admin gives a new enrolment code with `posapp terminal code NAME`.</source>
        <translation>L&apos;identifiant de cette caisse n&apos;est pas valable (absent, erroné ou révoqué) : un administrateur crée un nouveau code d&apos;enregistrement avec `posapp terminal code NAME`.</translation>
    </message>
    <message>
        <source>This terminal&apos;s key file is not the key this database was set up with: its cards could not be found or read. Install the chain&apos;s key file (`posapp keys import FILE`).</source>
        <translation>Le fichier de clés de cette caisse n&apos;est pas la clé avec laquelle cette base a été installée : ses cartes ne pourraient être ni trouvées ni lues. Installez le fichier de clés de l&apos;enseigne (`posapp keys import FILE`).</translation>
    </message>
    <message>
        <source>This web shop key is not valid (missing, wrong or revoked): an admin creates a new one with `posapp webshop key add`.</source>
        <translation>Cette clé de boutique en ligne n&apos;est pas valable (absente, erronée ou révoquée) : un administrateur en crée une nouvelle avec `posapp webshop key add`.</translation>
    </message>
    <message>
        <source>Too many unknown or mistyped codes on this terminal: wait a minute and try again.</source>
        <translation>Trop de codes inconnus ou mal saisis sur cette caisse : attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: wait {wait} seconds before trying again.</source>
        <translation>Trop de codes PIN erronés : attendez {wait} secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>Too many wrong enrolment codes from this address: try again in {minutes} minutes.</source>
        <translation>Trop de codes d&apos;enregistrement erronés depuis cette adresse : réessayez dans {minutes} minutes.</translation>
    </message>
    <message>
        <source>Unfreezing a card</source>
        <translation>Le déblocage d&apos;une carte</translation>
    </message>
    <message>
        <source>Unknown field(s) {fields}.</source>
        <translation>Champ(s) inconnu(s) {fields}.</translation>
    </message>
    <message>
        <source>Unknown locale {locale!r}: use a code such as en_US.</source>
        <translation>Paramètres régionaux {locale!r} inconnus : utilisez un code comme fr_FR.</translation>
    </message>
    <message>
        <source>Unknown role {text!r}: use cashier, manager or admin.</source>
        <translation>Rôle {text!r} inconnu : utilisez cashier, manager ou admin.</translation>
    </message>
    <message>
        <source>Unknown setting {key!r}. Known: {known}.</source>
        <translation>Paramètre {key!r} inconnu. Paramètres connus : {known}.</translation>
    </message>
    <message>
        <source>Unknown status {status!r}.</source>
        <translation>État {status!r} inconnu.</translation>
    </message>
    <message>
        <source>Voiding a card</source>
        <translation>L&apos;annulation d&apos;une carte</translation>
    </message>
    <message>
        <source>Voiding a sale</source>
        <translation>L&apos;annulation d&apos;une vente</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Nom ou code PIN incorrect.</translation>
    </message>
    <message>
        <source>at another store</source>
        <translation>dans un autre magasin</translation>
    </message>
    <message>
        <source>at most {room} more may be taken from this card offline.</source>
        <translation>au plus {room} peuvent encore être prélevés sur cette carte hors ligne.</translation>
    </message>
    <message>
        <source>card_id is not a card id.</source>
        <translation>card_id n&apos;est pas un identifiant de carte.</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>ailleurs</translation>
    </message>
    <message>
        <source>gift_codes maps card ids to codes.</source>
        <translation>gift_codes associe des identifiants de carte à des codes.</translation>
    </message>
    <message>
        <source>hold is the id a hold request answered.</source>
        <translation>hold est l&apos;identifiant renvoyé par une demande de réservation.</translation>
    </message>
    <message>
        <source>in another store&apos;s stock room</source>
        <translation>dans la réserve d&apos;un autre magasin</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>il est illisible ({reason})</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n&apos;existe pas</translation>
    </message>
    <message>
        <source>it does not exist, and this database is already in use</source>
        <translation>il n&apos;existe pas, et cette base de données est déjà utilisée</translation>
    </message>
    <message>
        <source>it has been offline too long to take cards; wait for the link.</source>
        <translation>elle est hors ligne depuis trop longtemps pour accepter des cartes ; attendez la connexion.</translation>
    </message>
    <message>
        <source>it has more fields than the header</source>
        <translation>elle a plus de champs que l&apos;en-tête</translation>
    </message>
    <message>
        <source>it is damaged (not a GiftPOS key file)</source>
        <translation>il est endommagé (ce n&apos;est pas un fichier de clés GiftPOS)</translation>
    </message>
    <message>
        <source>it is damaged (not text)</source>
        <translation>il est endommagé (ce n&apos;est pas du texte)</translation>
    </message>
    <message>
        <source>it is far too large to be a key file</source>
        <translation>il est bien trop volumineux pour un fichier de clés</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>last is a whole number of entries, 1-500.</source>
        <translation>last est un nombre entier d&apos;écritures, de 1 à 500.</translation>
    </message>
    <message>
        <source>marked damaged</source>
        <translation>marquée endommagée</translation>
    </message>
    <message>
        <source>marked lost</source>
        <translation>marquée perdue</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>no offline limits are set for {currency}.</source>
        <translation>aucune limite hors ligne n&apos;est définie pour {currency}.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>others may read it (mode {mode:04o}; run chmod 600)</source>
        <translation>d&apos;autres peuvent le lire (mode {mode:04o} ; lancez chmod 600)</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>moyen de paiement</translation>
    </message>
    <message>
        <source>purchaser email</source>
        <translation>e-mail de l&apos;acheteur</translation>
    </message>
    <message>
        <source>purchaser name</source>
        <translation>nom de l&apos;acheteur</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>recipient email</source>
        <translation>e-mail du destinataire</translation>
    </message>
    <message>
        <source>recipient name</source>
        <translation>nom du destinataire</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>since is a sequence number (a whole number, 0 or more).</source>
        <translation>since est un numéro de séquence (un nombre entier, 0 ou plus).</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendue</translation>
    </message>
    <message>
        <source>the card can only be used in the store that sold it.</source>
        <translation>la carte n&apos;est utilisable que dans le magasin qui l&apos;a vendue.</translation>
    </message>
    <message>
        <source>the card cannot be used at this store.</source>
        <translation>la carte n&apos;est pas utilisable dans ce magasin.</translation>
    </message>
    <message>
        <source>the card had {available} available.</source>
        <translation>la carte avait {available} de disponible.</translation>
    </message>
    <message>
        <source>the card is in {currency}.</source>
        <translation>la carte est en {currency}.</translation>
    </message>
    <message>
        <source>the card was {status} when the till last saw it.</source>
        <translation>la carte était «&#xa0;{status}&#xa0;» quand la caisse l&apos;a vue pour la dernière fois.</translation>
    </message>
    <message>
        <source>this till does not know the card. Take another payment.</source>
        <translation>cette caisse ne connaît pas la carte. Encaissez un autre paiement.</translation>
    </message>
    <message>
        <source>this till may take at most {room} more from cards offline.</source>
        <translation>cette caisse peut encore prélever au plus {room} sur des cartes hors ligne.</translation>
    </message>
    <message>
        <source>{amount} is above the largest card balance ({ceiling}): no card could be sold for it.</source>
        <translation>{amount} dépasse le solde maximal d&apos;une carte ({ceiling}) : aucune carte ne pourrait être vendue à ce montant.</translation>
    </message>
    <message>
        <source>{amount} {currency} is still due.</source>
        <translation>Il reste {amount} {currency} à payer.</translation>
    </message>
    <message>
        <source>{currency!r} is not a circulating currency: use an ISO 4217 code such as USD.</source>
        <translation>{currency!r} n&apos;est pas une devise en circulation : utilisez un code ISO 4217 comme EUR.</translation>
    </message>
    <message>
        <source>{currency!r} is not a currency code such as USD.</source>
        <translation>{currency!r} n&apos;est pas un code de devise comme USD.</translation>
    </message>
    <message>
        <source>{cur} is given twice.</source>
        <translation>{cur} est indiqué deux fois.</translation>
    </message>
    <message>
        <source>{email!r} is not an e-mail address.</source>
        <translation>{email!r} n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>{file} has more than {max_rows:,} rows; split it.</source>
        <translation>{file} compte plus de {max_rows:,} lignes ; scindez-le.</translation>
    </message>
    <message>
        <source>{file} has no cards.</source>
        <translation>{file} ne contient aucune carte.</translation>
    </message>
    <message>
        <source>{file} has no column {column!r}.</source>
        <translation>{file} n’a pas de colonne {column!r}.</translation>
    </message>
    <message>
        <source>{file} is larger than 50 MB.</source>
        <translation>{file} dépasse 50 Mo.</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file.</source>
        <translation>{file} n&apos;est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a valid CSV file: {problem}.</source>
        <translation>{file} n&apos;est pas un fichier CSV valide : {problem}.</translation>
    </message>
    <message>
        <source>{file} needs the columns code and amount (missing: {columns}).</source>
        <translation>{file} doit contenir les colonnes code et amount (manquant : {columns}).</translation>
    </message>
    <message>
        <source>{file}: columns {first!r} and {second!r} both hold the {name}; map one.</source>
        <translation>{file} : les colonnes {first!r} et {second!r} contiennent toutes deux {name} ; associez-en une.</translation>
    </message>
    <message>
        <source>{header} is a count of operations.</source>
        <translation>{header} est un nombre d&apos;opérations.</translation>
    </message>
    <message>
        <source>{header} is the operation&apos;s time with its time zone (ISO 8601).</source>
        <translation>{header} est l&apos;heure de l&apos;opération avec son fuseau horaire (ISO 8601).</translation>
    </message>
    <message>
        <source>{method} is not accepted for this sale.</source>
        <translation>« {method} » n&apos;est pas accepté pour cette vente.</translation>
    </message>
    <message>
        <source>{name!r} is not a time zone, e.g. Europe/Berlin.</source>
        <translation>{name!r} n&apos;est pas un fuseau horaire, p. ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>{name} is a web shop, not a till: it uses its API key.</source>
        <translation>{name} est une boutique en ligne, pas une caisse : elle utilise sa clé d&apos;API.</translation>
    </message>
    <message>
        <source>{name} is locked after too many wrong PINs: a manager or admin must unlock them (`posapp staff unlock {name}`).</source>
        <translation>{name} est bloqué après trop de codes PIN erronés : un responsable ou un administrateur doit le débloquer (`posapp staff unlock {name}`).</translation>
    </message>
    <message>
        <source>{name} is the last active admin: add another admin first.</source>
        <translation>{name} est le dernier administrateur actif : ajoutez d&apos;abord un autre administrateur.</translation>
    </message>
    <message>
        <source>{name} may no longer approve this.</source>
        <translation>{name} ne peut plus approuver ceci.</translation>
    </message>
    <message>
        <source>{path} already exists; a key file is never overwritten.</source>
        <translation>{path} existe déjà ; un fichier de clés n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>{path} already holds another key; a key file is never overwritten.</source>
        <translation>{path} contient déjà une autre clé ; un fichier de clés n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} does not exist: enrol this till with `posapp terminal enroll URL CODE`.</source>
        <translation>{path} n&apos;existe pas : enregistrez cette caisse avec `posapp terminal enroll URL CODE`.</translation>
    </message>
    <message>
        <source>{path} is not a PEM certificate: {reason}</source>
        <translation>{path} n&apos;est pas un certificat PEM : {reason}</translation>
    </message>
    <message>
        <source>{path} is not a till&apos;s credential file ({reason}).</source>
        <translation>{path} n&apos;est pas un fichier d&apos;identifiant de caisse ({reason}).</translation>
    </message>
    <message>
        <source>{path} is too large to be a till&apos;s credential file.</source>
        <translation>{path} est trop volumineux pour être un fichier d&apos;identifiant de caisse.</translation>
    </message>
    <message>
        <source>{path} may be read by others (run chmod 600): its credential acts as this till.</source>
        <translation>{path} peut être lu par d&apos;autres (lancez chmod 600) : son identifiant agit au nom de cette caisse.</translation>
    </message>
    <message>
        <source>{setting} not changed: {reason}</source>
        <translation>« {setting} » non modifié : {reason}</translation>
    </message>
    <message>
        <source>{text!r} has an empty amount.</source>
        <translation>{text!r} a un montant vide.</translation>
    </message>
    <message>
        <source>{text!r} is not a bulk action id (a UUID).</source>
        <translation>{text!r} n’est pas un identifiant d’action groupée (un UUID).</translation>
    </message>
    <message>
        <source>{text!r} is not a comma-separated list of method names.</source>
        <translation>{text!r} n&apos;est pas une liste de moyens de paiement séparés par des virgules.</translation>
    </message>
    <message>
        <source>{text!r} is not a date</source>
        <translation>{text!r} n&apos;est pas une date</translation>
    </message>
    <message>
        <source>{text!r} is not a date such as 2026-11-21.</source>
        <translation>{text!r} n&apos;est pas une date comme 2026-11-21.</translation>
    </message>
    <message>
        <source>{text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>{text!r} n&apos;est pas une date : écrivez AAAA-MM-JJ, p. ex. 2026-12-24.</translation>
    </message>
    <message>
        <source>{text!r} is not a number of days from 1 to {most:,}.</source>
        <translation>{text!r} n&apos;est pas un nombre de jours de 1 à {most:,}.</translation>
    </message>
    <message>
        <source>{text!r} is not a sale id.</source>
        <translation>{text!r} n&apos;est pas un identifiant de vente.</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number from {low} to {high}.</source>
        <translation>{text!r} n&apos;est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>{text!r} is not all, issuing or a list of store codes.</source>
        <translation>{text!r} n&apos;est ni all, ni issuing, ni une liste de codes de magasin.</translation>
    </message>
    <message>
        <source>{text!r} is not an ISO 8601 time such as 2026-12-31T00:00:00Z.</source>
        <translation>{text!r} n&apos;est pas une heure ISO 8601 comme 2026-12-31T00:00:00Z.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount.</source>
        <translation>{text!r} n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>{text!r} is not an amount: write it like 12.50.</source>
        <translation>{text!r} n&apos;est pas un montant : écrivez-le comme 12.50.</translation>
    </message>
    <message>
        <source>{text!r} is not an exchange rate: write it like 0.9215.</source>
        <translation>{text!r} n&apos;est pas un taux de change : écrivez-le comme 0.9215.</translation>
    </message>
    <message>
        <source>{text!r} is not one of {options}.</source>
        <translation>{text!r} ne fait pas partie de : {options}.</translation>
    </message>
    <message>
        <source>{text!r} is not yes or no.</source>
        <translation>{text!r} n&apos;est ni yes ni no.</translation>
    </message>
    <message>
        <source>{text} has more than {rate_decimals} decimals: round the rate.</source>
        <translation>{text} a plus de {rate_decimals} décimales : arrondissez le taux.</translation>
    </message>
    <message>
        <source>{text} is above the maximum of {maximum}.</source>
        <translation>{text} dépasse le maximum de {maximum}.</translation>
    </message>
    <message>
        <source>{text} is negative: the amount must be above zero.</source>
        <translation>{text} est négatif : le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>{text} is not a usable exchange rate: use {rate_min} to {rate_max}.</source>
        <translation>{text} n&apos;est pas un taux de change utilisable : utilisez {rate_min} à {rate_max}.</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} est trop grand.</translation>
    </message>
    <message>
        <source>{url!r} is not a URL.</source>
        <translation>{url!r} n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>{url!r}: the central service is reached over https://HOST:PORT.</source>
        <translation>{url!r} : le service central se joint par https://HOST:PORT.</translation>
    </message>
    <message>
        <source>{value!r} is not a batch id.</source>
        <translation>{value!r} n&apos;est pas un identifiant de lot.</translation>
    </message>
    <message>
        <source>{value} has more than {exp} decimal place(s) for {currency}.</source>
        <translation>{value} a plus de {exp} décimale(s) pour {currency}.</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}.</source>
        <translation>{value} est hors de la plage {low} à {high}.</translation>
    </message>
    <message>
        <source>{variable}={value!r}: use &apos;read committed&apos; or &apos;serializable&apos;.</source>
        <translation>{variable}={value!r} : utilisez &apos;read committed&apos; ou &apos;serializable&apos;.</translation>
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
        <extracomment>Builds (widget, handler) once; the handler may be the widget itself. Offered in central mode: the page works through the central service. The others need the chain&apos;s database in this process and are not shown then. Offered on a till that opens the database itself. Card care is not: there the card list and a card&apos;s detail do the same work, with more. Where each role starts after signing in: its everyday work.</extracomment>
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
        <source>Card care</source>
        <translation>Suivi des cartes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>E-mails en échec</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
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
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventaire</translation>
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
    <name>reportCharts</name>
    <message>
        <source>no data</source>
        <extracomment>The charts&apos; own words (axis labels, &quot;no data&quot;), marked here for the catalogues and shown through :data:`CHART_WORDS`.</extracomment>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>owes</source>
        <translation>doit</translation>
    </message>
    <message>
        <source>is owed</source>
        <translation>créancier</translation>
    </message>
    <message>
        <source>months since loaded</source>
        <translation>mois depuis le chargement</translation>
    </message>
    <message>
        <source>% redeemed</source>
        <translation>% utilisé</translation>
    </message>
    <message>
        <source>months since last use</source>
        <translation>mois depuis la dernière utilisation</translation>
    </message>
</context>
<context>
    <name>reportColumns</name>
    <message>
        <source>Store</source>
        <extracomment>The reports&apos; column names (their CSV headers) as the table shows them.</extracomment>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Cashed out</source>
        <translation>Remboursé en espèces</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Transferts entrants</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Transferts sortants</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Months since use</source>
        <translation>Mois depuis l&apos;utilisation</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Doit</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>Créancier</translation>
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
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <source>Dormancy period (months)</source>
        <translation>Période de dormance (mois)</translation>
    </message>
    <message>
        <source>Months without activity after which a card with a balance is listed for unclaimed-property review.</source>
        <translation>Mois sans mouvement après lesquels une carte avec un solde est listée pour l’examen des avoirs non réclamés.</translation>
    </message>
    <message>
        <source>Gift card liability account</source>
        <translation>Compte de passif des cartes cadeaux</translation>
    </message>
    <message>
        <source>The account the journal export credits for value put on cards and debits for value taken off them.</source>
        <translation>Le compte que l’export du journal crédite pour la valeur chargée sur les cartes et débite pour la valeur retirée.</translation>
    </message>
    <message>
        <source>Gift card clearing account</source>
        <translation>Compte d’attente des cartes cadeaux</translation>
    </message>
    <message>
        <source>The other side of card sales, reloads, redemptions, refunds to cards and cash-outs.</source>
        <translation>La contrepartie des ventes de cartes, recharges, utilisations, remboursements sur carte et paiements en espèces.</translation>
    </message>
    <message>
        <source>Promotional cards account</source>
        <translation>Compte des cartes promotionnelles</translation>
    </message>
    <message>
        <source>The account debited for cards issued in the back office without a sale.</source>
        <translation>Le compte débité pour les cartes émises au back-office sans vente.</translation>
    </message>
    <message>
        <source>Card adjustments account</source>
        <translation>Compte des corrections de cartes</translation>
    </message>
    <message>
        <source>The other side of manager adjustments and of balances voided.</source>
        <translation>La contrepartie des corrections par un responsable et des soldes annulés.</translation>
    </message>
    <message>
        <source>Breakage income account</source>
        <translation>Compte des produits de soldes expirés</translation>
    </message>
    <message>
        <source>The account credited with the balances of expired cards, and debited when a refund brings one back.</source>
        <translation>Le compte crédité des soldes des cartes expirées, et débité quand un remboursement en rétablit un.</translation>
    </message>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Cash-out under</source>
        <translation>Remboursement en espèces en dessous de</translation>
    </message>
    <message>
        <source>Where the law requires it, a card&apos;s remainder under this amount is paid out in cash on request; 0 (or no amount for a currency) means no cash-out.</source>
        <translation>Là où la loi l&apos;exige, le solde d&apos;une carte inférieur à ce montant est payé en espèces sur demande ; 0 (ou aucun montant pour une devise) signifie aucun remboursement en espèces.</translation>
    </message>
    <message>
        <source>Cash-out approved by a manager over</source>
        <translation>Remboursement en espèces approuvé par un responsable au-delà de</translation>
    </message>
    <message>
        <source>A cash-out above this amount needs a manager; 0 (or no amount for a currency) means a cashier pays out any remainder under the cash-out limit.</source>
        <translation>Un remboursement en espèces au-delà de ce montant demande un responsable ; 0 (ou aucun montant pour une devise) signifie qu&apos;un caissier paie tout solde sous la limite.</translation>
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
        <source>Cards accepted while offline</source>
        <translation>Cartes acceptées hors ligne</translation>
    </message>
    <message>
        <source>When the central service cannot be reached, a till may still take cards it knows, within the limits below; otherwise it only sells and reloads until the link is back.</source>
        <translation>Quand le service central est injoignable, une caisse peut encore accepter les cartes qu&apos;elle connaît, dans les limites ci-dessous ; sinon elle ne fait que vendre et recharger jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <source>Offline limit per card</source>
        <translation>Limite hors ligne par carte</translation>
    </message>
    <message>
        <source>The most a till takes from one card while offline.</source>
        <translation>Le montant maximal qu&apos;une caisse prélève sur une carte hors ligne.</translation>
    </message>
    <message>
        <source>Offline limit per till</source>
        <translation>Limite hors ligne par caisse</translation>
    </message>
    <message>
        <source>The most a till takes from all cards together while offline.</source>
        <translation>Le montant maximal qu&apos;une caisse prélève sur l&apos;ensemble des cartes hors ligne.</translation>
    </message>
    <message>
        <source>Offline redemption window (hours)</source>
        <translation>Délai d&apos;encaissement hors ligne (en heures)</translation>
    </message>
    <message>
        <source>Hours after its last contact with the central service that a till may take cards.</source>
        <translation>Heures après son dernier contact avec le service central pendant lesquelles une caisse peut accepter des cartes.</translation>
    </message>
    <message>
        <source>Till sign-in lasts (hours)</source>
        <translation>Durée de connexion à une caisse (en heures)</translation>
    </message>
    <message>
        <source>Hours a staff member stays signed in at a till of the central service before signing in again.</source>
        <translation>Heures pendant lesquelles un membre du personnel reste connecté à une caisse du service central avant de devoir se reconnecter.</translation>
    </message>
    <message>
        <source>Enrolment code valid for (hours)</source>
        <translation>Validité du code d&apos;enregistrement (en heures)</translation>
    </message>
    <message>
        <source>Hours a new till&apos;s one-time enrolment code stays usable.</source>
        <translation>Heures pendant lesquelles le code d&apos;enregistrement à usage unique d&apos;une nouvelle caisse reste utilisable.</translation>
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
        <source>Offer a delivery date</source>
        <translation>Proposer une date d&apos;envoi</translation>
    </message>
    <message>
        <source>The counter may choose the day an e-card is e-mailed; otherwise it goes at once.</source>
        <translation>La caisse peut choisir le jour d&apos;envoi d&apos;une carte électronique ; sinon elle part tout de suite.</translation>
    </message>
    <message>
        <source>Hour of dated e-mails</source>
        <translation>Heure des e-mails datés</translation>
    </message>
    <message>
        <source>An e-card given a delivery date is e-mailed at this hour (store&apos;s time zone).</source>
        <translation>Une carte électronique datée part à cette heure (fuseau du magasin).</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name; empty: e-cards are not e-mailed.</source>
        <translation>Nom d&apos;hôte du serveur SMTP ; vide : les cartes électroniques ne partent pas.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port du serveur de messagerie</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for TLS, 25 for none.</source>
        <translation>587 pour STARTTLS, 465 pour TLS, 25 pour aucune.</translation>
    </message>
    <message>
        <source>Mail server security</source>
        <translation>Sécurité du serveur de messagerie</translation>
    </message>
    <message>
        <source>How the connection is encrypted: STARTTLS after connecting, TLS from the first byte, or none for a trusted relay.</source>
        <translation>Chiffrement de la connexion : STARTTLS après la connexion, TLS dès le premier octet, ou aucun pour un relais de confiance.</translation>
    </message>
    <message>
        <source>STARTTLS on connecting (usually port 587)</source>
        <translation>STARTTLS à la connexion (en général port 587)</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>Utilisateur du serveur de messagerie</translation>
    </message>
    <message>
        <source>The SMTP login; empty: no login. The password is set apart and never shown.</source>
        <translation>L&apos;identifiant SMTP ; vide : aucun. Le mot de passe se règle à part et n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>Mail server certificate authority</source>
        <translation>Autorité de certification du serveur</translation>
    </message>
    <message>
        <source>A PEM file to trust for the mail server&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Un fichier PEM de confiance pour le certificat du serveur ; vide : celui du système.</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Shown as who the e-card comes from, e.g. the store&apos;s name.</source>
        <translation>Affiché comme expéditeur de la carte, p. ex. le nom du magasin.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The From address of e-cards.</source>
        <translation>L&apos;adresse d&apos;expédition des cartes électroniques.</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>Where a recipient&apos;s reply goes; empty: to the sender address.</source>
        <translation>Où va la réponse du destinataire ; vide : à l&apos;adresse d&apos;expédition.</translation>
    </message>
    <message>
        <source>First retry after (minutes)</source>
        <translation>Délai du premier nouvel essai (en minutes)</translation>
    </message>
    <message>
        <source>After a temporary failure the next try waits this long, doubling each time.</source>
        <translation>Après un échec temporaire, le prochain essai attend ce délai, doublé à chaque fois.</translation>
    </message>
    <message>
        <source>Tries before giving up</source>
        <translation>Essais avant d&apos;abandonner</translation>
    </message>
    <message>
        <source>An e-mail refused temporarily this many times is listed as failed.</source>
        <translation>Un e-mail refusé temporairement autant de fois est listé en échec.</translation>
    </message>
    <message>
        <source>Sender claim (seconds)</source>
        <translation>Réservation de l&apos;envoi (secondes)</translation>
    </message>
    <message>
        <source>A sender that stopped half-way holds an e-mail this long; then another takes it.</source>
        <translation>Un envoi interrompu garde un e-mail ce temps-là ; puis un autre le reprend.</translation>
    </message>
    <message>
        <source>The card keeps the rest</source>
        <translation>La carte garde le reste</translation>
    </message>
    <message>
        <source>A new card carries the rest</source>
        <translation>Une nouvelle carte reprend le reste</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le début (en général port 465)</translation>
    </message>
    <message>
        <source>None (a trusted relay only)</source>
        <translation>Aucune (relais de confiance seulement)</translation>
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
