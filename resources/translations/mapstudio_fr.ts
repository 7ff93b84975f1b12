<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: {reason}. Save your work to keep it.</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: {reason}. Enregistrez votre travail pour le conserver.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Add frustration marker</source>
        <translation>Ajouter un marqueur de frustration</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>Supprimer la liaison</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Modifier le nom</translation>
    </message>
    <message>
        <source>Insert phase before</source>
        <translation>Insérer une étape avant</translation>
    </message>
    <message>
        <source>Insert phase after</source>
        <translation>Insérer une étape après</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Insert lane above</source>
        <translation>Insérer une ligne au-dessus</translation>
    </message>
    <message>
        <source>Insert lane below</source>
        <translation>Insérer une ligne en dessous</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add touchpoint here</source>
        <translation>Ajouter un point de contact ici</translation>
    </message>
    <message>
        <source>Add card here</source>
        <translation>Ajouter une fiche ici</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nouveau point de contact</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>New thought</source>
        <translation>Nouvelle pensée</translation>
    </message>
    <message>
        <source>New frustration</source>
        <translation>Nouvelle frustration</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond à</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} fiches</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{phase} › {lane}</source>
        <translation>{phase} › {lane}</translation>
    </message>
    <message>
        <source>Marks “{name}”</source>
        <translation>Signale «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds too much to paste.</source>
        <translation>Le presse-papiers contient trop d’éléments pour être collé.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>The clipboard does not hold MapStudio cards.</source>
        <translation>Le presse-papiers ne contient pas de fiches MapStudio.</translation>
    </message>
    <message>
        <source>Add a phase and a lane to this map first.</source>
        <translation>Ajoutez d’abord une étape et une ligne à cette carte.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ajout d’un lien</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Suppression d’un lien</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Modification d’un lien</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajout d’un persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Suppression d’un persona</translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Ajout d’une carte</translation>
    </message>
    <message>
        <source>Remove map</source>
        <translation>Suppression d’une carte</translation>
    </message>
    <message>
        <source>Set persona</source>
        <translation>Choix du persona</translation>
    </message>
    <message>
        <source>Move map</source>
        <translation>Déplacement d’une carte</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajout d’une étape</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ajout d’une ligne</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Déplacement d’une étape</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Déplacement d’une ligne</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Suppression d’une étape</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Suppression d’une ligne</translation>
    </message>
    <message>
        <source>Mark frustration</source>
        <translation>Signalement d’une frustration</translation>
    </message>
    <message>
        <source>Unmark frustration</source>
        <translation>Retrait d’un signalement</translation>
    </message>
    <message>
        <source>Link opportunity</source>
        <translation>Rattachement d’une opportunité</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacement d’une fiche</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacement de fiches</translation>
    </message>
    <message>
        <source>Add flow</source>
        <translation>Ajout d’une liaison</translation>
    </message>
    <message>
        <source>Remove flow</source>
        <translation>Suppression d’une liaison</translation>
    </message>
    <message>
        <source>Change flow</source>
        <translation>Modification d’une liaison</translation>
    </message>
    <message>
        <source>Change fields</source>
        <translation>Modification de plusieurs champs</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Ajout d’un point de contact</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajout d’un objectif</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajout d’une action</translation>
    </message>
    <message>
        <source>Add thought</source>
        <translation>Ajout d’une pensée</translation>
    </message>
    <message>
        <source>Add frustration</source>
        <translation>Ajout d’une frustration</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Ajout d’une opportunité</translation>
    </message>
    <message>
        <source>Add kpi</source>
        <translation>Ajout d’un KPI</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajout d’une note</translation>
    </message>
    <message>
        <source>Change age_range</source>
        <translation>Modification de la tranche d’âge</translation>
    </message>
    <message>
        <source>Change buying_roles</source>
        <translation>Modification des rôles dans la décision d’achat</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Modification du canal</translation>
    </message>
    <message>
        <source>Change company_size</source>
        <translation>Modification de la taille de l’entreprise</translation>
    </message>
    <message>
        <source>Change concerns</source>
        <translation>Modification des préoccupations</translation>
    </message>
    <message>
        <source>Change customer_goal</source>
        <translation>Modification de l’objectif du client</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Modification de la description</translation>
    </message>
    <message>
        <source>Change effort</source>
        <translation>Modification de l’effort</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Modification de l’émotion</translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation>Modification de la source</translation>
    </message>
    <message>
        <source>Change frustrations</source>
        <translation>Modification des frustrations</translation>
    </message>
    <message>
        <source>Change gender</source>
        <translation>Modification du genre</translation>
    </message>
    <message>
        <source>Change goals</source>
        <translation>Modification des objectifs</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Modification du type</translation>
    </message>
    <message>
        <source>Change kpi_name</source>
        <translation>Modification du KPI</translation>
    </message>
    <message>
        <source>Change kpi_target</source>
        <translation>Modification de la cible</translation>
    </message>
    <message>
        <source>Change kpi_value</source>
        <translation>Modification de la valeur actuelle</translation>
    </message>
    <message>
        <source>Change kpis</source>
        <translation>Modification des KPI</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Modification du mode</translation>
    </message>
    <message>
        <source>Change name</source>
        <translation>Modification du nom</translation>
    </message>
    <message>
        <source>Change needs</source>
        <translation>Modification des besoins</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Modification des notes</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Modification de l’ordre</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Modification du responsable</translation>
    </message>
    <message>
        <source>Change photo</source>
        <translation>Modification de la photo</translation>
    </message>
    <message>
        <source>Change photo_type</source>
        <translation>Modification du type de photo</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Modification de la priorité</translation>
    </message>
    <message>
        <source>Change profession</source>
        <translation>Modification de la profession</translation>
    </message>
    <message>
        <source>Change quote</source>
        <translation>Modification de la citation</translation>
    </message>
    <message>
        <source>Change region</source>
        <translation>Modification de la région</translation>
    </message>
    <message>
        <source>Change requirements</source>
        <translation>Modification des exigences</translation>
    </message>
    <message>
        <source>Change responsibilities</source>
        <translation>Modification des responsabilités</translation>
    </message>
    <message>
        <source>Change salary_band</source>
        <translation>Modification de la tranche de salaire</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Modification de la gravité</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Modification du titre</translation>
    </message>
    <message>
        <source>Change urgency</source>
        <translation>Modification de l’urgence</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>Duplication d’une carte</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Collage</translation>
    </message>
    <message>
        <source>Import map</source>
        <translation>Import d’une carte</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Edit Title</source>
        <translation>&amp;Modifier le titre</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;New Map…</source>
        <translation>&amp;Nouvelle carte…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation>&amp;Renommer la carte…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Map</source>
        <translation>&amp;Dupliquer la carte</translation>
    </message>
    <message>
        <source>&amp;Delete Map</source>
        <translation>&amp;Supprimer la carte</translation>
    </message>
    <message>
        <source>Map &amp;Persona…</source>
        <translation>&amp;Persona de la carte…</translation>
    </message>
    <message>
        <source>&amp;About MapStudio</source>
        <translation>À &amp;propos de MapStudio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>MapStudio &amp;Help</source>
        <translation>&amp;Aide de MapStudio</translation>
    </message>
    <message>
        <source>&amp;Welcome Screen</source>
        <translation>&amp;Écran d’accueil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Étape</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>&amp;Touchpoint</source>
        <translation>&amp;Point de contact</translation>
    </message>
    <message>
        <source>Frustration &amp;Marker</source>
        <translation>&amp;Marqueur de frustration</translation>
    </message>
    <message>
        <source>New P&amp;ersona</source>
        <translation>&amp;Nouveau persona</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Name of the new map:</source>
        <translation>Nom de la nouvelle carte&#xa0;:</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Renommer la carte</translation>
    </message>
    <message>
        <source>Name of the map:</source>
        <translation>Nom de la carte&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona sans nom)</translation>
    </message>
    <message>
        <source>Map persona</source>
        <translation>Persona de la carte</translation>
    </message>
    <message>
        <source>This map is about:</source>
        <translation>Cette carte suit le parcours de&#xa0;:</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>About MapStudio</source>
        <translation>À propos de MapStudio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MapStudio {version}&lt;/h3&gt;&lt;p&gt;Customer journey maps for marketers: personas, phases, touchpoints, emotions, frustrations and opportunities.&lt;/p&gt;&lt;p&gt;Works offline; your maps stay on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MapStudio {version}&lt;/h3&gt;&lt;p&gt;La cartographie du parcours client pensée pour les marketeurs&#xa0;: personas, étapes, points de contact, émotions, frustrations et opportunités.&lt;/p&gt;&lt;p&gt;Fonctionne hors connexion&#xa0;: vos cartes restent sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>{name}[*] — MapStudio</source>
        <translation>{name}[*] — MapStudio</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>EmotionField</name>
    <message>
        <source>No emotion rated</source>
        <translation>Effacer l’émotion</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>Poster across several sheets</source>
        <translation>Affiche sur plusieurs feuilles</translation>
    </message>
    <message>
        <source>Columns of sheets</source>
        <translation>Colonnes de feuilles</translation>
    </message>
    <message>
        <source>Rows of sheets</source>
        <translation>Rangées de feuilles</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>Assemblage&#xa0;:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Start with a persona sheet</source>
        <translation>Commencer par la fiche persona</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Impossible d’écrire le fichier&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>“{name}” is already open in another MapStudio window.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans une autre fenêtre de MapStudio.</translation>
    </message>
    <message>
        <source>“{name}” is already open in MapStudio on this computer (process {pid}).</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans MapStudio sur cet ordinateur (processus {pid}).</translation>
    </message>
    <message>
        <source>“{name}” is already open in MapStudio on the computer “{host}”.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert dans MapStudio sur l’ordinateur «&#xa0;{host}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>MapStudio projects (*.mapstudio)</source>
        <translation>Projets MapStudio (*.mapstudio)</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Parcours client</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Do you want to save the changes you made to “{name}”?</source>
        <translation>Voulez-vous enregistrer les modifications apportées à «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.

