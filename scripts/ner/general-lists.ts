/**
 * Word lists written from general German/world knowledge (not from any evaluation article):
 * capitals and major world cities, parties, international organisations, news agencies,
 * organisation/person/place cue words and weapon head nouns. They feed the lexicon features
 * and the category / normalisation rules.
 */

/** Capitals and large cities of the world, German exonyms. */
export const WORLD_CITIES = `Abu Dhabi,Abuja,Accra,Addis Abeba,Algier,Amman,Amsterdam,Ankara,Antananarivo,Asmara,Astana,Athen,
Bagdad,Baku,Bamako,Bangkok,Bangui,Banjul,Beirut,Belgrad,Berlin,Bern,Bischkek,Bissau,Bogotá,Brasília,Bratislava,Brazzaville,
Brüssel,Budapest,Buenos Aires,Bujumbura,Bukarest,Canberra,Caracas,Chișinău,Colombo,Conakry,Dakar,Damaskus,Dhaka,Dili,Dodoma,
Doha,Dschibuti,Dublin,Duschanbe,Eriwan,Freetown,Gaborone,Georgetown,Guatemala-Stadt,Hanoi,Harare,Havanna,Helsinki,Honiara,
Islamabad,Jakarta,Jaunde,Jerusalem,Juba,Kabul,Kairo,Kampala,Kathmandu,Khartum,Kiew,Kyjiw,Kigali,Kingston,Kinshasa,
Kopenhagen,Kuala Lumpur,Kuwait-Stadt,La Paz,Libreville,Lilongwe,Lima,Lissabon,Ljubljana,Lomé,London,Luanda,Lusaka,
Luxemburg,Madrid,Malabo,Male,Managua,Manama,Manila,Maputo,Maseru,Mexiko-Stadt,Minsk,Mogadischu,Monaco,Monrovia,Montevideo,
Moroni,Moskau,Maskat,Nairobi,Nassau,Naypyidaw,N’Djamena,Neu-Delhi,Niamey,Nikosia,Nouakchott,Nuku’alofa,Oslo,Ottawa,
Ouagadougou,Panama-Stadt,Paramaribo,Paris,Peking,Phnom Penh,Podgorica,Port Louis,Port Moresby,Port-au-Prince,Port of Spain,
Porto-Novo,Prag,Praia,Pretoria,Pjöngjang,Quito,Rabat,Reykjavík,Riad,Riga,Rom,Roseau,Saint George’s,San José,San Marino,
San Salvador,Sanaa,Santiago de Chile,Santo Domingo,São Tomé,Sarajevo,Seoul,Singapur,Skopje,Sofia,Stockholm,Sucre,Suva,
Taipeh,Tallinn,Taschkent,Tiflis,Tegucigalpa,Teheran,Thimphu,Tirana,Tokio,Tripolis,Tunis,Ulan Bator,Vaduz,Valletta,
Victoria,Vientiane,Wien,Vilnius,Warschau,Washington,Wellington,Windhoek,Yamoussoukro,Zagreb,
New York,Los Angeles,Chicago,San Francisco,Miami,Boston,Houston,Toronto,Montreal,Vancouver,Sydney,Melbourne,Shanghai,
Hongkong,Mumbai,Kalkutta,Karachi,Lagos,Istanbul,Sankt Petersburg,Petersburg,Charkiw,Odessa,Lwiw,Dnipro,Mariupol,Donezk,
Luhansk,Cherson,Saporischschja,Sewastopol,Jalta,Kaliningrad,Nowosibirsk,Jekaterinburg,Wladiwostok,Mailand,Neapel,Venedig,
Florenz,Turin,Barcelona,Sevilla,Valencia,Porto,Marseille,Lyon,Toulouse,Nizza,Straßburg,Genf,Zürich,Basel,Lausanne,
Antwerpen,Rotterdam,Den Haag,Göteborg,Krakau,Danzig,Breslau,Posen,Lodz,Brünn,Pressburg,Thessaloniki,Aleppo,Homs,Mossul,
Basra,Gaza,Tel Aviv,Haifa,Ramallah,Dubai,Mekka,Medina,Alexandria,Kandahar,Herat,Lahore,Bangalore,Chennai,Osaka,Kyoto,
Hiroshima,Nagasaki,Fukushima,Wuhan,Shenzhen,Kanton,Chongqing,Tianjin,Rio de Janeiro,São Paulo,Johannesburg,Kapstadt,
Casablanca,Marrakesch,Davos,Brest,Grodno,Gomel,Witebsk,Mogiljow,Tschernobyl,Bachmut,Awdijiwka,Butscha,Irpin,Cherson,
Edinburgh,Manchester,Liverpool,Birmingham,Glasgow,Belfast,Cardiff,Oxford,Cambridge`;

