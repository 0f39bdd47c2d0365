<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Der Server hat mit Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2).</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2).</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Publishable API keys</source>
        <translation>Öffentliche API-Schlüssel</translation>
    </message>
    <message>
        <source>Storefronts send a publishable key with every request.</source>
        <translation>Shops senden bei jeder Anfrage einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>Key title, e.g. Webshop</source>
        <translation>Name des Schlüssels, z. B. Webshop</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Sales channels of this key</source>
        <translation>Verkaufskanäle dieses Schlüssels</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>No sales channel</source>
        <translation>Kein Verkaufskanal</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanäle …</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Storefronts using it stop working.</source>
        <translation>„%1“ widerrufen? Shops, die ihn nutzen, funktionieren dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kollektionen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Sales channels</source>
        <translation>Verkaufskanäle</translation>
    </message>
    <message>
        <source>Publishable API keys</source>
        <translation>Öffentliche API-Schlüssel</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>You have unsaved changes. Discard them?</source>
        <translation>Es gibt ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Categories organise products in the storefront&apos;s navigation.</source>
        <translation>Kategorien ordnen Produkte in der Navigation des Shops.</translation>
    </message>
    <message>
        <source>New category name</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the category &quot;%1&quot;?</source>
        <translation>Die Kategorie „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>CollectionsPage</name>
    <message>
        <source>Collections</source>
        <translation>Kollektionen</translation>
    </message>
    <message>
        <source>Collections group products for campaigns and landing pages.</source>
        <translation>Kollektionen bündeln Produkte für Kampagnen und Landingpages.</translation>
    </message>
    <message>
        <source>New collection title</source>
        <translation>Titel der neuen Kollektion</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;?</source>
        <translation>Die Kollektion „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect to a store</source>
        <translation>Mit einem Shop verbinden</translation>
    </message>
    <message>
        <source>Local store on this computer</source>
        <translation>Lokaler Shop auf diesem Computer</translation>
    </message>
    <message>
        <source>A private database is created in %1. Choose the owner account.</source>
        <translation>In %1 wird eine private Datenbank angelegt. Wählen Sie das Inhaberkonto.</translation>
    </message>
    <message>
        <source>Starts the bundled server on this computer.</source>
        <translation>Startet den mitgelieferten Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-Mail des Inhabers</translation>
    </message>
    <message>
        <source>Owner password</source>
        <translation>Passwort des Inhabers</translation>
    </message>
    <message>
        <source>Load the demo catalog</source>
        <translation>Demo-Katalog laden</translation>
    </message>
    <message>
        <source>Create local store</source>
        <translation>Lokalen Shop anlegen</translation>
    </message>
    <message>
        <source>Open local store</source>
        <translation>Lokalen Shop öffnen</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Entfernter Server</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>My store</source>
        <translation>Mein Shop</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Add and connect</source>
        <translation>Hinzufügen und verbinden</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Customers appear here when they register or check out in a storefront.</source>
        <translation>Kunden erscheinen hier, sobald sie sich im Shop registrieren oder bestellen.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Preparing your local store</source>
        <translation>Ihr lokaler Shop wird vorbereitet</translation>
    </message>
    <message>
        <source>Hide server log</source>
        <translation>Serverprotokoll ausblenden</translation>
    </message>
    <message>
        <source>Show server log</source>
        <translation>Serverprotokoll anzeigen</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Inventory items are created with product variants that manage inventory.</source>
        <translation>Lagerartikel entstehen mit Produktvarianten, deren Bestand verwaltet wird.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Medusa Admin</source>
        <translation>%1 — Medusa Admin</translation>
    </message>
    <message>
        <source>Medusa Admin</source>
        <translation>Medusa Admin</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Noch keine Bestellungen</translation>
    </message>
    <message>
        <source>Orders appear here once customers check out in a storefront.</source>
        <translation>Bestellungen erscheinen hier, sobald Kunden im Shop bestellen.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>ProductEditPage</name>
    <message>
        <source>You have unsaved changes. Discard them?</source>
        <translation>Es gibt ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Made from the title when empty</source>
        <translation>Wird aus dem Titel erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft (not visible in the store)</source>
        <translation>Entwurf (im Shop nicht sichtbar)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Title is required.</source>
        <translation>Der Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>Every option needs a title.</source>
        <translation>Jede Option braucht einen Titel.</translation>
    </message>
    <message>
        <source>Option &quot;%1&quot; needs at least one value.</source>
        <translation>Option „%1“ braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>Every variant needs a title.</source>
        <translation>Jede Variante braucht einen Titel.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot; needs a value for option &quot;%2&quot;.</source>
        <translation>Variante „%1“ braucht einen Wert für die Option „%2“.</translation>
    </message>
    <message>
        <source>Variant &quot;%1&quot;: &quot;%2&quot; is not a valid %3 price.</source>
        <translation>Variante „%1“: „%2“ ist kein gültiger Preis in %3.</translation>
    </message>
