"""The words of the PDF report pack in German and French.

Sentences and titles are looked up like every printed label (:func:`printers.messages.text`
reads :data:`PHRASES_DE` and :data:`PHRASES_FR` too); the reports' column names (the keys of
their CSV headers) have a table of their own, :data:`COLUMNS`, because the same English word
can name a column and something else ("Expired" is a movement here and a card state on a
balance slip). The words agree with the app's Reports page.
"""

from __future__ import annotations

from posapp.services.accounting.breakage import METHOD

PHRASES_DE: dict[str, str] = {
    "GiftPOS - gift card liability reports": "GiftPOS - Berichte zu Geschenkkarten-Guthaben",
    "GiftPOS reports": "GiftPOS-Berichte",
    "Period {first} to {last} (UTC), store: {store}":
        "Zeitraum {first} bis {last} (UTC), Filiale: {store}",
    "all stores": "alle Filialen",
    "page {number}": "Seite {number}",
    "Liability roll-forward": "Fortschreibung der Verbindlichkeit",
    "Liability at month end": "Verbindlichkeit zum Monatsende",
    "Movements in the period": "Bewegungen im Zeitraum",
    "No card activity in this period.": "Keine Kartenbewegungen in diesem Zeitraum.",
    "Inter-store settlement": "Ausgleich zwischen Filialen",
    "Who owes whom": "Wer schuldet wem",
    "No store owes another for this period.":
        "In diesem Zeitraum schuldet keine Filiale einer anderen etwas.",
    "Ageing of balances owed": "Altersstruktur der offenen Guthaben",
    "Balances owed by age": "Offene Guthaben nach Alter",
    "Dormant cards: {count}.": "Ruhende Karten: {count}.",
    "Breakage": "Verfall",
    "Share redeemed by age (cohorts)": "Eingelöster Anteil nach Alter (Kohorten)",
    "Total": "Summe",
    # the charts' own words
    "no data": "keine Daten",
    "owes": "schuldet",
    "is owed": "erhält",
    "months since loaded": "Monate seit Aufladung",
    "% redeemed": "% eingelöst",
    "months since last use": "Monate seit letzter Nutzung",
    METHOD: (
        "Proportionale Methode. Karten bilden Kohorten nach dem Monat ihrer ersten Aufladung. "
        "Für jede Kohorte ergeben der aufgeladene Wert und der bis zu jedem Altersmonat "
        "eingelöste Wert ihre Einlösungskurve. Kohorten, die mindestens {maturity} Monate alt "
        "sind, gelten als ausgelöst: Der Anteil ihres aufgeladenen Werts, der nie eingelöst "
        "wurde, ist die Verfallsquote. Von allem aufgeladenen Wert wird dieser Anteil "
        "voraussichtlich nie eingelöst; er wird im Verhältnis der bisherigen Einlösungen zu den "
        "insgesamt erwarteten Einlösungen als Ertrag erfasst (eingelöst / (aufgeladen x "
        "(1 - Quote))), der Verfall also mit der Nutzung der Karten gebucht, nie vorher. Ohne "
        "ausgelöste Kohorte wird keine Quote angegeben."
    ),
}