/** Regions, continents and other frequent place names. */
export const REGIONS = `Europa,Asien,Afrika,Amerika,Nordamerika,Südamerika,Lateinamerika,Australien,Ozeanien,Antarktis,Arktis,
Nahost,Mittlerer Osten,Naher Osten,Balkan,Kaukasus,Skandinavien,Baltikum,Sibirien,Krim,Donbass,Donbas,Tschetschenien,
Kaschmir,Tibet,Xinjiang,Kurdistan,Westjordanland,Gazastreifen,Golanhöhen,Sahel,Sahara,Bayern,Baden-Württemberg,Berlin,
Brandenburg,Bremen,Hamburg,Hessen,Mecklenburg-Vorpommern,Niedersachsen,Nordrhein-Westfalen,Rheinland-Pfalz,Saarland,
Sachsen,Sachsen-Anhalt,Schleswig-Holstein,Thüringen,Tirol,Vorarlberg,Kärnten,Steiermark,Burgenland,Rhein,Donau,Elbe,
Oder,Main,Mosel,Alpen,Ostsee,Nordsee,Mittelmeer,Atlantik,Pazifik,Schwarzes Meer,Rotes Meer,Ostdeutschland,Westdeutschland,
Süddeutschland,Norddeutschland,Ruhrgebiet,Allgäu,Schwarzwald,Harz,Kalifornien,Texas,Florida,Alaska,Hawaii,Ontario,Quebec`;

/** Political parties (German-speaking countries and a few large foreign ones). */
export const PARTIES = `CDU,CSU,SPD,FDP,AfD,Grüne,Grünen,Linke,Linken,Die Linke,BSW,Freie Wähler,NPD,Piratenpartei,ÖDP,Volt,ÖVP,SPÖ,FPÖ,
NEOS,SVP,FDP.Die Liberalen,Republikaner,Demokraten,Labour,Tories,Konservative,Likud,Fidesz,PiS,Rassemblement National,
Einiges Russland,Union,Unionsfraktion,SED,KPD,Zentrum`;

/** International and German organisations and institutions commonly named in news. */
export const ORGANISATIONS = `Nato,NATO,EU,UN,UNO,Vereinte Nationen,OSZE,WHO,IWF,Weltbank,WTO,OPEC,Opec,G7,G20,Brics,BRICS,ASEAN,
Afrikanische Union,Arabische Liga,Europarat,EZB,Europäische Zentralbank,Europäische Kommission,EU-Kommission,
Europäisches Parlament,Europaparlament,Bundestag,Bundesrat,Bundesregierung,Bundeswehr,Bundesverfassungsgericht,
Bundesgerichtshof,Bundeskanzleramt,Bundesbank,Bundesagentur für Arbeit,Bundespolizei,Verfassungsschutz,BND,BKA,
Kreml,Pentagon,Weißes Haus,Kongress,Senat,Repräsentantenhaus,Duma,Staatsduma,Knesset,Hamas,Hisbollah,Taliban,
IS,Al-Kaida,Wagner,Wagner-Gruppe,FBI,CIA,NSA,Interpol,Europol,Frontex,UNHCR,Unicef,UNICEF,Unesco,UNESCO,Greenpeace,
Amnesty International,Rotes Kreuz,Caritas,Diakonie,DFB,Fifa,FIFA,Uefa,UEFA,IOC,ADAC,Deutsche Bahn,Lufthansa,Siemens,
Volkswagen,VW,BMW,Daimler,Mercedes-Benz,Bosch,BASF,Bayer,Allianz,Deutsche Bank,Commerzbank,Telekom,SAP,Google,Apple,
Microsoft,Amazon,Meta,Facebook,Twitter,Tesla,Gazprom,Rosneft,Rheinmetall,Airbus,Boeing`;