{reason}</source>
        <translation>Impossible d’ouvrir «&#xa0;{name}&#xa0;».

{reason}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>“{name}” could not be saved.

{reason}</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être enregistré.

{reason}</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré</translation>
    </message>
</context>
<context>
    <name>HealthDock</name>
    <message>
        <source>Health Check</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Carte sans titre</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>No problems found. Insights: {insights}</source>
        <translation>Aucun problème détecté. Observations&#xa0;: {insights}</translation>
    </message>
    <message>
        <source>Problems: {problems} · Insights: {insights}</source>
        <translation>Problèmes&#xa0;: {problems} · Observations&#xa0;: {insights}</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Opened project</source>
        <translation>Projet ouvert</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a card, a phase or a lane to edit it.</source>
        <translation>Sélectionnez une fiche, une étape ou une ligne pour la modifier.</translation>
    </message>
    <message>
        <source>{count} items selected.</source>
        <translation>{count} éléments sélectionnés.</translation>
    </message>
</context>
<context>
    <name>InterchangeOps</name>
    <message>
        <source>CSV for French Excel, current map (*.csv)</source>
        <translation>CSV pour Excel en français, carte affichée (*.csv)</translation>
    </message>
    <message>
        <source>CSV with commas, current map (*.csv)</source>
        <translation>CSV séparé par des virgules, carte affichée (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid journey, current map (*.mmd)</source>
        <translation>Parcours Mermaid, carte affichée (*.mmd)</translation>
    </message>
    <message>
        <source>GraphML, whole project (*.graphml)</source>
        <translation>GraphML, projet complet (*.graphml)</translation>
    </message>
    <message>
        <source>MapStudio project, a copy (*.mapstudio)</source>
        <translation>Copie du projet MapStudio (*.mapstudio)</translation>
    </message>
    <message>
        <source>CSV or Mermaid files (*.csv *.mmd *.mermaid)</source>
        <translation>Fichiers CSV ou Mermaid (*.csv *.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mermaid journeys (*.mmd *.mermaid)</source>
        <translation>Parcours Mermaid (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <source>Import a map</source>
        <translation>Importer une carte</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Importer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Imported {cards} cards from “{name}”.</source>
        <translation>{cards} fiches importées depuis «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>MapStudio imports CSV files (.csv) and Mermaid journeys (.mmd). To open a MapStudio project, use File &gt; Open.</source>
        <translation>MapStudio importe les fichiers CSV (.csv) et les parcours Mermaid (.mmd). Pour ouvrir un projet MapStudio, utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Some lines of “{name}” cannot be imported:</source>
        <translation>Certaines lignes de «&#xa0;{name}&#xa0;» ne peuvent pas être importées&#xa0;:</translation>
    </message>
    <message>
        <source>Import the {valid} valid cards and skip {bad} lines?</source>
        <translation>Importer les {valid} fiches valides et ignorer {bad} lignes&#xa0;?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The file holds no phase and no card.</source>
        <translation>Le fichier ne contient ni étape ni fiche.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported; nothing was changed.

{reason}</source>
        <translation>Impossible d’importer «&#xa0;{name}&#xa0;»&#xa0;; rien n’a été modifié.

{reason}</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV and Mermaid files hold one map; open a map first.</source>
        <translation>Un fichier CSV ou Mermaid contient une seule carte&#xa0;: ouvrez d’abord une carte.</translation>
    </message>
    <message>
        <source>This is the open project&apos;s own file; use File &gt; Save.</source>
        <translation>C’est le fichier du projet ouvert&#xa0;: utilisez Fichier &gt; Enregistrer.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>“{name}” could not be written.

{reason}</source>
        <translation>Impossible d’écrire «&#xa0;{name}&#xa0;».

{reason}</translation>
    </message>
</context>
<context>
    <name>LaneForm</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>LockedFileBox</name>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d’utilisation</translation>
    </message>
    <message>
        <source>If you both change it, whoever saves last overwrites the other&apos;s work. Open it anyway?</source>
        <translation>Si vous le modifiez tous les deux, le dernier à enregistrer écrasera le travail de l’autre. L’ouvrir quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
</context>
<context>
    <name>MapForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <source>A card&apos;s phase and lane must be on the same map.</source>
        <translation>L’étape et la ligne d’une fiche doivent appartenir à la même carte.</translation>
    </message>
    <message>
        <source>A card needs a cell, or, for a frustration, something to mark.</source>
        <translation>Une fiche doit être placée dans une case ou, pour une frustration, signaler un élément.</translation>
    </message>
    <message>
        <source>Only a frustration can mark a card or a phase.</source>
        <translation>Seule une frustration peut être signalée sur une fiche ou une étape.</translation>
    </message>
    <message>
        <source>A frustration cannot mark another marker.</source>
        <translation>Une frustration ne peut pas être signalée sur un autre marqueur.</translation>
    </message>
    <message>
        <source>A frustration marks a card or a phase.</source>
        <translation>Une frustration se signale sur une fiche ou une étape.</translation>
    </message>
    <message>
        <source>Only an opportunity can answer a frustration.</source>
        <translation>Seule une opportunité peut répondre à une frustration.</translation>
    </message>
    <message>
        <source>An opportunity answers a frustration.</source>
        <translation>Une opportunité répond à une frustration.</translation>
    </message>
    <message>
        <source>A flow joins two touchpoints.</source>
        <translation>Une liaison relie deux points de contact.</translation>
    </message>
    <message>
        <source>A flow cannot go from a touchpoint to itself.</source>
        <translation>Une liaison ne peut pas relier un point de contact à lui-même.</translation>
    </message>
    <message>
        <source>A flow joins touchpoints of the same map.</source>
        <translation>Une liaison relie des points de contact de la même carte.</translation>
    </message>
    <message>
        <source>These touchpoints are already joined.</source>
        <translation>Ces points de contact sont déjà reliés.</translation>
    </message>
    <message>
        <source>These touchpoints are not joined.</source>
        <translation>Ces points de contact ne sont pas reliés.</translation>
    </message>
    <message>
        <source>A marker must mark something: delete it instead.</source>
        <translation>Un marqueur doit signaler un élément&#xa0;: supprimez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau à partir d’un modèle</translation>
    </message>
    <message>
        <source>Start a new project from one of these templates:</source>
        <translation>Démarrez un nouveau projet à partir de l’un de ces modèles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>PageSize</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloïd</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>New phase</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Select a card or a phase to mark it as a frustration.</source>
        <translation>Sélectionnez une fiche ou une étape pour y signaler une frustration.</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Add a phase and a lane to this map first.</source>
        <translation>Ajoutez d’abord une étape et une ligne à cette carte.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Drag onto the map, or press Enter to insert</source>
        <translation>Faites glisser sur la carte, ou appuyez sur Entrée pour insérer</translation>
    </message>
    <message>
        <source>Map structure</source>
        <translation>Structure de la carte</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Lane: {kind}</source>
        <translation>Ligne&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Frustration marker</source>
        <translation>Marqueur de frustration</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona sans nom)</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New map for this persona</source>
        <translation>Nouvelle carte pour ce persona</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>(persona sans nom)</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Journey of {name}</source>
        <translation>Parcours de {name}</translation>
    </message>
    <message>
        <source>the persona</source>
        <translation>ce persona</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Salary band</source>
        <translation>Tranche de salaire</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Urgency / time to buy</source>
        <translation>Urgence / délai d’achat</translation>
    </message>
    <message>
        <source>Buying roles</source>
        <translation>Rôles dans la décision d’achat</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Objectif du client</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>“{name}” is not an image MapStudio can read.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas une image que MapStudio sait lire.</translation>
    </message>
    <message>
        <source>“{name}” is too large ({width} × {height} pixels). Choose an image of at most {limit} megapixels.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop grande ({width} × {height} pixels). Choisissez une image de {limit} mégapixels au plus.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation>Impossible de lire «&#xa0;{name}&#xa0;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Photo refused</source>
        <translation>Photo refusée</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time MapStudio starts.</source>
        <translation>Le changement de langue prendra effet au prochain démarrage de MapStudio.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Minutes between automatic backups of the open project; 0 turns them off.</source>
        <translation>Nombre de minutes entre deux sauvegardes automatiques du projet ouvert&#xa0;; 0 les désactive.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Sauvegarde automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Show the &amp;welcome screen at start</source>
        <translation>Afficher l’écran d’&amp;accueil au démarrage</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l’impression.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>One page per map</source>
        <translation>Une page par carte</translation>
    </message>
    <message>
        <source>Poster {c}×{r} sheets</source>
        <translation>Affiche de {c}×{r} feuilles</translation>
    </message>
    <message>
        <source>Persona sheet</source>
        <translation>Fiche persona</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>“{name}” could not be recovered.

{reason}

The autosave is kept in {folder}.</source>
        <translation>Impossible de récupérer «&#xa0;{name}&#xa0;».

{reason}

La sauvegarde automatique est conservée dans {folder}.</translation>
    </message>
    <message>
        <source>Recovered “{name}” as autosaved {time}</source>
        <translation>«&#xa0;{name}&#xa0;» récupéré tel que sauvegardé automatiquement le {time}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>MapStudio was not closed properly. It autosaved changes you had not saved yet. Tick what to recover or discard:</source>
        <translation>MapStudio ne s’est pas fermé correctement. Il avait sauvegardé automatiquement des modifications que vous n’aviez pas encore enregistrées. Cochez ce que vous voulez récupérer ou supprimer&#xa0;:</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>jamais enregistré dans un fichier</translation>
    </message>
    <message>
        <source>{name} — autosaved {time}</source>
        <translation>{name} — sauvegarde automatique du {time}</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Awareness</source>
        <translation>Notoriété</translation>
    </message>
    <message>
        <source>Information search</source>
        <translation>Recherche d’informations</translation>
    </message>
    <message>
        <source>Evaluation of options</source>
        <translation>Évaluation des alternatives</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision d’achat</translation>
    </message>
    <message>
        <source>Post-purchase</source>
        <translation>Évaluation post-achat</translation>
    </message>
    <message>
        <source>Customer goals</source>
        <translation>Objectifs du client</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>Cannot open the template</source>
        <translation>Impossible d’ouvrir le modèle</translation>
    </message>
    <message>
        <source>The template “{title}” cannot be opened; reinstalling MapStudio should fix it.

{reason}</source>
        <translation>Impossible d’ouvrir le modèle «&#xa0;{title}&#xa0;»&#xa0;; réinstaller MapStudio devrait régler le problème.

{reason}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>MapStudio Guide</source>
        <translation>Guide de MapStudio</translation>
    </message>
    <message>
        <source>The guide is missing from this installation ({path}).</source>
        <translation>Le guide est absent de cette installation ({path}).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Search ad</source>
        <translation>Liens sponsorisés</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Shop / point of sale</source>
        <translation>Boutique / point de vente</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Print / magazine</source>
        <translation>Presse / magazine</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Application mobile</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensée</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frustration</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Customer goals</source>
        <translation>Objectifs du client</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensées</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Émotions</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>Analytics (measured)</source>
        <translation>Mesure (analytics)</translation>
    </message>
    <message>
        <source>Anecdotal (reported)</source>
        <translation>Témoignage (anecdotique)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiateur</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Très négative</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Très positive</translation>
    </message>
    <message>
        <source>1 — Minor</source>
        <translation>1 — Mineure</translation>
    </message>
    <message>
        <source>2 — Annoying</source>
        <translation>2 — Gênante</translation>
    </message>
    <message>
        <source>3 — Blocking</source>
        <translation>3 — Bloquante</translation>
    </message>
    <message>
        <source>1 — Small</source>
        <translation>1 — Faible</translation>
    </message>
    <message>
        <source>2 — Medium</source>
        <translation>2 — Moyen</translation>
    </message>
    <message>
        <source>3 — Large</source>
        <translation>3 — Important</translation>
    </message>
    <message>
        <source>1 — Low</source>
        <translation>1 — Basse</translation>
    </message>
    <message>
        <source>3 — High</source>
        <translation>3 — Haute</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Cannot open the example</source>
        <translation>Impossible d’ouvrir l’exemple</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.

{reason}</source>
        <translation>Impossible d’ouvrir «&#xa0;{name}&#xa0;».

{reason}</translation>
    </message>
    <message>
        <source>Welcome to MapStudio</source>
        <translation>Bienvenue dans MapStudio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MapStudio&lt;/h2&gt;&lt;p&gt;Map your customer&apos;s journey: start from a template, or open a project.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans MapStudio&lt;/h2&gt;&lt;p&gt;Cartographiez le parcours de vos clients&#xa0;: partez d’un modèle ou ouvrez un projet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Double-click a template, or select it and press Create, to start a project.</source>
        <translation>Double-cliquez sur un modèle, ou sélectionnez-le puis cliquez sur Créer, pour démarrer un projet.</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Opens a copy: Save asks where to keep it.</source>
        <translation>Ouvre une copie&#xa0;: à l’enregistrement, MapStudio vous demande où la ranger.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>&amp;Show this screen at start</source>
        <translation>&amp;Afficher cet écran au démarrage</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>{path} (file not found)</source>
        <translation>{path} (fichier introuvable)</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Aucun projet récent pour l’instant</translation>
    </message>
</context>
</TS>
