"""Issue 11, kind 7: the actor dictionary covers the world, not the dev set's countries.

For every country with active conflict in ACLED's coverage, short sentences written for this test name the
state's military, its police and at least three non-state groups by their aliases and acronyms; the real actor
scanner must give each the ACLED name, the inter code, the kind and the home country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import HOUTHI_FORCES
from conflictlens.geo.countries import countries, iso3_by_name
from conflictlens.nlp.actors import find_actor_mentions

ON = dt.date(2020, 6, 1)


def country_of(word: str) -> str | None:
    iso3 = iso3_by_name(word)
    return countries()[iso3].name if iso3 else None


# country -> [(sentence, ACLED name, inter, kind, home country)]; kind "state" = military, "police", "group".
M, P, G = "state", "police", "group"
CASES: dict[str, list[tuple[str, str, int, str, str]]] = {
    "Afghanistan": [
        ("ANDSF troops repelled the assault on the district centre.", "Military Forces of Afghanistan", 1, M,
         "Afghanistan"),
        ("The Afghan Air Force bombed hideouts overnight.", "Military Forces of Afghanistan", 1, M, "Afghanistan"),
        ("ANP personnel were wounded at a checkpoint.", "Police Forces of Afghanistan", 1, P, "Afghanistan"),
        ("NDS operatives detained three suspects.", "Police Forces of Afghanistan", 1, P, "Afghanistan"),
        ("Taleban fighters overran two outposts.", "Taliban", 2, G, "Afghanistan"),
        ("ISIS-K claimed the bombing of the shrine.", "Islamic State (Afghanistan)", 2, G, "Afghanistan"),
        ("NRF fighters ambushed a patrol in the valley.", "NRF: National Resistance Front", 2, G, "Afghanistan"),
        ("The Afghanistan Freedom Front said it fired rockets.", "AFF: Afghanistan Freedom Front", 2, G,
         "Afghanistan"),
    ],
    "Pakistan": [
        ("Frontier Corps personnel cordoned off the area.", "Military Forces of Pakistan", 1, M, "Pakistan"),
        ("FC personnel came under fire near the border.", "Military Forces of Pakistan", 1, M, "Pakistan"),
        ("The CTD said it killed four militants in a raid.", "Police Forces of Pakistan", 1, P, "Pakistan"),
        ("Levies personnel escorted the polio team.", "Police Forces of Pakistan", 1, P, "Pakistan"),
        ("Tehreek-e-Taliban Pakistan claimed the attack.", "Tehrik-i-Taliban Pakistan", 2, G, "Pakistan"),
        ("The BLA said its fighters hit a convoy.", "BLA: Baloch Liberation Army", 2, G, "Pakistan"),
        ("Jamaat-ul-Ahrar militants planted the bomb.", "JuA: Jamaat-ul-Ahrar", 2, G, "Pakistan"),
        ("The Hafiz Gul Bahadur group took responsibility.", "Hafiz Gul Bahadur Group", 2, G, "Pakistan"),
        ("The Hafiz Gul Bahadur group claimed the attack.", "Hafiz Gul Bahadur Group", 2, G, "Pakistan"),
    ],
    "India": [
        ("Indian Army soldiers returned fire along the Line of Control.", "Military Forces of India", 1, M,
         "India"),
        ("BSF jawans seized a consignment of arms.", "Military Forces of India", 1, M, "India"),
        ("CRPF personnel were injured in the blast.", "Police Forces of India", 1, P, "India"),
        ("A DRG team recovered the bodies.", "Police Forces of India", 1, P, "India"),
        ("Naxals torched three vehicles at a road site.", "Naxal-Maoist Rebels (India)", 2, G, "India"),
        ("The Resistance Front claimed the killing.", "TRF: The Resistance Front", 2, G, "India"),
        ("ULFA (I) cadres abducted an engineer.", "ULFA-I: United Liberation Front of Asom-Independent", 2, G,
         "India"),
        ("Arambai Tenggol members torched houses.", "Arambai Tenggol", 3, G, "India"),
        ("UNLF cadres ambushed the convoy.", "UNLF: United National Liberation Front", 2, G, "India"),
        ("PREPAK militants shot the officer.", "PREPAK: People's Revolutionary Party of Kangleipak", 2, G, "India"),
        ("Zomi Revolutionary Army cadres clashed with the rivals.", "ZRA: Zomi Revolutionary Army", 2, G, "India"),
    ],
    "Bangladesh": [
        ("Border Guard Bangladesh members shot a smuggler.", "Military Forces of Bangladesh", 1, M, "Bangladesh"),
        ("Bangladesh Army troops were deployed to the camps.", "Military Forces of Bangladesh", 1, M,
         "Bangladesh"),
        ("RAB members arrested two suspects.", "Police Forces of Bangladesh", 1, P, "Bangladesh"),
        ("The Rapid Action Battalion raided a den.", "Police Forces of Bangladesh", 1, P, "Bangladesh"),
        ("ARSA militants attacked a rival group in the camp.", "ARSA: Arakan Rohingya Salvation Army", 2, G,
         "Myanmar"),
        ("Neo-JMB operatives were hiding in the house.", "JMB: Jamaat-ul-Mujahideen Bangladesh", 2, G,
         "Bangladesh"),
        ("KNF fighters ambushed soldiers in the hills.", "KNF: Kuki-Chin National Front", 2, G, "Bangladesh"),
        ("UPDF activists exchanged fire with PCJSS men.", "UPDF: United People's Democratic Front", 3, G,
         "Bangladesh"),
        ("PCJSS cadres abducted a trader.", "PCJSS: Parbatya Chattagram Jana Sanghati Samiti", 3, G, "Bangladesh"),
    ],
    "Myanmar": [
        ("The Tatmadaw shelled the village.", "Military Forces of Myanmar", 1, M, "Myanmar"),
        ("SAC troops torched homes in the township.", "Military Forces of Myanmar", 1, M, "Myanmar"),
        ("Myanmar Police Force officers arrested protesters.", "Police Forces of Myanmar", 1, P, "Myanmar"),
        ("BGP members fired on the boat.", "Police Forces of Myanmar", 1, P, "Myanmar"),
        ("AA troops captured the outpost.", "Arakan Army", 2, G, "Myanmar"),
        ("The MNDAA seized the town.", "MNDAA: Myanmar National Democratic Alliance Army", 2, G, "Myanmar"),
        ("KNDF fighters attacked a junta column.", "KNDF: Karenni Nationalities Defense Force", 2, G, "Myanmar"),
        ("Pyu Saw Htee militiamen killed two villagers.", "Pyu Saw Htee", 3, G, "Myanmar"),
        ("Karenni Army troops seized the outpost.", "KA: Karenni Army", 2, G, "Myanmar"),
    ],
    "Philippines": [
        ("Philippine Army troopers clashed with rebels.", "Military Forces of the Philippines", 1, M,
         "Philippines"),
        ("CAFGU members were ambushed.", "Military Forces of the Philippines", 1, M, "Philippines"),
        ("PNP personnel killed a drug suspect.", "Police Forces of the Philippines", 1, P, "Philippines"),
        ("The Philippine Drug Enforcement Agency raided a house.", "Police Forces of the Philippines", 1, P,
         "Philippines"),
        ("NPA rebels burned a construction vehicle.", "NPA: New People's Army", 2, G, "Philippines"),
        ("The Abu Sayyaf beheaded a hostage.", "Abu Sayyaf Group", 2, G, "Philippines"),
        ("BIFF fighters fired mortars at the detachment.", "BIFF: Bangsamoro Islamic Freedom Fighters", 2, G,
         "Philippines"),
        ("Dawlah Islamiyah gunmen attacked the camp.", "Maute Group", 2, G, "Philippines"),
        ("MNLF fighters clashed with the militia.", "MNLF: Moro National Liberation Front", 2, G, "Philippines"),
        ("Communist guerrillas ambushed the patrol.", "NPA: New People's Army", 2, G, "Philippines"),
        ("Troops clashed with CPP-NPA Terrorists in the hills.", "NPA: New People's Army", 2, G, "Philippines"),
    ],
    "Thailand": [
        ("Paramilitary rangers were hit by a roadside bomb.", "Military Forces of Thailand", 1, M, "Thailand"),
        ("Royal Thai Army troops searched the village.", "Military Forces of Thailand", 1, M, "Thailand"),
        ("Border Patrol Police officers were ambushed.", "Police Forces of Thailand", 1, P, "Thailand"),
        ("The Royal Thai Police arrested two men.", "Police Forces of Thailand", 1, P, "Thailand"),
        ("Barisan Revolusi Nasional insurgents planted the bomb.", "BRN: National Revolutionary Front", 2, G,
         "Thailand"),
        ("PULO claimed the shooting.", "PULO: Patani United Liberation Organisation", 2, G, "Thailand"),
        ("Malay Muslim insurgents shot a village headman.", "Malay Muslim Separatists (Thailand)", 2, G,
         "Thailand"),
    ],
    "Indonesia": [
        ("TNI soldiers were shot in the highlands.", "Military Forces of Indonesia", 1, M, "Indonesia"),
        ("Kopassus units joined the search.", "Military Forces of Indonesia", 1, M, "Indonesia"),
        ("Brimob officers dispersed the crowd.", "Police Forces of Indonesia", 1, P, "Indonesia"),
        ("Densus 88 arrested five suspected militants.", "Police Forces of Indonesia", 1, P, "Indonesia"),
        ("TPNPB rebels set fire to a school.", "TPNPB: West Papua National Liberation Army", 2, G, "Indonesia"),
        ("MIT militants killed four farmers.", "MIT: Mujahideen of Eastern Indonesia", 2, G, "Indonesia"),
        ("JAD members planned the church bombing.", "JAD: Jamaah Ansharut Daulah", 2, G, "Indonesia"),
    ],
    "Iraq": [
        ("ISF units cleared the orchards.", "Military Forces of Iraq", 1, M, "Iraq"),
        ("The Counter-Terrorism Service raided a hideout.", "Military Forces of Iraq", 1, M, "Iraq"),
        ("Federal Police officers were killed by a sniper.", "Police Forces of Iraq", 1, P, "Iraq"),
        ("Hashd al-Shaabi fighters repelled the attack.", "PMF: Popular Mobilization Forces", 3, G, "Iraq"),
        ("Kataib Hezbollah fired rockets at the base.", "Kataib Hezbollah", 3, G, "Iraq"),
        ("Asaib Ahl al-Haq gunmen shot a protester.", "Asaib Ahl al-Haq", 3, G, "Iraq"),
        ("The Islamic Resistance in Iraq claimed a drone attack.", "Islamic Resistance in Iraq", 3, G, "Iraq"),
        ("Nujaba fighters fired rockets at the base.", "Harakat Hezbollah al Nujaba", 3, G, "Iraq"),
    ],
    "Syria": [
        ("The Syrian Arab Army shelled the village.", "Military Forces of Syria", 1, M, "Syria"),
        ("SAA troops advanced on the hill.", "Military Forces of Syria", 1, M, "Syria"),
        ("General Security forces arrested a former officer.", "Police Forces of Syria", 1, P, "Syria"),
        ("QSD fighters detained several men.", "QSD: Syrian Democratic Forces", 2, G, "Syria"),
        ("HTS militants shelled the town.", "Hayat Tahrir al-Sham", 2, G, "Syria"),
        ("SNA factions clashed over a checkpoint.", "Syrian National Army", 2, G, "Syria"),
        ("NDF militiamen looted the shops.", "NDF: National Defence Forces", 3, G, "Syria"),
    ],
    "Yemen": [
        ("Pro-Hadi forces attacked Houthi positions.", "Military Forces of Yemen", 1, M, "Yemen"),
        ("Forces of the internationally recognised government repelled the assault.", "Military Forces of Yemen",
         1, M, "Yemen"),
        ("Central Security Forces dispersed the protest.", "Police Forces of Yemen", 1, P, "Yemen"),
        ("Ansar Allah fighters shelled the district.", HOUTHI_FORCES, 1, M, "Yemen"),
        ("Security Belt Forces arrested a suspect.", "Security Belt Forces", 3, G, "Yemen"),
        ("STC forces took control of the port.", "Southern Transitional Council", 2, G, "Yemen"),
        ("AQAP militants attacked a checkpoint.", "AQAP: Al Qaeda in the Arabian Peninsula", 2, G, "Yemen"),
        ("The Giants Brigades advanced on the town.", "Giants Brigades", 3, G, "Yemen"),
    ],
    "Lebanon": [
        ("The Lebanese Armed Forces deployed in the south.", "Military Forces of Lebanon", 1, M, "Lebanon"),
        ("LAF soldiers closed the road.", "Military Forces of Lebanon", 1, M, "Lebanon"),
        ("ISF officers arrested a suspect.", "Police Forces of Lebanon", 1, P, "Lebanon"),
        ("Hizbullah fighters fired anti-tank missiles.", "Hezbollah", 2, G, "Lebanon"),
        ("Amal Movement supporters clashed with rivals.", "Amal Movement", 3, G, "Lebanon"),
        ("Asbat al-Ansar gunmen exchanged fire in the camp.", "Asbat al-Ansar", 2, G, "Lebanon"),
    ],
    "Israel": [
        ("The IDF said it intercepted the rocket.", "Military Forces of Israel", 1, M, "Israel"),
        ("The Israel Defense Forces raided the house.", "Military Forces of Israel", 1, M, "Israel"),
        ("Israel Police arrested protesters in the city.", "Police Forces of Israel", 1, P, "Israel"),
        ("Hamas fired rockets at the town.", "Hamas Movement", 2, G, "Palestine"),
        ("Jewish settlers attacked a shepherd.", "Settlers (Israel)", 3, G, "Israel"),
        ("Hilltop Youth activists vandalised a mosque.", "Hilltop Youth", 3, G, "Israel"),
        ("Lehava members assaulted two passers-by.", "Lehava", 3, G, "Israel"),
    ],
    "Palestine": [
        ("Israeli forces raided the camp.", "Military Forces of Israel", 8, M, "Israel"),
        ("Palestinian Authority security forces clashed with gunmen.", "Military Forces of Palestine", 1, M,
         "Palestine"),
        ("Palestinian police dispersed the crowd.", "Police Forces of Palestine", 1, P, "Palestine"),
        ("The Al-Quds Brigades fired mortars.", "Palestinian Islamic Jihad", 2, G, "Palestine"),
        ("Al-Aqsa Martyrs Brigades gunmen shot at a checkpoint.", "Al Aqsa Martyrs Brigade", 2, G, "Palestine"),
        ("The Lions' Den claimed the shooting.", "Lions' Den", 2, G, "Palestine"),
        ("The PFLP claimed the rocket fire.", "PFLP: Popular Front for the Liberation of Palestine", 2, G,
         "Palestine"),
    ],
    "Turkey": [
        ("The TSK said it neutralised four militants.", "Military Forces of Turkey", 1, M, "Turkey"),
        ("Jandarma units detained 12 suspects.", "Police Forces of Turkey", 1, P, "Turkey"),
        ("Turkish National Police officers raided the flats.", "Police Forces of Turkey", 1, P, "Turkey"),
        ("PKK militants attacked a base.", "PKK: Kurdistan Workers Party", 2, G, "Turkey"),
        ("The Kurdistan Freedom Falcons claimed the bombing.", "TAK: Kurdistan Freedom Falcons", 2, G, "Turkey"),
        ("DHKP-C members opened fire on the police.", "DHKP-C: Revolutionary People's Liberation Party-Front", 2,
         G, "Turkey"),
    ],
    "Iran": [
        ("The IRGC struck targets across the border.", "Military Forces of Iran", 1, M, "Iran"),
        ("Revolutionary Guards fired on the crowd.", "Military Forces of Iran", 1, M, "Iran"),
        ("FARAJA officers arrested dozens of protesters.", "Police Forces of Iran", 1, P, "Iran"),
        ("Jaish al-Adl militants killed two guards.", "Jaish al-Adl", 2, G, "Iran"),
        ("PJAK fighters clashed with border guards.", "PJAK: Kurdistan Free Life Party", 2, G, "Iran"),
        ("KDPI peshmerga ambushed a patrol.", "KDPI: Kurdistan Democratic Party of Iran", 2, G, "Iran"),
        ("Komala said its camp was hit.",
         "Komala: Society of Revolutionary Toilers of Iranian Kurdistan", 2, G, "Iran"),
        ("The Kurdistan Freedom Party said two members were killed.", "PAK: Kurdistan Freedom Party", 2, G, "Iran"),
    ],
    "Libya": [
        ("GNA forces shelled the airport.", "Military Forces of Libya (Government of National Accord)", 1, M,
         "Libya"),
        ("Libyan police arrested smugglers.", "Police Forces of Libya", 1, P, "Libya"),
        ("Libyan Interior Ministry forces raided the camp.", "Police Forces of Libya", 1, P, "Libya"),
        ("The Kaniyat militia executed prisoners.", "Al-Kaniyat Militia", 3, G, "Libya"),
        ("Rada forces detained a commander.", "Rada Special Deterrence Force", 3, G, "Libya"),
        ("The Stability Support Apparatus clashed with a rival unit.", "SSA: Stability Support Apparatus", 3, G,
         "Libya"),
        ("The 444th Brigade deployed in the south of the capital.", "444th Brigade", 3, G, "Libya"),
    ],
    "Egypt": [
        ("The Egyptian Armed Forces killed 18 militants.", "Military Forces of Egypt", 1, M, "Egypt"),
        ("Central Security Forces dispersed the march.", "Police Forces of Egypt", 1, P, "Egypt"),
        ("Wilayat Sinai militants attacked a checkpoint.", "Islamic State (Egypt)", 2, G, "Egypt"),
        ("Hasm Movement claimed the assassination attempt.", "Hasm Movement", 2, G, "Egypt"),
        ("Liwa al-Thawra gunmen shot an officer.", "Liwa al-Thawra", 2, G, "Egypt"),
        ("The Union of Sinai Tribes fought the militants.", "Union of Sinai Tribes", 3, G, "Egypt"),
    ],
    "Sudan": [
        ("SAF warplanes bombed the market.", "Military Forces of Sudan", 1, M, "Sudan"),
        ("The Sudanese Armed Forces retook the bridge.", "Military Forces of Sudan", 1, M, "Sudan"),
        ("Central Reserve Police fired tear gas at protesters.", "Police Forces of Sudan", 1, P, "Sudan"),
        ("RSF fighters looted the town.", "Rapid Support Forces", 2, G, "Sudan"),
        ("SPLM-N fighters attacked the garrison.", "SPLM-N: Sudan People's Liberation Movement-North", 2, G,
         "Sudan"),
        ("JEM forces clashed with the paramilitaries.", "JEM: Justice and Equality Movement", 2, G, "Sudan"),
        ("SLA-AW fighters attacked the village.", "SLM/A-AW: Sudan Liberation Movement/Army-Abdel Wahid", 2, G,
         "Sudan"),
    ],
    "South Sudan": [
        ("SSPDF soldiers clashed with rebels.", "Military Forces of South Sudan", 1, M, "South Sudan"),
        ("The South Sudan People's Defence Forces shelled the base.", "Military Forces of South Sudan", 1, M,
         "South Sudan"),
        ("SSNPS officers arrested two suspects.", "Police Forces of South Sudan", 1, P, "South Sudan"),
        ("SPLA-IO forces attacked the barracks.", "SPLM-IO: Sudan People's Liberation Movement-In Opposition", 2,
         G, "South Sudan"),
        ("NAS fighters ambushed a convoy.", "NAS: National Salvation Front", 2, G, "South Sudan"),
        ("The White Army attacked the town.", "White Army", 4, G, "South Sudan"),
    ],
    "Ethiopia": [
        ("ENDF troops clashed with Fano militiamen.", "Military Forces of Ethiopia", 1, M, "Ethiopia"),
        ("The Ethiopian National Defense Force retook the town.", "Military Forces of Ethiopia", 1, M, "Ethiopia"),
        ("Federal Police officers arrested journalists.", "Police Forces of Ethiopia", 1, P, "Ethiopia"),
        ("Liyu Police killed several herders.", "Police Forces of Ethiopia", 1, P, "Ethiopia"),
        ("Fano militia attacked the prison.", "Fano Militia", 3, G, "Ethiopia"),
        ("OLF-Shane fighters killed the officials.", "OLA: Oromo Liberation Army", 2, G, "Ethiopia"),
        ("Tigray Defense Forces shelled the town.", "TPLF: Tigray People's Liberation Front", 2, G, "Ethiopia"),
    ],
    "Somalia": [
        ("Danab commandos raided the village.", "Military Forces of Somalia", 1, M, "Somalia"),
        ("SNA troops repelled the attack.", "Military Forces of Somalia", 1, M, "Somalia"),
        ("Somali Police Force officers were killed.", "Police Forces of Somalia", 1, P, "Somalia"),
        ("Al-Shabab fighters attacked the base.", "Al Shabaab", 2, G, "Somalia"),
        ("Macawisley militiamen fought the militants.", "Macawisley Militia", 3, G, "Somalia"),
        ("ISS militants attacked a Puntland position.", "Islamic State (Somalia)", 2, G, "Somalia"),
        ("ATMIS troops withdrew from the base.", "AMISOM: African Union Mission in Somalia", 8, G, "Somalia"),
    ],
    "Kenya": [
        ("KDF soldiers were hit by an IED.", "Military Forces of Kenya", 1, M, "Kenya"),
        ("GSU officers dispersed the crowd.", "Police Forces of Kenya", 1, P, "Kenya"),
        ("Kenya Police Reserve officers tracked the raiders.", "Police Forces of Kenya", 1, P, "Kenya"),
        ("Al Shabaab militants attacked the bus.", "Al Shabaab", 2, G, "Somalia"),
        ("Mungiki members killed two men.", "Mungiki", 3, G, "Kenya"),
        ("Pokot militiamen raided the village.", "Pokot Ethnic Militia (Kenya)", 4, G, ""),
        ("MRC supporters attacked the polling station.", "MRC: Mombasa Republican Council", 3, G, "Kenya"),
    ],
    "Democratic Republic of Congo": [
        ("FARDC soldiers repelled the attack.", "Military Forces of the Democratic Republic of Congo", 1, M,
         "Democratic Republic of Congo"),
        ("PNC officers arrested the suspects.", "Police Forces of the Democratic Republic of Congo", 1, P,
         "Democratic Republic of Congo"),
        ("ADF rebels killed 20 civilians.", "ADF: Allied Democratic Forces", 2, G, "Democratic Republic of Congo"),
        ("M23 fighters captured the town.", "M23: March 23 Movement", 2, G, "Democratic Republic of Congo"),
        ("CODECO militiamen attacked the camp.", "CODECO: Cooperative for Development of Congo", 4, G,
         "Democratic Republic of Congo"),
        ("Wazalendo fighters clashed with the rebels.", "Wazalendo", 3, G, "Democratic Republic of Congo"),
        ("Twirwaneho militiamen attacked the village.", "Twirwaneho", 4, G, "Democratic Republic of Congo"),
        ("Kamuina Nsapu militiamen attacked the police station.",
         "Kamuina Nsapu Militia", 3, G, "Democratic Republic of Congo"),
        ("Bana Mura fighters burned the village.", "Bana Mura Militia", 3, G, "Democratic Republic of Congo"),
    ],
    "Central African Republic": [
        ("FACA soldiers retook the town.", "Military Forces of the Central African Republic", 1, M,
         "Central African Republic"),
        ("Central African gendarmes arrested the men.", "Police Forces of the Central African Republic", 1, P,
         "Central African Republic"),
        ("3R fighters attacked the village.", "3R: Return, Reclamation, Rehabilitation", 2, G,
         "Central African Republic"),
        ("Anti-Balaka militiamen killed two herders.", "Anti-Balaka", 3, G, "Central African Republic"),
        ("CPC rebels blocked the road.", "CPC: Coalition of Patriots for Change", 2, G, "Central African Republic"),
        ("The MPC rebels occupied the town.", "MPC: Patriotic Movement for Central Africa", 2, G,
         "Central African Republic"),
        ("UPC fighters looted the market.",
         "UPC: Union for Peace in the Central African Republic", 2, G, "Central African Republic"),
    ],
    "Cameroon": [
        ("BIR soldiers raided the village.", "Military Forces of Cameroon", 1, M, "Cameroon"),
        ("The Rapid Intervention Battalion killed four separatists.", "Military Forces of Cameroon", 1, M,
         "Cameroon"),
        ("Cameroonian police arrested 20 people.", "Police Forces of Cameroon", 1, P, "Cameroon"),
        ("Amba fighters kidnapped a teacher.", "Ambazonian Separatists (Cameroon)", 2, G, "Cameroon"),
        ("The Ambazonia Defence Forces claimed the ambush.", "ADF: Ambazonia Defence Forces", 2, G, "Cameroon"),
        ("SOCADEF fighters attacked a checkpoint.", "SOCADEF: Southern Cameroons Defence Forces", 2, G,
         "Cameroon"),
        ("Boko Haram militants raided the village.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2,
         G, "Nigeria"),
    ],
    "Nigeria": [
        ("The Nigerian Army repelled the assault.", "Military Forces of Nigeria", 1, M, "Nigeria"),
        ("NAF jets bombed the camp.", "Military Forces of Nigeria", 1, M, "Nigeria"),
        ("Mobile Police officers were ambushed.", "Police Forces of Nigeria", 1, P, "Nigeria"),
        ("NSCDC operatives arrested pipeline vandals.", "Police Forces of Nigeria", 1, P, "Nigeria"),
        ("ISWAP fighters attacked the base.", "Islamic State (West Africa)", 2, G, "Nigeria"),
        ("Ansaru gunmen abducted the travellers.", "Ansaru", 2, G, "Nigeria"),
        ("ESN operatives attacked the police station.", "IPOB: Indigenous People of Biafra", 3, G, "Nigeria"),
        ("Lakurawa militants killed 15 villagers.", "Lakurawa", 2, G, "Nigeria"),
    ],
    "Niger": [
        ("Nigerien soldiers repelled the attack.", "Military Forces of Niger", 1, M, "Niger"),
        ("FDS units pursued the attackers.", "Military Forces of Niger", 1, M, "Niger"),
        ("Nigerien police arrested six people.", "Police Forces of Niger", 1, P, "Niger"),
        ("ISGS militants killed the villagers.", "Islamic State (Greater Sahara)", 2, G, ""),
        ("JNIM fighters ambushed the convoy.", "JNIM: Group for Support of Islam and Muslims", 2, G, "Mali"),
        ("The FPL claimed it sabotaged the pipeline.", "FPL: Patriotic Liberation Front", 2, G, "Niger"),
    ],
    "Mali": [
        ("FAMa soldiers were killed in the ambush.", "Military Forces of Mali", 1, M, "Mali"),
        ("The Malian Armed Forces struck the camp.", "Military Forces of Mali", 1, M, "Mali"),
        ("Malian gendarmerie officers arrested a suspect.", "Police Forces of Mali", 1, P, "Mali"),
        ("Jama'at Nusrat al-Islam wal-Muslimin claimed the attack.",
         "JNIM: Group for Support of Islam and Muslims", 2, G, "Mali"),
        ("Dan Na Ambassagou militiamen attacked the village.", "Dan Na Ambassagou", 4, G, "Mali"),
        ("CMA rebels shot down a drone.", "CMA: Coordination of Azawad Movements", 2, G, "Mali"),
        ("GATIA fighters clashed with the militants.",
         "GATIA: Imghad Tuareg and Allies Self-Defense Group", 3, G, "Mali"),
        ("Jamaat Nusrat al-Islam fighters stormed the camp.",
         "JNIM: Group for Support of Islam and Muslims", 2, G, "Mali"),
    ],
    "Burkina Faso": [
        ("Burkinabe soldiers repelled the attack.", "Military Forces of Burkina Faso", 1, M, "Burkina Faso"),
        ("FDS units destroyed the camp.", "Military Forces of Burkina Faso", 1, M, "Burkina Faso"),
        ("Burkinabe gendarmerie units arrested two men.", "Police Forces of Burkina Faso", 1, P, "Burkina Faso"),
        ("VDP fighters were killed in the ambush.", "VDP: Volunteers for the Defense of the Homeland", 3, G,
         "Burkina Faso"),
        ("Ansaroul Islam militants burned the school.", "Ansaroul Islam", 2, G, "Burkina Faso"),
        ("Koglweogo members killed three herders.", "Koglweogo Militia", 4, G, "Burkina Faso"),
    ],
    "Chad": [
        ("The Chadian army repelled the rebels.", "Military Forces of Chad", 1, M, "Chad"),
        ("ANT troops pursued the attackers.", "Military Forces of Chad", 1, M, "Chad"),
        ("Chadian police fired tear gas at the march.", "Police Forces of Chad", 1, P, "Chad"),
        ("FACT rebels advanced towards the capital.", "FACT: Front for Change and Concord in Chad", 2, G, "Chad"),
        ("The CCMSR claimed an attack on the army.",
         "CCMSR: Military Command Council for the Salvation of the Republic", 2, G, "Chad"),
        ("UFR rebels crossed the border in a column of pickups.", "UFR: Union of Resistance Forces", 2, G, "Chad"),
    ],
    "Mozambique": [
        ("FADM soldiers retook the town.", "Military Forces of Mozambique", 1, M, "Mozambique"),
        ("UIR officers were ambushed on the road.", "Police Forces of Mozambique", 1, P, "Mozambique"),
        ("PRM agents detained the suspects.", "Police Forces of Mozambique", 1, P, "Mozambique"),
        ("Islamic State Mozambique Province claimed the beheadings.", "Islamic State (Mozambique)", 2, G,
         "Mozambique"),
        ("The RENAMO Military Junta attacked a bus.", "RENAMO Military Junta", 2, G, "Mozambique"),
        ("Naparama militiamen clashed with the insurgents.", "Naparama Militia", 4, G, "Mozambique"),
    ],
    "Burundi": [
        ("FDNB soldiers crossed into the forest.", "Military Forces of Burundi", 1, M, "Burundi"),
        ("PNB officers arrested opposition members.", "Police Forces of Burundi", 1, P, "Burundi"),
        ("Imbonerakure members beat a CNL activist.",
         "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)", 3, G,
         "Burundi"),
        ("RED-Tabara rebels claimed the attack.", "RED-TABARA: Resistance for the Rule of Law in Burundi", 2, G,
         "Burundi"),
        ("FOREBU rebels claimed the mortar attack.", "FPB: Popular Forces of Burundi", 2, G, "Burundi"),
        ("The National Forces of Liberation ambushed the soldiers.", "FNL: National Forces of Liberation", 2, G,
         "Burundi"),
        ("FNL fighters ambushed the patrol.", "FNL: National Forces of Liberation", 2, G, "Burundi"),
    ],
    "Uganda": [
        ("UPDF soldiers shot two cattle raiders.", "Military Forces of Uganda", 1, M, "Uganda"),
        ("LDU personnel beat the traders.", "Military Forces of Uganda", 1, M, "Uganda"),
        ("Uganda Police Force officers dispersed the rally.", "Police Forces of Uganda", 1, P, "Uganda"),
        ("ADF rebels attacked the school.", "ADF: Allied Democratic Forces", 2, G, "Democratic Republic of Congo"),
        ("LRA fighters abducted the children.", "LRA: Lord's Resistance Army", 2, G, "Uganda"),
        ("Karimojong warriors raided the kraal.", "Karamojong Ethnic Militia (Uganda)", 4, G, "Uganda"),
    ],
    "Colombia": [
        ("Colombian army troops clashed with the dissidents.", "Military Forces of Colombia", 1, M, "Colombia"),
        ("ESMAD agents dispersed the protesters.", "Police Forces of Colombia", 1, P, "Colombia"),
        ("ELN guerrillas bombed the pipeline.", "ELN: National Liberation Army", 2, G, "Colombia"),
        ("Gulf Clan gunmen killed a social leader.", "Clan del Golfo", 3, G, "Colombia"),
        ("Segunda Marquetalia fighters clashed with the army.", "FARC Dissidents", 2, G, "Colombia"),
        ("Los Rastrojos gunmen killed three people.", "Los Rastrojos", 3, G, "Colombia"),
        ("The 10th Front attacked the ELN camp.", "FARC Dissidents", 2, G, "Colombia"),
        ("The Carlos Patino front fired on the police station.", "FARC Dissidents", 2, G, "Colombia"),
    ],
    "Mexico": [
        ("SEDENA troops clashed with gunmen.", "Military Forces of Mexico", 1, M, "Mexico"),
        ("SEMAR marines arrested a cartel leader.", "Military Forces of Mexico", 1, M, "Mexico"),
        ("National Guard agents were ambushed.", "Police Forces of Mexico", 1, P, "Mexico"),
        ("CJNG gunmen attacked the police.", "CJNG: Jalisco New Generation Cartel", 3, G, "Mexico"),
        ("The Sinaloa Cartel blocked the roads.", "Sinaloa Cartel", 3, G, "Mexico"),
        ("Guerreros Unidos members abducted a man.", "Guerreros Unidos", 3, G, "Mexico"),
        ("La Familia Michoacana gunmen killed two officers.", "Familia Michoacana", 3, G, "Mexico"),
    ],
    "Brazil": [
        ("Brazilian Army soldiers patrolled the favela.", "Military Forces of Brazil", 1, M, "Brazil"),
        ("Military Police officers killed two suspects.", "Military Forces of Brazil (2019-) Military Police", 1, M,
         "Brazil"),
        ("Civil Police agents arrested the gang leader.", "Police Forces of Brazil (2019-) Civil Police", 1, P,
         "Brazil"),
        ("Comando Vermelho members shot at the police.", "CV: Red Command", 3, G, "Brazil"),
        ("PCC members ordered the killings.", "PCC: First Capital Command", 3, G, "Brazil"),
        ("Terceiro Comando Puro gunmen invaded the community.", "TCP: Pure Third Command", 3, G, "Brazil"),
        ("Familia do Norte inmates killed rivals.", "FDN: Family of the North", 3, G, "Brazil"),
    ],
    "Venezuela": [
        ("FANB troops clashed with an armed group.", "Military Forces of Venezuela", 1, M, "Venezuela"),
        ("GNB officers fired tear gas.", "Military Forces of Venezuela", 1, M, "Venezuela"),
        ("FAES officers killed five men.", "Police Forces of Venezuela", 1, P, "Venezuela"),
        ("Tren de Aragua members extorted the traders.", "Tren de Aragua", 3, G, "Venezuela"),
        ("Armed colectivos shot at the protesters.", "Colectivos", 3, G, "Venezuela"),
        ("ELN guerrillas clashed with the dissidents.", "ELN: National Liberation Army", 2, G, "Colombia"),
    ],
    "Haiti": [
        ("The Haitian army deployed to the border.", "Military Forces of Haiti", 1, M, "Haiti"),
        ("PNH officers clashed with gang members.", "Police Forces of Haiti", 1, P, "Haiti"),
        ("The Haitian National Police regained the station.", "Police Forces of Haiti", 1, P, "Haiti"),
        ("G9 gang members burned houses.", "G9 an Fanmi e Alye", 3, G, "Haiti"),
        ("400 Mawozo kidnapped the missionaries.", "400 Mawozo", 3, G, "Haiti"),
        ("Viv Ansanm gunmen attacked the prison.", "Viv Ansanm", 3, G, "Haiti"),
        ("G-Pep members fought rivals.", "G-Pep", 3, G, "Haiti"),
    ],
    "Ecuador": [
        ("Ecuadorian Armed Forces soldiers took over the prison.", "Military Forces of Ecuador", 1, M, "Ecuador"),
        ("The National Police of Ecuador arrested 30 people.", "Police Forces of Ecuador", 1, P, "Ecuador"),
        ("Los Choneros inmates killed rivals.", "Los Choneros", 3, G, "Ecuador"),
        ("Los Lobos gunmen attacked the port.", "Los Lobos", 3, G, "Ecuador"),
        ("Tiguerones members set off a car bomb.", "Los Tiguerones", 3, G, "Ecuador"),
    ],
    "Ukraine": [
        ("The AFU shelled the village.", "Military Forces of Ukraine", 1, M, "Ukraine"),
        ("Territorial Defense Forces repelled the assault.", "Military Forces of Ukraine", 1, M, "Ukraine"),
        ("SBU officers detained an informant.", "Police Forces of Ukraine", 1, P, "Ukraine"),
        ("The Russian army shelled the town.", "Military Forces of Russia", 8, M, "Russia"),
        ("DPR forces shelled the positions.", "Donetsk People's Republic", 2, G, "Ukraine"),
        ("LPR fighters attacked the outpost.", "Luhansk People's Republic", 2, G, "Ukraine"),
        ("Right Sector members clashed with the police.", "Right Sector", 3, G, "Ukraine"),
    ],
    "Russia": [
        ("Russian Aerospace Forces struck the airfield.", "Military Forces of Russia", 1, M, "Russia"),
        ("Rosgvardia officers detained the men.", "Police Forces of Russia", 1, P, "Russia"),
        ("OMON officers detained protesters.", "Police Forces of Russia", 1, P, "Russia"),
        ("Ukrainian troops crossed into the region.", "Military Forces of Ukraine", 8, M, "Ukraine"),
        ("The Freedom of Russia Legion crossed the border.", "Freedom of Russia Legion", 2, G, "Russia"),
        ("The Russian Volunteer Corps claimed the raid.", "RDK: Russian Volunteer Corps", 2, G, "Russia"),
        ("Wagner fighters seized the headquarters.", "Wagner Group", 8, G, "Russia"),
    ],
    "Armenia": [
        ("Armenian Armed Forces returned fire.", "Military Forces of Armenia", 1, M, "Armenia"),
        ("Armenian police detained protesters.", "Police Forces of Armenia", 1, P, "Armenia"),
        ("Sasna Tsrer gunmen seized the police station.", "Sasna Tsrer", 3, G, "Armenia"),
        ("ARF supporters blocked the road.", "ARF: Armenian Revolutionary Federation", 3, G, "Armenia"),
        ("Yerkrapah veterans occupied the building.", "Yerkrapah Volunteer Union", 3, G, "Armenia"),
    ],
    "Azerbaijan": [
        ("Azerbaijani Armed Forces shelled the positions.", "Military Forces of Azerbaijan", 1, M, "Azerbaijan"),
        ("Azerbaijani police detained the activists.", "Police Forces of Azerbaijan", 1, P, "Azerbaijan"),
        ("The Artsakh Defence Army fired on the positions.", "Military Forces of Artsakh", 1, M, "Azerbaijan"),
        ("APFP members rallied outside the court.", "APFP: Azerbaijan Popular Front Party", 3, G, "Azerbaijan"),
        ("Musavat activists were detained.", "Musavat", 3, G, "Azerbaijan"),
        ("NIDA Civic Movement members were arrested.", "NIDA Civic Movement", 3, G, "Azerbaijan"),
    ],
}

# A state's forces that fight abroad are foreign forces there (inter 8), with their own state as home.
ABROAD = [
    ("IDF jets struck a building in the south.", "Lebanon", "Military Forces of Israel", "Israel"),
    ("Turkish Armed Forces shelled the villages.", "Syria", "Military Forces of Turkey", "Turkey"),
    ("UPDF troops attacked ADF camps.", "Democratic Republic of Congo", "Military Forces of Uganda", "Uganda"),
    ("The Rwanda Defence Force backed the rebels.", "Democratic Republic of Congo", "Military Forces of Rwanda",
     "Rwanda"),
    ("Africa Corps fighters accompanied the patrol.", "Mali", "Military Forces of Russia", "Russia"),
    ("KDF troops shelled the militants' base.", "Somalia", "Military Forces of Kenya", "Kenya"),
    ("ENDF soldiers clashed with Al Shabaab.", "Somalia", "Military Forces of Ethiopia", "Ethiopia"),
    ("The Chadian army crossed into the islands.", "Nigeria", "Military Forces of Chad", "Chad"),
    ("IRGC drones struck a camp in the mountains.", "Iraq", "Military Forces of Iran", "Iran"),
]


def _mentions(sentence: str, country: str) -> list:
    return find_actor_mentions(sentence, country, ON, country_of)


def test_every_country_has_its_military_police_and_three_groups():
    wanted = {"Afghanistan", "Pakistan", "India", "Bangladesh", "Myanmar", "Philippines", "Thailand", "Indonesia",
              "Iraq", "Syria", "Yemen", "Lebanon", "Israel", "Palestine", "Turkey", "Iran", "Libya", "Egypt", "Sudan",
              "South Sudan", "Ethiopia", "Somalia", "Kenya", "Democratic Republic of Congo",
              "Central African Republic", "Cameroon", "Nigeria", "Niger", "Mali", "Burkina Faso", "Chad",
              "Mozambique", "Burundi", "Uganda", "Colombia", "Mexico", "Brazil", "Venezuela", "Haiti", "Ecuador",
              "Ukraine", "Russia", "Armenia", "Azerbaijan"}
    assert set(CASES) == wanted
    for country, cases in CASES.items():
        own = [c for c in cases if c[4] in (country, "") or c[3] == G]
        assert any(c[3] == M and c[4] == country for c in own), country
        assert any(c[3] == P and c[4] == country for c in own), country
        assert len({c[1] for c in own if c[3] == G}) >= 3, country


@pytest.mark.parametrize(("country", "case"), [(c, case) for c, cases in CASES.items() for case in cases],
                         ids=lambda v: v[:40] if isinstance(v, str) else v[1][:40])
def test_the_scanner_names_the_actor(country: str, case: tuple[str, str, int, str, str]):
    sentence, name, inter, kind, home = case
    found = [(m.name, m.inter, m.kind, m.country) for m in _mentions(sentence, country)]
    assert (name, inter, kind, home) in found, found


@pytest.mark.parametrize(("sentence", "country", "name", "home"), ABROAD)
def test_a_state_force_abroad_is_foreign(sentence: str, country: str, name: str, home: str):
    found = [(m.name, m.inter, m.country) for m in _mentions(sentence, country)]
    assert (name, 8, home) in found, found


def test_an_acronym_of_one_country_is_not_read_in_another():
    """'SNA' is the Syrian National Army in Syria and the Somali army in Somalia; 'NAF' is Nigeria's air force in
    Nigeria and the Donbas forces in Ukraine; 'Federal Police' is four countries' police, each in its own."""
    assert [m.name for m in _mentions("SNA troops shelled the town.", "Somalia")] == ["Military Forces of Somalia"]
    assert [m.name for m in _mentions("SNA fighters shelled the town.", "Syria")] == ["Syrian National Army"]
    assert [m.name for m in _mentions("NAF units shelled the town.", "Ukraine")] == [
        "NAF: United Armed Forces of Novorossiya"]
    assert [m.name for m in _mentions("CPC delegates met the minister.", "China")] == []
    assert [m.name for m in _mentions("UPC supporters rallied in the town.", "Uganda")] == []
    assert "NPA: New People's Army" not in [m.name for m in _mentions("Communist rebels attacked a post.", "Nepal")]
    assert [m.name for m in _mentions("Federal Police officers arrested him.", "Ethiopia")] == [
        "Police Forces of Ethiopia"]
    assert [m.name for m in _mentions("Federal Police officers arrested him.", "Brazil")] == [
        "Police Forces of Brazil (2019-) Federal Police"]