/** News agencies and large media (for the "media" category). */
export const MEDIA = `dpa,AFP,Reuters,AP,epd,KNA,SID,dts,APA,SDA,Keystone-SDA,ANSA,EFE,Tass,TASS,Interfax,RIA Nowosti,
Xinhua,Kyodo,Yonhap,Ukrinform,Unian,Bloomberg,ARD,ZDF,Deutschlandfunk,Tagesschau,Spiegel,Der Spiegel,Zeit,Die Zeit,
FAZ,Süddeutsche Zeitung,SZ,Welt,Bild,Handelsblatt,Stern,Focus,taz,RTL,n-tv,ntv,BBC,CNN,CBS,NBC,ABC,Fox News,
New York Times,Washington Post,Wall Street Journal,Financial Times,Guardian,Le Monde,Al-Dschasira,Al Jazeera,ORF,SRF,
NZZ,Kommersant,Iswestija,Prawda,Nowaja Gaseta`;

/** Words that head or end organisation names. */
export const ORG_CUES = `GmbH,AG,SE,KG,OHG,eG,e.V.,Inc.,Ltd.,Corp.,Co.,Holding,Konzern,Gruppe,Bank,Partei,Verband,Verein,Union,
Gewerkschaft,Stiftung,Institut,Universität,Hochschule,Akademie,Ministerium,Behörde,Amt,Agentur,Nachrichtenagentur,
Gericht,Rat,Kommission,Komitee,Bundesamt,Landesamt,Klinikum,Klinik,Zeitung,Sender,Fraktion,Armee,Streitkräfte,
Regierung,Parlament,Senat,Club,Klub,FC,SV,VfB,VfL,TSV,Eintracht,Borussia,Werke,Stadtwerke,Airlines,Airways,Motors,Group,
Bund,Vereinigung,Organisation,Allianz,Bündnis,Front,Bewegung,Kirche,Synode,Polizei`;

/** Titles and roles that precede person names. */
export const PER_TITLES = `Herr,Herrn,Frau,Dr.,Prof.,Präsident,Präsidenten,Präsidentin,Kanzler,Kanzlerin,Bundeskanzler,Bundeskanzlerin,
Minister,Ministerin,Ministers,Außenminister,Außenministerin,Verteidigungsminister,Verteidigungsministerin,Innenminister,
Finanzminister,Wirtschaftsminister,Regierungschef,Regierungschefin,Ministerpräsident,Ministerpräsidentin,Premierminister,
Premierministerin,Bürgermeister,Bürgermeisterin,Oberbürgermeister,Sprecher,Sprecherin,Chef,Chefin,Vorsitzende,
Vorsitzender,Vorsitzenden,Parteichef,Parteichefin,Staatschef,Staatschefin,Machthaber,König,Königin,Papst,Kardinal,
Bischof,Pfarrer,General,Generalsekretär,Generalsekretärin,Botschafter,Botschafterin,Abgeordnete,Abgeordneter,Senator,
Senatorin,Gouverneur,Gouverneurin,Trainer,Trainerin,Kapitän,Richter,Richterin,Anwalt,Anwältin,Autor,Autorin,Sänger,
Sängerin,Schauspieler,Schauspielerin,Regisseur,Regisseurin,Professor,Professorin,Direktor,Direktorin,Leiter,Leiterin,
Kommissar,Kommissarin,Staatssekretär,Staatssekretärin,Vizepräsident,Vizepräsidentin,Vizekanzler,Oppositionsführer,
Oppositionsführerin,Kremlchef,Kreml-Chef,Ex-Präsident,Ex-Kanzler,Ex-Kanzlerin,Landrat,Landrätin,Kollege,Kollegin,Sohn,Tochter,
Vater,Mutter,Bruder,Schwester,Ehemann,Ehefrau,Witwe,Sir,Lady,Mr.,Mrs.,Ms.,Monsieur,Madame,Scheich,Emir,Prinz,Prinzessin,Fürst`;

