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