PHRASES_FR: dict[str, str] = {
    "GiftPOS - gift card liability reports": "GiftPOS - rapports sur le passif des cartes cadeaux",
    "GiftPOS reports": "Rapports GiftPOS",
    "Period {first} to {last} (UTC), store: {store}":
        "Période du {first} au {last} (UTC), magasin : {store}",
    "all stores": "tous les magasins",
    "page {number}": "page {number}",
    "Liability roll-forward": "Report à nouveau du passif",
    "Liability at month end": "Passif en fin de mois",
    "Movements in the period": "Mouvements de la période",
    "No card activity in this period.": "Aucun mouvement de carte sur cette période.",
    "Inter-store settlement": "Compensation entre magasins",
    "Who owes whom": "Qui doit à qui",
    "No store owes another for this period.":
        "Aucun magasin ne doit rien à un autre pour cette période.",
    "Ageing of balances owed": "Ancienneté des soldes dus",
    "Balances owed by age": "Soldes dus par ancienneté",
    "Dormant cards: {count}.": "Cartes dormantes : {count}.",
    "Breakage": "Non-utilisation",
    "Share redeemed by age (cohorts)": "Part utilisée selon l'âge (cohortes)",
    "Total": "Total",
    "no data": "aucune donnée",
    "owes": "doit",
    "is owed": "créancier",
    "months since loaded": "mois depuis le chargement",
    "% redeemed": "% utilisé",
    "months since last use": "mois depuis la dernière utilisation",
    METHOD: (
        "Méthode proportionnelle. Les cartes forment des cohortes selon le mois de leur premier "
        "chargement. Pour chaque cohorte, la valeur chargée et la valeur utilisée à chaque mois "
        "d'âge donnent sa courbe d'utilisation. Les cohortes d'au moins {maturity} mois sont "
        "considérées comme ayant fini d'être utilisées : la part de leur valeur chargée jamais "
        "utilisée est le taux de non-utilisation. De toute la valeur chargée, cette part ne "
        "sera probablement jamais utilisée ; elle est constatée en produit à proportion des "
        "utilisations faites jusqu'ici par rapport aux utilisations attendues au total "
        "(utilisé / (chargé x (1 - taux))), donc au fil de l'usage des cartes, jamais avant. "
        "Sans cohorte assez ancienne, aucun taux n'est donné."
    ),
}

_COLUMNS_EN = {
    "store": "Store", "currency": "Currency", "opening": "Opening", "sold": "Sold",
    "issued": "Issued", "reloaded": "Reloaded", "redeemed": "Redeemed", "refunded": "Refunded",
    "adjusted": "Adjusted", "voided": "Voided", "expired": "Expired",
    "reinstated": "Reinstated", "cashed_out": "Cashed out", "transfers_in": "Transfers in",
    "transfers_out": "Transfers out", "closing": "Closing", "month": "Month",
    "months_since_activity": "Months since use", "cards": "Cards", "amount": "Amount",
    "debtor": "Owes", "creditor": "Is owed", "rate": "Rate", "loaded": "Loaded",
    "expected": "Expected", "recognised": "Recognised", "remaining": "Remaining",
}

COLUMNS: dict[str, dict[str, str]] = {
    "en": _COLUMNS_EN,
    "de": {
        "store": "Filiale", "currency": "Währung", "opening": "Anfangsbestand",
        "sold": "Verkauft", "issued": "Ausgegeben", "reloaded": "Aufgeladen",
        "redeemed": "Eingelöst", "refunded": "Erstattet", "adjusted": "Korrigiert",
        "voided": "Storniert", "expired": "Verfallen", "reinstated": "Wiederhergestellt",
        "cashed_out": "Ausgezahlt", "transfers_in": "Übertragen (zu)",
        "transfers_out": "Übertragen (ab)", "closing": "Endbestand", "month": "Monat",
        "months_since_activity": "Monate seit Nutzung", "cards": "Karten", "amount": "Betrag",
        "debtor": "Schuldet", "creditor": "Erhält", "rate": "Quote", "loaded": "Aufgeladen",
        "expected": "Erwartet", "recognised": "Erfasst", "remaining": "Verbleibend",
    },
    "fr": {
        "store": "Magasin", "currency": "Devise", "opening": "Solde d'ouverture",
        "sold": "Vendu", "issued": "Émis", "reloaded": "Rechargé", "redeemed": "Utilisé",
        "refunded": "Remboursé", "adjusted": "Corrigé", "voided": "Annulé",
        "expired": "Expiré", "reinstated": "Rétabli", "cashed_out": "Remboursé en espèces",
        "transfers_in": "Transferts entrants", "transfers_out": "Transferts sortants",
        "closing": "Solde de clôture", "month": "Mois",
        "months_since_activity": "Mois depuis l'utilisation", "cards": "Cartes",
        "amount": "Montant", "debtor": "Doit", "creditor": "Créancier", "rate": "Taux",
        "loaded": "Chargé", "expected": "Attendu", "recognised": "Constaté",
        "remaining": "Restant",
    },
}
