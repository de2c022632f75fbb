"""The words on receipts and cards, in the language of the store's locale.

Printing runs without Qt, so printed documents have their own small table: the English
text is the key, German and French are looked up by the locale's language (``de_AT``
and ``de_CH`` read German, ``fr_CA`` French). Any other language prints English.
Values go in by name (``{store}``), formatted by the caller with Babel for the locale.

A store's own terms print as written; only the built-in default terms are translated. The
report pack's words are in :mod:`printers.report_words`.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from printers import report_words

_DE: dict[str, str] = {
    # receipts
    "SALE": "VERKAUF",
    "REFUND": "ERSTATTUNG",
    "*** VOIDED ***": "*** STORNIERT ***",
    "*** REFUNDED ***": "*** ERSTATTET ***",
    "Receipt": "Beleg",
    "Date": "Datum",
    "Cashier": "Kassierer",
    "Till": "Kasse",
    "TOTAL": "SUMME",
    "Gift card": "Geschenkkarte",
    "Cash": "Bar",
    "Card": "Karte",
    "Change": "Rückgeld",
    "Balance left": "Restguthaben",
    "Your remaining balance moved to a new card code: see the next slip.":
        "Ihr Restguthaben wurde auf einen neuen Kartencode übertragen: siehe nächster Beleg.",
    "Keep this receipt. Gift card balances are shown with masked codes.":
        "Bitte Beleg aufbewahren. Guthaben werden mit maskierten Codes angezeigt.",
    "GIFT CARD": "GESCHENKKARTE",
    "YOUR NEW GIFT CARD": "IHRE NEUE GESCHENKKARTE",
    "For {name}": "Für {name}",
    "Your gift card code": "Ihr Geschenkkarten-Code",
    "The full code was handed over at the till and is not kept here.":
        "Der vollständige Code wurde an der Kasse übergeben und wird hier nicht aufbewahrt.",
    "Valid until {date}": "Gültig bis {date}",
    "E-mailed to {address} now.": "Wird jetzt per E-Mail an {address} gesendet.",
    "To be e-mailed to {address} on {when}.": "Wird am {when} per E-Mail an {address} gesendet.",
    "Check the balance at {url}": "Guthaben abfragen unter {url}",
    "Check the balance at any {store} till.": "Guthaben an jeder Kasse von {store} abfragen.",
    "GIFT CARD BALANCE": "GUTHABEN DER GESCHENKKARTE",
    "Status": "Status",
    "Valid until": "Gültig bis",
    "Printed": "Gedruckt",
    "END OF DAY": "TAGESABSCHLUSS",
    "Business day": "Geschäftstag",
    "Till {name}": "Kasse {name}",
    "All tills": "Alle Kassen",
    "No sales on this day.": "Keine Verkäufe an diesem Tag.",
    "Sales": "Verkäufe",
    "Gift cards sold": "Verkaufte Geschenkkarten",
    "Gift card redemptions": "Einlösungen",
    "Card / external": "Karte / extern",
    "Voided sales": "Stornierte Verkäufe",
    "Refunds": "Erstattungen",
    "Cash-outs": "Barauszahlungen",
    "CASH-OUT": "BARAUSZAHLUNG",
    "Paid in cash": "Bar ausgezahlt",
    "Balance now": "Guthaben jetzt",
    "The card's remainder was paid out in cash.":
        "Das Restguthaben der Karte wurde bar ausgezahlt.",
    # card states on a balance slip
    "Active": "Aktiv",
    "Inactive": "Nicht aktiviert",
    "Depleted": "Aufgebraucht",
    "Expired": "Abgelaufen",
    "Frozen": "Gesperrt",
    "Voided": "Storniert",
    # cards
    "Value added at purchase": "Wert wird beim Kauf aufgeladen",
    "{store} gift card": "Geschenkkarte von {store}",
    "Check your balance at {url}, by scanning the QR code, or at any {store} till.":
        "Guthaben abfragen unter {url}, per QR-Code oder an jeder Kasse von {store}.",
    "Check your balance at any {store} till.": "Guthaben an jeder Kasse von {store} abfragen.",
    "No. {serial}": "Nr. {serial}",
    "Batch {batch}": "Serie {batch}",
    # the print shop's header on card sheets
    "Cards": "Karten",
    "sheet {number}": "Bogen {number}",
    "sheet {number} of {sheets}": "Bogen {number} von {sheets}",
    "fronts": "Vorderseiten",
    "backs": "Rückseiten",
    "cards {first}-{last}": "Karten {first}-{last}",
    "Not redeemable for cash except where required by law.":
        "Keine Barauszahlung, soweit gesetzlich nicht vorgeschrieben.",
}

_FR: dict[str, str] = {
    "SALE": "VENTE",
    "REFUND": "REMBOURSEMENT",
    "*** VOIDED ***": "*** ANNULÉE ***",
    "*** REFUNDED ***": "*** REMBOURSÉE ***",
    "Receipt": "Ticket",
    "Date": "Date",
    "Cashier": "Caissier",
    "Till": "Caisse",
    "TOTAL": "TOTAL",
    "Gift card": "Carte cadeau",
    "Cash": "Espèces",
    "Card": "Carte bancaire",
    "Change": "Rendu",
    "Balance left": "Solde restant",
    "Your remaining balance moved to a new card code: see the next slip.":
        "Votre solde restant est passé sur un nouveau code de carte : voir le ticket suivant.",
    "Keep this receipt. Gift card balances are shown with masked codes.":
        "Conservez ce ticket. Les soldes des cartes cadeaux sont indiqués avec des codes "
        "masqués.",
    "GIFT CARD": "CARTE CADEAU",
    "YOUR NEW GIFT CARD": "VOTRE NOUVELLE CARTE CADEAU",
    "For {name}": "Pour {name}",
    "Your gift card code": "Le code de votre carte cadeau",
    "The full code was handed over at the till and is not kept here.":
        "Le code complet a été remis en caisse et n'est pas conservé ici.",
    "Valid until {date}": "Valable jusqu'au {date}",
    "E-mailed to {address} now.": "Envoyée maintenant par e-mail à {address}.",
    "To be e-mailed to {address} on {when}.": "Sera envoyée par e-mail à {address} le {when}.",
    "Check the balance at {url}": "Consultez le solde sur {url}",
    "Check the balance at any {store} till.":
        "Consultez le solde à n'importe quelle caisse {store}.",
    "GIFT CARD BALANCE": "SOLDE DE LA CARTE CADEAU",
    "Status": "État",
    "Valid until": "Valable jusqu'au",
    "Printed": "Imprimé le",
    "END OF DAY": "CLÔTURE DE JOURNÉE",
    "Business day": "Journée",
    "Till {name}": "Caisse {name}",
    "All tills": "Toutes les caisses",
    "No sales on this day.": "Aucune vente ce jour-là.",
    "Sales": "Ventes",
    "Gift cards sold": "Cartes cadeaux vendues",
    "Gift card redemptions": "Paiements par carte cadeau",
    "Card / external": "Carte / externe",
    "Voided sales": "Ventes annulées",
    "Refunds": "Remboursements",
    "Cash-outs": "Remboursements en espèces",
    "CASH-OUT": "REMBOURSEMENT EN ESPÈCES",
    "Paid in cash": "Payé en espèces",
    "Balance now": "Solde restant",
    "The card's remainder was paid out in cash.": "Le solde de la carte a été payé en espèces.",
    "Active": "Active",
    "Inactive": "Non activée",
    "Depleted": "Épuisée",
    "Expired": "Expirée",
    "Frozen": "Bloquée",
    "Voided": "Annulée",
    "Value added at purchase": "Montant chargé à l'achat",
    "{store} gift card": "Carte cadeau {store}",
    "Check your balance at {url}, by scanning the QR code, or at any {store} till.":
        "Consultez votre solde sur {url}, en scannant le code QR ou à toute caisse {store}.",
    "Check your balance at any {store} till.":
        "Consultez votre solde à n'importe quelle caisse {store}.",
    "No. {serial}": "N° {serial}",
    "Batch {batch}": "Lot {batch}",
    "Cards": "Cartes",
    "sheet {number}": "planche {number}",
    "sheet {number} of {sheets}": "planche {number} sur {sheets}",
    "fronts": "recto",
    "backs": "verso",
    "cards {first}-{last}": "cartes {first}-{last}",
    "Not redeemable for cash except where required by law.":
        "Non remboursable en espèces, sauf obligation légale.",
}

_TABLES = {"de": {**_DE, **report_words.PHRASES_DE}, "fr": {**_FR, **report_words.PHRASES_FR}}


def language(locale: str) -> str:
    """The language of a Babel locale name ("de" for "de_CH"); English when unknown."""
    try:
        return Locale.parse(locale).language
    except (ValueError, UnknownLocaleError):
        return "en"


def text(locale: str, english: str, **values: object) -> str:
    """``english`` in the language of ``locale``, with ``values`` put in by name."""
    words = _TABLES.get(language(locale), {}).get(english, english)
    return words.format(**values) if values else words