/** Words after which a capitalised word is often a place. */
export const LOC_CUES = `Stadt,Hauptstadt,Region,Provinz,Bezirk,Landkreis,Kreis,Gemeinde,Dorf,Ortschaft,Kanton,Bundesland,Land,
Insel,Halbinsel,Fluss,Gebiet,Oblast,Republik,Staat,Stadtteil,Ortsteil,Hafenstadt,Großstadt,Kleinstadt,Metropole,Grenzstadt`;

/** Head nouns of weapons systems ("…-Raketen", "…-Panzer"): an OTH name ending in one is a weapon. */
export const WEAPON_HEADS = `Rakete,Raketen,Marschflugkörper,Panzer,Kampfpanzer,Schützenpanzer,Kampfjet,Kampfjets,Kampfflugzeug,
Kampfflugzeuge,Jet,Jets,Bomber,Drohne,Drohnen,Kampfdrohne,Kampfdrohnen,Haubitze,Haubitzen,Flugabwehr,Flugabwehrsystem,
Flugabwehrsysteme,Luftabwehrsystem,Luftabwehrsysteme,Raketenwerfer,Mehrfachraketenwerfer,Raketensystem,Raketensysteme,
Abwehrsystem,Abwehrsysteme,U-Boot,U-Boote,Fregatte,Fregatten,Zerstörer,Flugzeugträger,Hubschrauber,Kampfhubschrauber,
Sturmgewehr,Gewehr,Gewehre,Granate,Granaten,Munition,Sprengkopf,Sprengköpfe,Atomrakete,Atomraketen,Interkontinentalrakete,
Interkontinentalraketen,Mittelstreckenrakete,Mittelstreckenraketen,Kurzstreckenrakete,Kurzstreckenraketen,Lenkflugkörper,
Geschütz,Geschütze,Mörser,Bombe,Bomben,Torpedo,Torpedos,System,Systeme,Waffe,Waffen,Waffensystem,Waffensysteme`;