</context>
<context>
    <name>ProductRelationsSection</name>
    <message>
        <source>Sales channels</source>
        <translation>Verkaufskanäle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>No collection</source>
        <translation>Keine Kollektion</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>https://… image URL</source>
        <translation>https://… Bild-URL</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add metadata</source>
        <translation>Metadaten hinzufügen</translation>
    </message>
</context>
<context>
    <name>ProductVariantsSection</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Option, e.g. Size</source>
        <translation>Option, z. B. Größe</translation>
    </message>
    <message>
        <source>Values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New option, e.g. Size</source>
        <translation>Neue Option, z. B. Größe</translation>
    </message>
    <message>
        <source>S, M, L</source>
        <translation>S, M, L</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <source>Variants and prices</source>
        <translation>Varianten und Preise</translation>
    </message>
    <message>
        <source>Create variants from options</source>
        <translation>Varianten aus Optionen erzeugen</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Preis %1</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>No matching products</source>
        <translation>Keine passenden Produkte</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>Create a product with Ctrl+N, or change the filters.</source>
        <translation>Legen Sie mit Strg+N ein Produkt an oder ändern Sie die Filter.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Kollektionen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation><numerusform>%n Variante</numerusform><numerusform>%n Varianten</numerusform></translation>
    </message>
</context>
<context>
    <name>RegionsPage</name>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>A region sets the currency and the countries you sell to.</source>
        <translation>Eine Region legt die Währung und die Länder fest, in die Sie verkaufen.</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Name der Region</translation>
    </message>
    <message>
        <source>Currency (eur)</source>
        <translation>Währung (eur)</translation>
    </message>
    <message>
        <source>Countries (de, fr)</source>
        <translation>Länder (de, fr)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the region &quot;%1&quot;?</source>
        <translation>Die Region „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>ResourceListPage</name>
    <message>
        <source>Nothing here yet</source>
        <translation>Noch nichts vorhanden</translation>
    </message>
</context>
<context>
    <name>SalesChannelsPage</name>
    <message>
        <source>Sales channels</source>
        <translation>Verkaufskanäle</translation>
    </message>
    <message>
        <source>Sales channels decide where products are sold.</source>
        <translation>Verkaufskanäle bestimmen, wo Produkte verkauft werden.</translation>
    </message>
    <message>
        <source>New channel name</source>
        <translation>Name des neuen Kanals</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the sales channel &quot;%1&quot;?</source>
        <translation>Den Verkaufskanal „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>ServerLogPage</name>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Sign out and forget this computer</source>
        <translation>Abmelden und diesen Computer vergessen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>E-mail to invite</source>
        <translation>E-Mail-Adresse für die Einladung</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
</context>
<context>
    <name>medusa::admin::AuthSession</name>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>medusa::admin::LocalServer</name>
    <message>
        <source>The local server stopped unexpectedly (exit code %1). Open the server log for details.</source>
        <translation>Der lokale Server wurde unerwartet beendet (Exit-Code %1). Details stehen im Serverprotokoll.</translation>
    </message>
    <message>
        <source>The bundled medusa-server was not found next to the application or on the PATH.</source>
        <translation>Der mitgelieferte medusa-server wurde weder neben der Anwendung noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Creating the database and applying migrations</source>
        <translation>Datenbank wird angelegt und migriert</translation>
    </message>
    <message>
        <source>Loading the demo catalog</source>
        <translation>Demo-Katalog wird geladen</translation>
    </message>
    <message>
        <source>Creating the owner account</source>
        <translation>Inhaberkonto wird angelegt</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2). Open the server log for details.</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2). Details stehen im Serverprotokoll.</translation>
    </message>
    <message>
        <source>Starting the server</source>
        <translation>Server wird gestartet</translation>
    </message>
    <message>
        <source>The local server did not become ready in time.</source>
        <translation>Der lokale Server ist nicht rechtzeitig bereit geworden.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>medusa::admin::ProductListModel</name>
    <message>
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
</context>
<context>
    <name>medusa::admin::ProfileStore</name>
    <message>
        <source>Local store on this computer</source>
        <translation>Lokaler Shop auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>medusa::admin::RemoteListModel</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
</TS>