/** Returns the entries of a comma-separated list. */
export function list(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * More organisations by kind, for the ORG lexicon class (general knowledge: federal bodies,
 * companies of the large German/Austrian/Swiss indices and well-known foreign ones, football
 * and sports clubs and associations, unions and NGOs, universities, broadcasters, churches).
 */
export const INSTITUTIONS = `Bundesministerium,Auswärtiges Amt,Bundesinnenministerium,Bundesfinanzministerium,Bundesjustizministerium,
Bundesverteidigungsministerium,Bundesgesundheitsministerium,Bundeswirtschaftsministerium,Bundesumweltministerium,
Bundesarbeitsministerium,Bundesfamilienministerium,Bundesverkehrsministerium,Bundesbildungsministerium,Bundesrechnungshof,
Bundeskartellamt,Bundesnetzagentur,Bundesamt für Migration und Flüchtlinge,BAMF,Bundesamt für Sicherheit in der Informationstechnik,BSI,
Bundesamt für Verfassungsschutz,Robert Koch-Institut,Robert-Koch-Institut,RKI,Paul-Ehrlich-Institut,Umweltbundesamt,Statistisches Bundesamt,
Destatis,Bundesanstalt für Finanzdienstleistungsaufsicht,Bafin,BaFin,Bundesagentur,Bundesarbeitsgericht,Bundessozialgericht,
Bundesfinanzhof,Bundesverwaltungsgericht,Bundesanwaltschaft,Generalbundesanwalt,Landtag,Abgeordnetenhaus,Bürgerschaft,Stadtrat,
Landesregierung,Staatskanzlei,Senatsverwaltung,Bundesversammlung,Bundespräsidialamt,Bundesverfassungsschutz,MAD,GSG 9,KSK,
Europäischer Gerichtshof,EuGH,Europäischer Gerichtshof für Menschenrechte,EGMR,Internationaler Strafgerichtshof,IStGH,
Internationaler Gerichtshof,Uno-Sicherheitsrat,UN-Sicherheitsrat,Sicherheitsrat,Uno-Vollversammlung,Generalversammlung,
Europäischer Rat,Rat der EU,Eurogruppe,Eurostat,Europäische Union,Europäische Investitionsbank,Europäische Arzneimittelagentur,EMA,
OECD,Nato-Rat,IAEA,IAEO,Internationale Atomenergiebehörde,Welternährungsprogramm,WFP,FAO,ILO,UNDP,UNRWA,UNEP,Weltgesundheitsorganisation,
Welthandelsorganisation,Internationaler Währungsfonds,Ärzte ohne Grenzen,Human Rights Watch,Transparency International,Oxfam,
Brot für die Welt,Misereor,Welthungerhilfe,Save the Children,WWF,BUND,Nabu,NABU,Attac,Foodwatch,Pro Asyl,Letzte Generation,
Fridays for Future,Extinction Rebellion,Deutsches Rotes Kreuz,DRK,Technisches Hilfswerk,THW,Malteser,Johanniter,Arbeiter-Samariter-Bund,
Deutscher Gewerkschaftsbund,DGB,Verdi,IG Metall,IG BCE,GEW,GDL,EVG,Marburger Bund,Deutscher Bauernverband,BDI,BDA,DIHK,
Deutscher Industrie- und Handelskammertag,Handwerkskammer,IHK,ZDH,Bitkom,VDA,VDMA,Deutscher Städtetag,Deutscher Landkreistag,
Deutscher Richterbund,Deutscher Journalisten-Verband,DJV,Reporter ohne Grenzen,Zentralrat der Juden,Zentralrat der Muslime,
Evangelische Kirche,EKD,Katholische Kirche,Vatikan,Heiliger Stuhl,Deutsche Bischofskonferenz,Bischofskonferenz,Orthodoxe Kirche,
Max-Planck-Gesellschaft,Fraunhofer-Gesellschaft,Helmholtz-Gemeinschaft,Leibniz-Gemeinschaft,Deutsche Forschungsgemeinschaft,DFG,
DLR,Nasa,NASA,Esa,ESA,Roskosmos,SpaceX,Cern,CERN,Ifo,Ifo-Institut,DIW,IW,ZEW,IfW,Bundesinstitut für Risikobewertung,Charité,
Leopoldina,Stiko,Ständige Impfkommission,Ethikrat,Sachverständigenrat,Wirtschaftsweisen,Bundesliga,DFL,Deutsche Fußball Liga,
Bundesbahn,Deutsche Post,DHL,Deutsche Telekom,Vodafone,Telefónica,O2,1&1,Eon,E.ON,RWE,EnBW,Vattenfall,Uniper,Thyssenkrupp,ThyssenKrupp,
Salzgitter,Continental,Schaeffler,Porsche,Audi,Opel,Ford,General Motors,GM,Stellantis,Renault,Peugeot,Fiat,Toyota,Honda,Nissan,
Hyundai,Kia,Volvo,Skoda,Seat,MAN,Scania,Daimler Truck,Mercedes,Siemens Energy,Siemens Healthineers,Infineon,Merck,Fresenius,
Henkel,Beiersdorf,Adidas,Puma,Zalando,Delivery Hero,HelloFresh,Hannover Rück,Munich Re,Münchener Rück,Deutsche Börse,Vonovia,
Heidelberg Materials,HeidelbergCement,Covestro,Brenntag,Symrise,Qiagen,Sartorius,Zeiss,Carl Zeiss,Trumpf,Kuka,Hapag-Lloyd,
Fraport,Lidl,Aldi,Edeka,Rewe,Kaufland,Metro,Otto,Tui,TUI,Ryanair,Easyjet,Eurowings,Condor,Air France,KLM,British Airways,
Austrian Airlines,Emirates,Aeroflot,Deutsche Lufthansa,Hypovereinsbank,HVB,Unicredit,UniCredit,Sparkasse,Sparkassen,
Volksbank,DZ Bank,KfW,Landesbank,HSBC,Goldman Sachs,JPMorgan,JP Morgan,Morgan Stanley,Citigroup,UBS,Credit Suisse,Raiffeisen,
Erste Group,BlackRock,Allianz SE,Axa,AXA,Generali,Ergo,Debeka,Wirecard,Bertelsmann,Axel Springer,Springer,ProSiebenSat.1,
Pro Sieben,ProSieben,Sat.1,Sky,Netflix,Spotify,Disney,Warner,Sony,Samsung,LG,Huawei,Xiaomi,Alibaba,Tencent,Baidu,Bytedance,
Tiktok,TikTok,Intel,AMD,Nvidia,IBM,Oracle,Cisco,Dell,HP,Hewlett-Packard,Qualcomm,TSMC,ASML,Nokia,Ericsson,Philips,Shell,BP,
Exxon,ExxonMobil,Chevron,TotalEnergies,Eni,Equinor,Lukoil,Novatek,Aramco,Saudi Aramco,Nestlé,Unilever,Coca-Cola,Pepsi,
McDonald's,Starbucks,Ikea,IKEA,H&M,Walmart,Uber,Airbnb,OpenAI,Anthropic,Instagram,Whatsapp,WhatsApp,Youtube,YouTube,Telegram,
Wikipedia,Pfizer,Biontech,BioNTech,Moderna,Astrazeneca,AstraZeneca,Johnson & Johnson,Novartis,Roche,Sanofi,Bayer AG,Hensoldt,
Krauss-Maffei Wegmann,KNDS,Diehl,Heckler & Koch,Lockheed Martin,Raytheon,Northrop Grumman,General Dynamics,BAE Systems,
Rostec,Kalaschnikow,Naftogaz,Gasprom,Nord Stream,Rosatom,Sberbank,VTB,Wagner-Söldner,Asow,Hamas-Führung,Huthi,Huthis,
Muslimbruderschaft,PKK,YPG,Boko Haram,Al-Shabaab,Schabab,Dschihad,Islamischer Staat,Mafia,Camorra,Ndrangheta,Hells Angels,
Bandidos,RAF,NSU,Reichsbürger,Querdenker,Pegida,Identitäre Bewegung,Antifa,Ku-Klux-Klan,Wehrmacht,SS,SA,Gestapo,Stasi,
NSDAP,Rote Armee,Volksarmee,NVA,Sowjetunion`;

/** Sports clubs and associations (football, and the large ones of other sports). */
export const CLUBS = `Bayern München,FC Bayern,Borussia Dortmund,BVB,Schalke,Schalke 04,FC Schalke 04,Werder Bremen,Hamburger SV,HSV,
VfB Stuttgart,Eintracht Frankfurt,Borussia Mönchengladbach,Gladbach,Bayer Leverkusen,Leverkusen,RB Leipzig,VfL Wolfsburg,
Hertha BSC,Hertha,Union Berlin,1. FC Union Berlin,1. FC Köln,FC Köln,1. FC Kaiserslautern,Kaiserslautern,1. FC Nürnberg,
TSG Hoffenheim,Hoffenheim,SC Freiburg,FSV Mainz 05,Mainz 05,FC Augsburg,Hannover 96,VfL Bochum,Arminia Bielefeld,Fortuna Düsseldorf,
MSV Duisburg,Karlsruher SC,KSC,FC St. Pauli,St. Pauli,Dynamo Dresden,Energie Cottbus,Hansa Rostock,1. FC Magdeburg,Holstein Kiel,
SV Darmstadt 98,SpVgg Greuther Fürth,Greuther Fürth,1860 München,TSV 1860,Rot-Weiss Essen,Alemannia Aachen,SC Paderborn,
Eintracht Braunschweig,1. FC Heidenheim,Rapid Wien,Austria Wien,Red Bull Salzburg,Sturm Graz,FC Basel,Young Boys,FC Zürich,
Grasshoppers,Real Madrid,FC Barcelona,Barça,Atlético Madrid,Manchester United,Manchester City,FC Liverpool,Liverpool,Chelsea,
FC Chelsea,Arsenal,FC Arsenal,Tottenham,Juventus Turin,Juventus,AC Mailand,Inter Mailand,AS Rom,SSC Neapel,Paris Saint-Germain,
PSG,Ajax Amsterdam,Ajax,PSV Eindhoven,Benfica Lissabon,FC Porto,Galatasaray,Fenerbahce,Besiktas,Celtic,Zenit St. Petersburg,
Spartak Moskau,Schachtar Donezk,Dynamo Kiew,THW Kiel,SG Flensburg-Handewitt,Füchse Berlin,Rhein-Neckar Löwen,Alba Berlin,
Eisbären Berlin,Adler Mannheim,Kölner Haie,Red Bull,Ferrari,Mercedes AMG,McLaren,Red Bull Racing,Williams,Alpine,Aston Martin,
Sauber,Team Sky,Ineos,Jumbo-Visma,Bora-hansgrohe,DOSB,Deutscher Olympischer Sportbund,DHB,DEB,DBB,DTB,DLV,DSV,FIS,IAAF,
World Athletics,Wada,WADA,Nada,NADA,NBA,NFL,NHL,MLB,ATP,WTA,Uefa-Exekutivkomitee,Concacaf,Conmebol,CAF,AFC,ITF,UCI,FIA,FIBA,IHF`;

/**
 * Other named things (GermEval's OTH): currencies, stock indices, wars and eras, recurring
 * events, laws and reforms, holy books, languages, well-known products and software.
 */
export const OTHER_NAMES = `Euro,Euros,€,EUR,USD,CHF,Dollar,US-Dollar,Franken,Pfund,Rubel,Yuan,Renminbi,Yen,Rupie,Lira,Zloty,Forint,Hrywnja,
Schekel,Peso,D-Mark,Schilling,Bitcoin,Dax,DAX,MDax,MDAX,SDax,SDAX,TecDax,TecDAX,Dow Jones,Nasdaq,
S&P 500,Nikkei,Euro Stoxx,Euro Stoxx 50,Stoxx,FTSE,CAC 40,SMI,ATX,Hang Seng,Erster Weltkrieg,Ersten Weltkrieg,Ersten Weltkriegs,
Zweiter Weltkrieg,Zweiten Weltkrieg,Zweiten Weltkriegs,Weltkrieg,Weltkriegs,Kalter Krieg,Kalten Krieg,Kalten Kriegs,Holocaust,Shoah,
Reformation,Renaissance,Barock,Gotik,Romanik,Klassizismus,Jugendstil,Expressionismus,Olympische Spiele,
Olympischen Spiele,Olympischen Spielen,Olympia,Paralympics,Tour de France,Giro d'Italia,Wimbledon,US Open,French Open,
Australian Open,Super Bowl,Eurovision Song Contest,Oktoberfest,Wiesn,Berlinale,Documenta,documenta,Biennale,Expo,Cebit,
Gamescom,IAA,Buchmesse,Brexit,Grundgesetz,Grundgesetzes,BGB,StGB,Hartz IV,Agenda 2010,Infektionsschutzgesetz,Bibel,Koran,Tora,
Talmud,Neues Testament,Altes Testament,Englisch,Deutsch,Französisch,Spanisch,Italienisch,Russisch,Chinesisch,Arabisch,Türkisch,
Polnisch,Ukrainisch,Latein,Griechisch,Hebräisch,Japanisch,Portugiesisch,Niederländisch,Esperanto,Windows,Linux,Android,iOS,
macOS,iPhone,iPad,iPod,Mac,Macbook,Playstation,PlayStation,Xbox,Wii,Nintendo Switch,Gameboy,Excel,Firefox,
Google Maps,ChatGPT,Passat,Käfer,Trabant,Airbus A380,A380,Boeing 737,Boeing 747,Concorde,Titanic,Sputnik,Apollo,
Hubble,Voyager,ISS,Harry Potter,Star Wars,Tatort,Tagesthemen,Wetten dass,Oscar,Oscars,Grammy,Grammys,Emmy,Nobelpreis,
Friedensnobelpreis,Pulitzer-Preis,Goldene Palme,Goldenen Bären,Champions-League-Finale`;
